// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexsuspension.h"

#include "localstate.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
constexpr const char *kKey = "replica.suspended_indexes"; // [{"name", "sql"}]

QJsonArray recorded(const QSqlDatabase &db)
{
    return QJsonDocument::fromJson(LocalState(db).value(kKey).toUtf8()).array();
}

} // namespace

bool IndexSuspension::isPending(QSqlDatabase db)
{
    return !recorded(db).isEmpty();
}

bool IndexSuspension::suspend(QSqlDatabase db, const QStringList &tables, const QStringList &keep, QString *error)
{
    QJsonArray indexes = recorded(db);
    QSqlQuery q(db);
    // Autoindexes (primary keys, UNIQUE) have no SQL and cannot be dropped.
    if (!q.exec(u"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"_s)) {
        *error = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!tables.contains(q.value(1).toString()) || keep.contains(name))
            continue;
        names << name;
        indexes.append(QJsonObject{{u"name"_s, name}, {u"sql"_s, q.value(2).toString()}});
    }
    q.finish();
    if (names.isEmpty())
        return true;
    // The record first: it is in the same transaction as the drops.
    if (!LocalState(db).setValue(kKey, QString::fromUtf8(QJsonDocument(indexes).toJson(QJsonDocument::Compact)))) {
        *error = db.lastError().text();
        return false;
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(db);
        if (!drop.exec(u"DROP INDEX \"%1\""_s.arg(name))) {
            *error = u"%1: %2"_s.arg(name, drop.lastError().text());
            return false;
        }
    }
    return true;
}

bool IndexSuspension::restore(QSqlDatabase db, QString *error)
{
    const QJsonArray indexes = recorded(db);
    if (indexes.isEmpty())
        return true;
    for (const QJsonValue &v : indexes) {
        const QJsonObject index = v.toObject();
        const QString name = index.value(u"name"_s).toString();
        QSqlQuery exists(db);
        exists.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
        exists.addBindValue(name);
        if (!exists.exec()) {
            *error = exists.lastError().text();
            return false;
        }
        if (exists.next())
            continue; // already there (restored before the record was cleared)
        exists.finish();
        QSqlQuery create(db);
        if (!create.exec(index.value(u"sql"_s).toString())) {
            *error = u"%1: %2"_s.arg(name, create.lastError().text());
            return false;
        }
    }
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM local_state WHERE key = ?"_s);
    clear.addBindValue(QString::fromLatin1(kKey));
    if (!clear.exec()) {
        *error = clear.lastError().text();
        return false;
    }
    return true;
}

bool IndexSuspension::restorePending(QSqlDatabase db, QString *error)
{
    if (!isPending(db))
        return true;
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = db.lastError().text();
        return false;
    }
    if (!restore(db, error))
        return false;
    if (!tx.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace sales
