// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobstore.h"

#include "clock.h"
#include "replicadamage.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {

BlobStore::BlobStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QString BlobStore::addressOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString BlobStore::put(const QByteArray &data, const QString &mimeType)
{
    if (data.isEmpty()) {
        m_errorText = tr("文件为空，未保存。");
        return {};
    }
    if (data.size() > MaxBytes) {
        m_errorText = tr("文件过大（%1），单个证据文件不能超过 %2。").arg(QLocale().formattedDataSize(data.size()),
                                                                      QLocale().formattedDataSize(MaxBytes));
        return {};
    }
    const QString sha = addressOf(data);
    if (contains(sha))
        return sha;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO blob (sha256, size, mime_type, data, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(sha);
    q.addBindValue(qlonglong(data.size()));
    q.addBindValue(mimeType.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(mimeType));
    q.addBindValue(data);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!q.exec()) {
        m_errorText = tr("保存文件失败：%1").arg(q.lastError().text());
        return {};
    }
    return sha;
}

std::optional<QByteArray> BlobStore::get(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT data FROM blob WHERE sha256 = ?"_s);
    q.addBindValue(sha256.toLower());
    if (!q.exec() || !q.next()) {
        m_damaged = ReplicaDamage::isDamage(q.lastError());
        m_errorText = q.lastError().isValid() ? q.lastError().text() : tr("找不到该文件");
        return std::nullopt;
    }
    const QByteArray data = q.value(0).toByteArray();
    // A blob is its own checksum: refuse to hand out bytes that no longer match.
    if (addressOf(data) != sha256.toLower()) {
        m_damaged = true;
        m_errorText = tr("文件内容校验失败，数据已损坏。");
        return std::nullopt;
    }
    return data;
}

bool BlobStore::contains(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT 1 FROM blob WHERE sha256 = ?"_s);
    q.addBindValue(sha256.toLower());
    return q.exec() && q.next();
}

std::optional<qint64> BlobStore::sizeOf(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT size FROM blob WHERE sha256 = ?"_s);
    q.addBindValue(sha256.toLower());
    if (!q.exec() || !q.next()) {
        m_damaged = ReplicaDamage::isDamage(q.lastError());
        m_errorText = q.lastError().isValid() ? q.lastError().text() : QString();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

} // namespace sales
