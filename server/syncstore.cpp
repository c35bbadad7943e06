// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include "syncrows.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales::server {

bool LeadScope::visibleTo(const Viewer &v) const
{
    if (v.isAdmin())
        return true;
    if (v.role == u"manager"_s)
        return !regionId.isEmpty() && regionId == v.regionId;
    if (v.role == u"supervisor"_s)
        return !teamId.isEmpty() && teamId == v.teamId;
    return !ownerId.isEmpty() && ownerId == v.uid;
}

bool isValidRowId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.:-]{1,80}$"_s);
    return re.match(id).hasMatch();
}

bool isValidSha256(const QString &s)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re.match(s).hasMatch();
}

QJsonObject OpResult::toJson() const
{
    QJsonObject o{{u"op"_s, opId}, {u"status"_s, status}};
    if (!code.isEmpty())
        o.insert(u"code"_s, code);
    if (!message.isEmpty())
        o.insert(u"message"_s, message);
    if (!conflicts.isEmpty()) {
        QJsonArray a;
        for (const auto &c : conflicts)
            a.append(QJsonObject{{u"field"_s, c.field}, {u"mine"_s, c.mine}, {u"server"_s, c.server},
                                 {u"base"_s, c.base}});
        o.insert(u"conflicts"_s, a);
    }
    if (row)
        o.insert(u"row"_s, QJsonObject{{u"rev"_s, rev}, {u"f"_s, *row}});
    return o;
}

OpResult OpResult::fromJson(const QJsonObject &o)
{
    OpResult r;
    r.opId = o.value(u"op"_s).toString();
    r.status = o.value(u"status"_s).toString();
    r.code = o.value(u"code"_s).toString();
    r.message = o.value(u"message"_s).toString();
    const QJsonArray a = o.value(u"conflicts"_s).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject c = v.toObject();
        r.conflicts.append({c.value(u"field"_s).toString(), c.value(u"mine"_s), c.value(u"server"_s),
                            c.value(u"base"_s)});
    }
    if (o.contains(u"row"_s)) {
        const QJsonObject row = o.value(u"row"_s).toObject();
        r.rev = row.value(u"rev"_s).toInteger();
        r.row = row.value(u"f"_s).toObject();
    }
    return r;
}

namespace {

// The scope filter of a pull, and the removals the viewer is told about.
struct PullFilter {
    QString rowWhere;      // appended to "rev > ?"
    QVariant rowValue;     // bound after the cursor, if valid
    QString removalKind;   // empty: none (admin)
    QString removalValue;
};

PullFilter filterFor(const Viewer &v)
{
    if (v.isAdmin())
        return {};
    if (v.role == u"manager"_s)
        return {u" AND (scope = 'global' OR region_id = ?)"_s, v.regionId, u"region"_s, v.regionId};
    if (v.role == u"supervisor"_s)
        return {u" AND (scope = 'global' OR team_id = ?)"_s, v.teamId, u"team"_s, v.teamId};
    return {u" AND (scope = 'global' OR owner_id = ?)"_s, v.uid, u"owner"_s, v.uid};
}

struct PageItem {
    qint64 rev;
    QByteArray json;
    bool removal;
};

} // namespace

std::optional<PullPage> SyncStore::pull(const Viewer &viewer, qint64 cursor, int limit, QString *error)
{
    QSqlDatabase db = m_store.db();
    const PullFilter f = filterFor(viewer);
    // One read transaction: changes and removals from the same snapshot.
    db.transaction();
    // The rev counter, read first: every rev a page has carried is at most this,
    // so a larger cursor was not given by this server (its data is older than the
    // client's: restored from a backup, a data folder replaced). max(sync_row.rev)
    // would not do: a page may end at the rev of a removal, above every row's rev.
    qint64 latest = 0;
    {
        const CachedQuery cKept = Store::prepared(db, u"SELECT value FROM rev WHERE id = 1"_s);
        QSqlQuery &c = *cKept;
        if (!c.exec() || !c.next()) {
            *error = c.lastError().text();
            db.rollback();
            return std::nullopt;
        }
        latest = c.value(0).toLongLong();
    }
    if (cursor > latest) {
        db.commit();
        PullPage ahead;
        ahead.cursorAhead = true;
        ahead.cursor = cursor;
        ahead.latest = latest;
        return ahead;
    }
    QList<PageItem> items;
    const CachedQuery qKept = Store::prepared(
        db, u"SELECT entity, id, rev, data FROM sync_row WHERE rev > ?%1 ORDER BY rev LIMIT ?"_s.arg(f.rowWhere));
    QSqlQuery &q = *qKept;
    q.addBindValue(cursor);
    if (!f.rowWhere.isEmpty())
        q.addBindValue(f.rowValue);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    int changes = 0;
    while (q.next()) {
        const qint64 rev = q.value(2).toLongLong();
        QByteArray j = "{\"e\":\"" + q.value(0).toString().toUtf8() + "\",\"id\":\"" + q.value(1).toString().toUtf8()
            + "\",\"rev\":" + QByteArray::number(rev) + ",\"f\":" + q.value(3).toString().toUtf8() + '}';
        items.append({rev, std::move(j), false});
        ++changes;
    }
    int removals = 0;
    if (!f.removalKind.isEmpty()) {
        const CachedQuery rKept = Store::prepared(db, u"SELECT entity, row_id, rev FROM sync_removal WHERE scope_kind = ? "
                                            "AND scope_value = ? AND rev > ? ORDER BY rev LIMIT ?"_s);
        QSqlQuery &r = *rKept;
        r.addBindValue(f.removalKind);
        r.addBindValue(f.removalValue);
        r.addBindValue(cursor);
        r.addBindValue(limit);
        if (!r.exec()) {
            *error = r.lastError().text();
            db.rollback();
            return std::nullopt;
        }
        while (r.next()) {
            const qint64 rev = r.value(2).toLongLong();
            items.append({rev,
                          "{\"e\":\"" + r.value(0).toString().toUtf8() + "\",\"id\":\""
                              + r.value(1).toString().toUtf8() + "\",\"rev\":" + QByteArray::number(rev) + '}',
                          true});
            ++removals;
        }
    }
    db.commit();
    const bool maybeMore = changes == limit || removals == limit;
    if (removals > 0)
        std::stable_sort(items.begin(), items.end(), [](const PageItem &a, const PageItem &b) { return a.rev < b.rev; });
    const qsizetype take = std::min<qsizetype>(items.size(), limit);
    PullPage page;
    page.cursor = take > 0 ? items.at(take - 1).rev : cursor;
    page.hasMore = maybeMore || take < items.size();
    QByteArray changesJson, removalsJson;
    for (qsizetype i = 0; i < take; ++i) {
        QByteArray &out = items.at(i).removal ? removalsJson : changesJson;
        if (!out.isEmpty())
            out += ',';
        out += items.at(i).json;
        ++(items.at(i).removal ? page.removals : page.changes);
    }
    // The newest rev (a client's progress); on PostgreSQL the rows were read in
    // later statements than the counter, and may go beyond it.
    page.latest = std::max(latest, page.cursor);
    page.body = "{\"changes\":[" + changesJson + "],\"removals\":[" + removalsJson
        + "],\"cursor\":" + QByteArray::number(page.cursor) + ",\"has_more\":" + (page.hasMore ? "true" : "false")
        + ",\"latest\":" + QByteArray::number(page.latest) + '}';
    return page;
}

std::optional<QJsonObject> SyncStore::row(const Viewer &viewer, const QString &entity, const QString &id,
                                          bool *forbidden, qint64 *rev)
{
    QSqlDatabase db = m_store.db();
    bool ok = true;
    const auto stored = rows::load(db, entity, id, &ok);
    *forbidden = false;
    if (!stored)
        return std::nullopt;
    if (stored->leadScoped && !stored->lead.visibleTo(viewer)) {
        *forbidden = true;
        return std::nullopt;
    }
    *rev = stored->rev;
    return stored->fields;
}

QList<QPair<QString, QJsonObject>> SyncStore::rowsOf(const QString &entity)
{
    QList<QPair<QString, QJsonObject>> out;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, data FROM sync_row WHERE entity = ? ORDER BY id"_s);
    q.addBindValue(entity);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject f = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            if (f.value(u"deleted"_s).toInteger() == 0)
                out.append({q.value(0).toString(), f});
        }
    }
    return out;
}

qint64 SyncStore::rowCount()
{
    QSqlQuery q(m_store.db());
    return q.exec(u"SELECT COUNT(*) FROM sync_row"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace sales::server
