// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sales::server {

struct Dialect;

namespace schema {

// One numbered step of the server's schema. Steps only ever get added at the
// end; a data folder records the last it has in schema_version.
struct Migration {
    int version;
    QString what;
    QStringList statements;
};

QList<Migration> migrations(const Dialect &dialect);
int latestVersion();

// The version a database is at: 0 when empty, 1 for a data folder made before
// versions were recorded (its tables are version 1's).
int currentVersion(QSqlDatabase &db, QString *error);

// Runs every step after the current one up to `upTo` (the latest by default),
// each in its own transaction with its version. A failed step changes nothing.
bool migrate(QSqlDatabase &db, const Dialect &dialect, QString *error, int upTo = -1);

} // namespace schema
} // namespace sales::server
