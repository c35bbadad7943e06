// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sales {

// Numbered schema migrations, read from resources/migrations/NNNN_name.sql. The
// schema version is PRAGMA user_version; each migration runs in one transaction
// together with the version bump, so a failure leaves the previous version whole.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(sales::Migrator)

public:
    // dir holds the NNNN_name.sql files; tests point it elsewhere.
    explicit Migrator(QSqlDatabase db, QString dir = QStringLiteral(":/sales/migrations"))
        : m_db(std::move(db)), m_dir(std::move(dir))
    {
    }

    static int latestVersion(); // of the built-in migrations
    int currentVersion() const;
    // Migrates up to targetVersion (default: latest). Never downgrades.
    bool migrate(int targetVersion = -1);
    QString errorText() const { return m_errorText; }

    // Splits a script into single statements (triggers and string literals included).
    static QStringList splitStatements(const QString &script);

private:
    bool apply(int version, const QString &resourcePath);

    QSqlDatabase m_db;
    QString m_dir;
    QString m_errorText;
};

} // namespace sales
