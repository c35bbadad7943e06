// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/keymaterial.h"
#include "storage/migrator.h"
#include "storage/sqlcipher/sqlcipherdriver.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtDebug>

namespace sales::test {

// A keyed, empty database with no migrations applied, for upgrade tests.
struct EmptyDb
{
    QTemporaryDir dir;
    QString name = QStringLiteral("migrator-%1").arg(QUuid::createUuid().toString());
    EmptyDb()
    {
        registerSqlCipherDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriverName, name);
        db.setDatabaseName(dir.filePath(QStringLiteral("m.db")));
        db.setPassword(rawKeyToSqlCipherPassword(generateDatabaseKey()));
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~EmptyDb()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
};

inline bool runScript(const QSqlDatabase &db, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QSqlQuery q(db);
    for (const QString &statement : Migrator::splitStatements(QString::fromUtf8(f.readAll()))) {
        if (!q.exec(statement)) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

inline QString fixturePath(int version)
{
    return QStringLiteral("%1/migrations/v%2.sql").arg(QStringLiteral(SALES_TEST_DATA_DIR)).arg(version);
}

// Migrates db to version and fills it with the data of tests/data/migrations/v1..vN.sql,
// each adding rows for what its version added: a replica as that version left it.
inline bool seedReplicaAtVersion(const QSqlDatabase &db, int version)
{
    Migrator migrator(db);
    if (!migrator.migrate(version) || migrator.currentVersion() != version) {
        qWarning() << "cannot migrate to" << version << migrator.errorText();
        return false;
    }
    for (int v = 1; v <= version; ++v) {
        if (!runScript(db, fixturePath(v)))
            return false;
    }
    return true;
}

} // namespace sales::test
