// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sales::bench {

// Runs SQL in the real `sqlcipher` shell on a replica file and reads back the
// shell's own `.timer` figures, so a client figure can be shown beside the raw
// SQL time of the same statement. Benchmark only: the key goes through stdin.
class SqlShell final
{
public:
    SqlShell(QString dbPath, QString keyHex, int cacheKiB, QString program = QStringLiteral("sqlcipher"));

    // Milliseconds for each statement (wall time as the shell reports it, rows
    // written to /dev/null), in order; empty when the shell failed (see errorText()).
    QList<double> time(const QStringList &statements);
    // The statement with its ? placeholders replaced by SQL literals.
    static QString inlined(const QString &sql, const QVariantList &values);
    QString errorText() const { return m_errorText; }
    QString program() const { return m_program; }

private:
    QString m_dbPath;
    QString m_keyHex;
    int m_cacheKiB;
    QString m_program;
    QString m_errorText;
};

} // namespace sales::bench
