// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sales {

class RowApplier;

// A server whose data is older than this replica's (restored from a backup, a
// data folder replaced) answers a pull 409 cursor_ahead: its revs will count up
// again through numbers this replica has already passed, so nothing after the
// cursor would ever arrive. The whole scope is pulled again from cursor 0.
//
// begin() marks every replicated row unseen (rev = kUnseenRev; a pulled row gets
// the server's rev again, > 0) and records the resync in local_state, with the
// cursor back at 0, in the caller's transaction. The pages then commit as any
// pull's, so a resync cut off (network, crash, restart) goes on from its cursor
// with the marks it left. finish(), in the transaction that completes the pull,
// removes the rows still unseen, which the server no longer has, except those
// with local edits not yet accepted (pending_change, outbox): the push decides
// them. Rows with such edits keep the user's values throughout (RowApplier).
class FullResync final
{
public:
    static constexpr qint64 kUnseenRev = -1;
    static constexpr const char *kKey = "sync.full_resync"; // the time it began (ms), while one is under way

    static bool isPending(QSqlDatabase db);
    static bool begin(QSqlDatabase db, qint64 nowMs, QString *error);
    // rows: loaded with the pending edits (RowApplier::loadPending with the outbox).
    static bool finish(QSqlDatabase db, RowApplier &rows, qint64 nowMs, QString *error);
};

} // namespace sales
