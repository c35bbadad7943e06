// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "trackedwriter.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace sales {

// What every repository shares: its connection, the tracked writer and the last error.
class Repository
{
public:
    QString errorText() const { return m_errorText; }
    // The last failure was the file itself (SQLITE_CORRUPT, SQLITE_NOTADB), not the statement.
    bool isDamaged() const { return m_damaged; }

protected:
    explicit Repository(QSqlDatabase db, const Clock &clock = systemClock())
        : m_db(std::move(db)), m_writer(m_db, clock)
    {
    }

    bool save(const QString &table, const QString &id, const QVariantMap &fields);
    bool remove(const QString &table, const QString &id);
    bool exec(QSqlQuery &query) const; // records the error text on failure
    // After next() returned false: true (and the error recorded) when it stopped on an
    // error rather than at the end of the rows, so a read never passes for a short one.
    bool readFailed(const QSqlQuery &query) const;

    QSqlDatabase m_db;
    TrackedWriter m_writer;
    mutable QString m_errorText;
    mutable bool m_damaged = false;
};

} // namespace sales
