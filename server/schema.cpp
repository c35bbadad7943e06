// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales::server::schema {

QList<Migration> migrations(const Dialect &d)
{
    return {
        {1, u"users, devices, the rev counter, replicated rows, removals, applied ops, blobs"_s,
         {
             u"CREATE TABLE IF NOT EXISTS users (id %1, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE, "
             "role TEXT NOT NULL, password_hash TEXT NOT NULL, team_id TEXT, region_id TEXT)"_s.arg(d.autoId),
             u"CREATE TABLE IF NOT EXISTS devices (id %1, user_id BIGINT NOT NULL REFERENCES users(id), "
             "name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, "
             "revoked_at TEXT)"_s.arg(d.autoId),
             u"CREATE TABLE IF NOT EXISTS rev (id INTEGER PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL)"_s,
             u"INSERT INTO rev (id, value) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM rev)"_s,
             // Replicated rows: data is the row's fields as compact JSON. Rows of a lead
             // (scope 'lead') carry the lead's owner, team and region for pull filters.
             u"CREATE TABLE IF NOT EXISTS sync_row (entity TEXT NOT NULL, id TEXT NOT NULL, rev BIGINT NOT NULL, "
             "scope TEXT NOT NULL, owner_id TEXT, team_id TEXT, region_id TEXT, lead_id TEXT, blob TEXT, "
             "data TEXT NOT NULL, PRIMARY KEY (entity, id))"_s,
             u"CREATE INDEX IF NOT EXISTS sync_row_rev_idx ON sync_row (rev)"_s,
             u"CREATE INDEX IF NOT EXISTS sync_row_owner_idx ON sync_row (owner_id, rev)"_s,
             u"CREATE INDEX IF NOT EXISTS sync_row_team_idx ON sync_row (team_id, rev)"_s,
             u"CREATE INDEX IF NOT EXISTS sync_row_region_idx ON sync_row (region_id, rev)"_s,
             u"CREATE INDEX IF NOT EXISTS sync_row_lead_idx ON sync_row (lead_id)"_s,
             u"CREATE INDEX IF NOT EXISTS sync_row_blob_idx ON sync_row (blob)"_s,
             // A row that left a scope (reassignment): pulls of that scope remove it.
             u"CREATE TABLE IF NOT EXISTS sync_removal (scope_kind TEXT NOT NULL, scope_value TEXT NOT NULL, "
             "entity TEXT NOT NULL, row_id TEXT NOT NULL, rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX IF NOT EXISTS sync_removal_idx ON sync_removal (scope_kind, scope_value, rev)"_s,
             u"CREATE TABLE IF NOT EXISTS applied_op (op_id TEXT PRIMARY KEY, user_uid TEXT NOT NULL, "
             "digest TEXT NOT NULL, result TEXT NOT NULL, applied_at TEXT NOT NULL)"_s,
             u"CREATE TABLE IF NOT EXISTS blob (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, data %1 NOT NULL, "
             "uploaded_by TEXT, created_at TEXT NOT NULL)"_s.arg(d.blobType),
         }},
        {2, u"an op's answer belongs to the user who sent it; rejected ops are remembered too; "
            "every user who uploaded a file"_s,
         {
             u"CREATE TABLE applied_op_v2 (user_uid TEXT NOT NULL, op_id TEXT NOT NULL, device_id BIGINT, "
             "status TEXT NOT NULL, digest TEXT NOT NULL, result TEXT NOT NULL, applied_at TEXT NOT NULL, "
             "PRIMARY KEY (user_uid, op_id))"_s,
             u"INSERT INTO applied_op_v2 (user_uid, op_id, device_id, status, digest, result, applied_at) "
             "SELECT user_uid, op_id, NULL, 'applied', digest, result, applied_at FROM applied_op"_s,
             u"DROP TABLE applied_op"_s,
             u"ALTER TABLE applied_op_v2 RENAME TO applied_op"_s,
             // Who has shown the server a file's bytes: they may name it in their rows.
             u"CREATE TABLE blob_uploader (sha256 TEXT NOT NULL, user_uid TEXT NOT NULL, "
             "PRIMARY KEY (sha256, user_uid))"_s,
             u"INSERT INTO blob_uploader (sha256, user_uid) "
             "SELECT sha256, uploaded_by FROM blob WHERE uploaded_by IS NOT NULL"_s,
         }},
    };
}

int latestVersion() { return 2; }

int currentVersion(QSqlDatabase &db, QString *error)
{
    const QStringList tables = db.tables();
    if (!tables.contains(u"schema_version"_s))
        return tables.contains(u"users"_s) ? 1 : 0;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT max(version) FROM schema_version"_s) || !q.next()) {
        *error = u"schema_version: %1"_s.arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, const Dialect &dialect, QString *error, int upTo)
{
    const int target = upTo < 0 ? latestVersion() : upTo;
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        *error = u"the data folder is at schema version %1, newer than this server (%2): use a newer sales-server"_s
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    auto run = [&](const QString &sql) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = u"schema: %1 (%2)"_s.arg(q.lastError().text(), sql.left(80));
        return false;
    };
    for (const Migration &m : migrations(dialect)) {
        if (m.version <= current || m.version > target)
            continue;
        if (!db.transaction()) {
            *error = u"schema: %1"_s.arg(db.lastError().text());
            return false;
        }
        bool ok = run(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)"_s);
        for (const QString &sql : m.statements)
            ok = ok && run(sql);
        QSqlQuery mark(db);
        mark.prepare(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s);
        mark.addBindValue(m.version);
        mark.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (ok && !mark.exec()) {
            *error = u"schema_version: %1"_s.arg(mark.lastError().text());
            ok = false;
        }
        if (!ok || !db.commit()) {
            if (ok)
                *error = u"schema: %1"_s.arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace sales::server::schema
