// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a pull left in a replica, next to what the server gives: rows with their
// revs, whole rows, lead_search (and a rebuild of it), its triggers, the cursor.

#include "protocol/entitycatalog.h"
#include "storage/leadquery.h"
#include "storage/leadsearchbatch.h"
#include "storage/localstate.h"
#include "storage/transaction.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace sales::test {

using namespace Qt::StringLiterals;

using RowRevs = QMap<QString, qint64>; // "entity/id" -> rev

// What the server gives a user from cursor 0, read in large pages.
struct ServerView {
    bool ok = false;
    RowRevs rows;
    qint64 cursor = 0;
};

inline ServerView serverView(SyncClient &client)
{
    ServerView view;
    for (int page = 0; page < 100; ++page) {
        const HttpResult r = client.get(u"/api/v1/sync/pull?cursor=%1&limit=5000"_s.arg(view.cursor));
        if (!r.ok())
            return view;
        const QJsonObject o = r.json();
        for (const QJsonValue c : o.value(u"changes"_s).toArray())
            view.rows.insert(c[u"e"_s].toString() + u'/' + c[u"id"_s].toString(), c[u"rev"_s].toInteger());
        for (const QJsonValue c : o.value(u"removals"_s).toArray())
            view.rows.remove(c[u"e"_s].toString() + u'/' + c[u"id"_s].toString());
        view.cursor = o.value(u"cursor"_s).toInteger();
        if (!o.value(u"has_more"_s).toBool()) {
            view.ok = true;
            break;
        }
    }
    return view;
}

inline RowRevs upTo(const RowRevs &rows, qint64 cursor)
{
    RowRevs out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        if (it.value() <= cursor)
            out.insert(it.key(), it.value());
    return out;
}

inline QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Every replicated row of the replica with its rev.
inline RowRevs replicaRows(const QSqlDatabase &db)
{
    RowRevs out;
    for (const protocol::EntitySpec &e : protocol::entities()) {
        QSqlQuery q(db);
        q.exec(u"SELECT id, rev FROM %1"_s.arg(e.name));
        while (q.next())
            out.insert(e.name + u'/' + q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

// The rows of an entity, every replicated column, in id order.
inline QStringList dump(const QSqlDatabase &db, const QString &entity)
{
    QStringList columns{u"id"_s, u"rev"_s};
    for (const protocol::FieldSpec &f : protocol::entity(entity)->fields)
        columns << u"quote(%1)"_s.arg(f.name);
    return column(db, u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns.join(u" || '|' || "_s), entity));
}

inline QStringList dumpAll(const QSqlDatabase &db)
{
    QStringList out;
    for (const protocol::EntitySpec &e : protocol::entities())
        out << dump(db, e.name);
    return out;
}

inline QStringList searchText(const QSqlDatabase &db)
{
    return column(db, u"SELECT lead_id || ': ' || text FROM lead_search ORDER BY lead_id"_s);
}

inline QStringList triggers(const QSqlDatabase &db)
{
    return column(db, u"SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'trigger' "
                      "AND substr(name, 1, 12) = 'lead_search_' ORDER BY name"_s);
}

// Every index of the replica with its SQL (autoindexes too).
inline QStringList indexes(const QSqlDatabase &db)
{
    return column(db, u"SELECT name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name"_s);
}

// lead_search as it is, next to a full rebuild (made and rolled back): the rows that differ.
inline QStringList searchDrift(const QSqlDatabase &db)
{
    const QStringList kept = searchText(db);
    Transaction tx(db);
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM lead_search"_s) || !q.exec(LeadSearchBatch::refreshSql(u"1"_s)))
        return {u"rebuild failed: "_s + q.lastError().text()};
    const QStringList rebuilt = searchText(db);
    QStringList drift;
    for (const QString &row : kept)
        if (!rebuilt.contains(row))
            drift << u"kept "_s + row;
    for (const QString &row : rebuilt)
        if (!kept.contains(row))
            drift << u"rebuilt "_s + row;
    return drift; // tx rolls back
}

inline QStringList found(const QSqlDatabase &db, const QString &search)
{
    LeadFilter filter;
    filter.search = search;
    QStringList ids;
    for (const LeadListRow &row : LeadQuery(db).page(filter, LeadSort(), 0, 100))
        ids << row.id;
    return ids;
}

inline qint64 committedCursor(const QSqlDatabase &db)
{
    return LocalState(db).value(SyncEngine::kCursorKey).toLongLong();
}

inline QByteArray joined(const QStringList &lines) { return lines.join(u"\n"_s).toUtf8(); }

} // namespace sales::test
