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

protected:
    explicit Repository(QSqlDatabase db, const Clock &clock = systemClock())
        : m_db(std::move(db)), m_writer(m_db, clock)
    {
    }

    bool save(const QString &table, const QString &id, const QVariantMap &fields);
    bool remove(const QString &table, const QString &id);
    bool exec(QSqlQuery &query) const; // records the error text on failure

    QSqlDatabase m_db;
    TrackedWriter m_writer;
    mutable QString m_errorText;
};

} // namespace sales
