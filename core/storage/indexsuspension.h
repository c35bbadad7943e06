// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sales {

// A first sync of a large workspace writes a million rows with random UUID keys:
// each row goes into every index of its table at a random place, and each commit
// encrypts again every index page it touched, which at that size is most of them.
// CREATE INDEX afterwards sorts each index once and writes it once.
//
// suspend() drops the secondary indexes of the given tables (but those in keep,
// which the writer itself reads) and records their SQL in local_state; restore()
// creates them again and clears the record. Both run inside the caller's
// transaction, so a rollback leaves the indexes and the record as they were. A
// pull that stops early (the network) leaves them suspended for the pull that
// resumes it; restorePending() is for startup, before anything else writes: a
// pull that never finished (a crash) gets its indexes back.
class IndexSuspension final
{
public:
    static bool isPending(QSqlDatabase db);
    static bool suspend(QSqlDatabase db, const QStringList &tables, const QStringList &keep, QString *error);
    static bool restore(QSqlDatabase db, QString *error); // nothing recorded: nothing to do
    static bool restorePending(QSqlDatabase db, QString *error); // in its own transaction
};

} // namespace sales
