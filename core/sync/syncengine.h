// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace sales {

class Clock;
class SyncClient;

// What one sync did, and if it stopped, why.
struct SyncReport {
    bool ok = false;
    QString error;          // in words for the status bar
    bool network = false;   // no answer: retry later with backoff
    bool authFailed = false; // token refused: sign in again
    bool pinRefused = false; // certificate changed: the user must decide
    bool damaged = false;    // the replica file itself failed a read or write (ReplicaDamage)
    int pushed = 0;         // ops accepted (applied or merged)
    int conflicts = 0;      // conflict records made
    int rejected = 0;       // ops refused by the server
    int pulled = 0;         // rows received
    int removed = 0;        // rows that left the user's scope (or, after a full resync, the server)
    qint64 cursor = 0;
    // Ops kept in the outbox behind files the server refused for good (too large,
    // damaged); heldFiles names each such file and why, for the status bar.
    int held = 0;
    QStringList heldFiles;
    // The server's data is older than this replica's (409 cursor_ahead: restored
    // from a backup): the user's scope is pulled again from cursor 0, edits not
    // yet accepted are kept and pushed; rows the server no longer has are removed
    // once it completes (resyncRemoved of them), maybe in a later run.
    bool fullResync = false;
    bool fullResyncComplete = false;
    int resyncRemoved = 0;
};

// Push then pull, on one replica connection (the caller's thread). Resumable at
// any point: sealed ops keep their ids until the server answers; each pull page
// is applied with its cursor in one transaction.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(sales::SyncEngine)

public:
    SyncEngine(QSqlDatabase db, const Clock &clock, SyncClient &client);

    SyncReport run();
    SyncReport push();
    SyncReport pull();

    void setPageSize(int rows) { m_pageSize = rows; }
    // Called on the engine's thread after each pull page is written: rows so far,
    // and how far the cursor has come towards the server's newest rev (0..100),
    // or -1 when the server does not say.
    using Progress = std::function<void(int rows, int percent)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setPushBatch(int ops) { m_pushBatch = ops; }
    // A first sync with at least this many revs to come builds the replica's
    // secondary indexes once at the end instead of row by row (IndexSuspension);
    // 0: never.
    void setIndexSuspension(qint64 revs) { m_suspendIndexesRevs = revs; }
    // The default: 2M rows, page 5000, back to back: 64.9k rows/s with every
    // index kept row by row, 76.4k with them built at the end (README, Benchmarks).
    static constexpr qint64 kSuspendIndexesRevs = 50000;

    static constexpr const char *kCursorKey = "sync.cursor";
    static constexpr const char *kLastSyncKey = "sync.last_sync_at";

private:
    enum class PullEnd { Done, Failed, CursorAhead };
    // Pages after the committed cursor until the last one, a failure, or a
    // cursor_ahead answer (what was written before it stays committed).
    PullEnd pullPages(SyncReport &report);
    bool failFrom(const struct HttpResult &r, SyncReport &report);

    QSqlDatabase m_db;
    const Clock &m_clock;
    SyncClient &m_client;
    int m_pageSize = 5000; // the server's largest page: a first sync is fastest in pages this size
    int m_pushBatch = 200;
    qint64 m_suspendIndexesRevs = kSuspendIndexesRevs;
    Progress m_progress;
};

} // namespace sales
