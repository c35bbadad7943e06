// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "clock.h"
#include "logging.h"
#include "storage/sqlvalues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

// A payload that no longer parses (a torn write, a hand edit) is dropped from view,
// never allowed to stop the dialog or the app from opening.
std::optional<Draft> draftFrom(const QSqlQuery &q)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &error);
    if (!doc.isObject()) {
        const QString why = error.error != QJsonParseError::NoError ? error.errorString() : u"not an object"_s;
        qCWarning(lcStorage, "skipping a draft whose payload is malformed: %s", qUtf8Printable(why));
        return std::nullopt;
    }
    return Draft{q.value(0).toString(), q.value(1).toString(), doc.object(), sql::toTime(q.value(3))};
}

} // namespace

DraftStore::DraftStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result DraftStore::save(const QString &key, const QString &kind, const QJsonObject &payload)
{
    if (key.isEmpty() || kind.isEmpty())
        return Result::failure(tr("草稿缺少名称或类型，未保存。"));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO draft (key, kind, payload, updated_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!q.exec())
        return Result::failure(tr("草稿保存失败：%1").arg(q.lastError().text()));
    return Result::success(key);
}

Expected<std::optional<Draft>> DraftStore::load(const QString &key) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT key, kind, payload, updated_at FROM draft WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Result::failure(tr("读取草稿失败：%1").arg(q.lastError().text()));
    if (!q.next()) {
        if (q.lastError().isValid()) // an error is not "no draft": the dialog would start empty
            return Result::failure(tr("读取草稿失败：%1").arg(q.lastError().text()));
        return std::optional<Draft>();
    }
    auto draft = draftFrom(q);
    if (!draft)
        return Result::failure(tr("草稿内容已损坏，无法恢复。"));
    return draft;
}

Expected<QList<Draft>> DraftStore::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, kind, payload, updated_at FROM draft ORDER BY updated_at DESC, key"_s))
        return Result::failure(tr("读取草稿失败：%1").arg(q.lastError().text()));
    QList<Draft> drafts;
    while (q.next()) {
        if (auto draft = draftFrom(q))
            drafts.append(*draft);
    }
    if (q.lastError().isValid()) // stopped on an error, not at the end: never offer some of the drafts as all
        return Result::failure(tr("读取草稿失败：%1").arg(q.lastError().text()));
    return drafts;
}

Result DraftStore::remove(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM draft WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Result::failure(tr("删除草稿失败：%1").arg(q.lastError().text()));
    return Result::success(key);
}

} // namespace sales
