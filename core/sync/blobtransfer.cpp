// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobtransfer.h"

#include "clock.h"
#include "storage/localstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
const QString kBlobs = u"/api/v1/blobs/"_s;

// An answer that will not change however often the file is sent again.
bool refusedForGood(const HttpResult &r)
{
    return r.status == 413 || (r.status == 400 && r.errorCode() == u"hash_mismatch"_s);
}

// 22020096 -> "21.0 MB"; a whole number of MB without the decimal (a limit: "20 MB").
QString megabytes(qint64 bytes, bool wholeWithoutDecimal)
{
    constexpr qint64 mb = 1024 * 1024;
    if (wholeWithoutDecimal && bytes % mb == 0)
        return u"%1 MB"_s.arg(bytes / mb);
    return u"%1 MB"_s.arg(double(bytes) / mb, 0, 'f', 1);
}
} // namespace

BlobTransfer::BlobTransfer(QSqlDatabase db, const Clock &clock, SyncClient &client)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_client(client)
{
}

QJsonObject BlobTransfer::refusals() const
{
    return QJsonDocument::fromJson(LocalState(m_db).value(kRefusedKey).toUtf8()).object();
}

void BlobTransfer::remember(const QString &sha, const HttpResult &answer)
{
    QJsonObject all = refusals();
    all.insert(sha, QJsonObject{{u"status"_s, answer.status}, {u"code"_s, answer.errorCode()},
                                {u"message"_s, answer.errorMessage()},
                                {u"at"_s, m_clock.now().toMSecsSinceEpoch()}});
    LocalState(m_db).setValue(kRefusedKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

void BlobTransfer::forget(const QString &sha)
{
    QJsonObject all = refusals();
    if (!all.contains(sha))
        return;
    all.remove(sha);
    LocalState(m_db).setValue(kRefusedKey, all.isEmpty() ? QString()
                                                         : QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

bool BlobTransfer::upload(const QStringList &shas, QSet<QString> *refused, HttpResult *failure)
{
    if (shas.isEmpty())
        return true;
    const QByteArray ask = QJsonDocument(QJsonObject{{u"sha256"_s, QJsonArray::fromStringList(shas)}}).toJson(QJsonDocument::Compact);
    const HttpResult missing = m_client.post(kBlobs + u"missing"_s, ask);
    if (!missing.ok()) {
        *failure = missing;
        return false;
    }
    QSet<QString> wanted;
    for (const QJsonValue &v : missing.json().value(u"missing"_s).toArray())
        wanted.insert(v.toString());
    const QJsonObject known = refusals();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    for (const QString &sha : shas) {
        const QJsonObject before = known.value(sha).toObject();
        if (!wanted.contains(sha)) {
            if (!before.isEmpty())
                forget(sha); // the server has it now (another device, a larger limit)
            continue;
        }
        if (!before.isEmpty() && now - before.value(u"at"_s).toInteger() < kRetryRefusedMs) {
            refused->insert(sha);
            continue;
        }
        HttpResult put;
        {
            QSqlQuery q(m_db);
            q.prepare(u"SELECT data FROM blob WHERE sha256 = ?"_s);
            q.addBindValue(sha);
            if (!q.exec() || !q.next())
                continue; // the op will be rejected with missing_blob and say so
            const QByteArray data = q.value(0).toByteArray();
            q.finish();
            put = m_client.put(kBlobs + sha, data);
        } // one file in memory at a time
        if (put.ok()) {
            if (!before.isEmpty())
                forget(sha);
            continue;
        }
        if (!refusedForGood(put)) {
            *failure = put;
            return false;
        }
        remember(sha, put);
        refused->insert(sha);
    }
    return true;
}

QStringList BlobTransfer::missing(const QStringList &shas) const
{
    QStringList missing;
    for (const QString &sha : shas) {
        QSqlQuery have(m_db);
        have.prepare(u"SELECT 1 FROM blob WHERE sha256 = ?"_s);
        have.addBindValue(sha);
        if (!(have.exec() && have.next()))
            missing << sha;
    }
    return missing;
}

bool BlobTransfer::fetch(const QStringList &shas, HttpResult *failure)
{
    for (const QString &sha : shas) {
        const HttpResult r = m_client.get(kBlobs + sha);
        if (r.status == 404 || r.status == 403)
            continue; // the row still arrives; its file shows as missing
        if (!r.ok()) {
            *failure = r;
            return false;
        }
        if (QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex()) != sha)
            continue; // damaged in transit: not stored
        QSqlQuery q(m_db);
        q.prepare(u"INSERT OR IGNORE INTO blob (sha256, size, mime_type, data, created_at) VALUES (?, ?, NULL, ?, ?)"_s);
        q.addBindValue(sha);
        q.addBindValue(qint64(r.body.size()));
        q.addBindValue(r.body);
        q.addBindValue(m_clock.now().toMSecsSinceEpoch());
        q.exec();
    }
    return true;
}

QString BlobTransfer::refusalInWords(const QString &sha) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT file_name FROM evidence_item WHERE blob_sha256 = ? AND coalesce(file_name, '') <> '' "
              "UNION ALL SELECT file_name FROM activity_attachment WHERE blob_sha256 = ? LIMIT 1"_s);
    q.addBindValue(sha);
    q.addBindValue(sha);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : sha.left(12);
    q.finish();
    q.prepare(u"SELECT size FROM blob WHERE sha256 = ?"_s);
    q.addBindValue(sha);
    const qint64 size = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    const QJsonObject why = refusals().value(sha).toObject();
    if (why.value(u"code"_s).toString() == u"hash_mismatch"_s)
        return tr("文件「%1」(%2) 在本机的内容与它的校验值不符（可能已损坏），服务器拒收，相关修改暂未上传").arg(
            name, megabytes(size, false));
    // The server's message names its limit: "... at most N bytes", "... exceeds N bytes".
    static const QRegularExpression limitRe(u"(\\d+) bytes"_s);
    const auto m = limitRe.match(why.value(u"message"_s).toString());
    if (!m.hasMatch())
        return tr("文件「%1」(%2) 超过服务器允许的大小，相关修改暂未上传").arg(name, megabytes(size, false));
    return tr("文件「%1」(%2) 超过服务器允许的 %3，相关修改暂未上传")
        .arg(name, megabytes(size, false), megabytes(m.captured(1).toLongLong(), true));
}

} // namespace sales
