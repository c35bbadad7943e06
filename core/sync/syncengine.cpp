// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "blobtransfer.h"
#include "clock.h"
#include "fullresync.h"
#include "protocol/entitycatalog.h"
#include "rowapplier.h"
#include "pullpage.h"
#include "storage/indexsuspension.h"
#include "storage/leadsearchbatch.h"
#include "storage/localstate.h"
#include "storage/transaction.h"
#include "syncclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
QString errorInWords(const HttpResult &r)
{
    if (r.status == 0)
        return r.networkError;
    const QString message = r.errorMessage();
    if (message.isEmpty())
        return SyncEngine::tr("服务器拒绝了请求（%1 %2）").arg(r.status).arg(r.errorCode());
    return SyncEngine::tr("服务器拒绝了请求（%1 %2）：%3").arg(r.status).arg(r.errorCode(), message);
}

constexpr qint64 kPullCacheKiB = -512 * 1024; // PRAGMA cache_size: negative is KiB
constexpr qsizetype kSearchBatchRows = 200;     // smaller pages keep the triggers
// Longest a pull transaction stays open. Each commit encrypts and writes every
// page it changed, and rows with random UUID keys change pages all over every
// index: at 2M rows a commit per 400 ms gave 54k rows/s, one per second 75k.
// Another connection's write waits at most this long.
constexpr qint64 kCommitMs = 1000;
// WAL pages before a checkpoint while a pull runs (SQLite's default: 1000): fewer
// checkpoints, each copying and syncing the pages, during a long first sync.
constexpr int kPullCheckpointPages = 16384;

// The value of a PRAGMA that answers one number, or fallback.
qint64 pragmaValue(const QSqlDatabase &db, const QString &name, qint64 fallback)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toLongLong() : fallback;
}

} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, const Clock &clock, SyncClient &client)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_client(client)
{
}

bool SyncEngine::failFrom(const HttpResult &r, SyncReport &report)
{
    report.ok = false;
    report.error = errorInWords(r);
    report.network = r.status == 0 && !r.pinRefused;
    report.pinRefused = r.pinRefused;
    report.authFailed = r.status == 401;
    return false;
}

SyncReport SyncEngine::run()
{
    SyncReport report = push();
    if (!report.ok)
        return report;
    const SyncReport pulled = pull();
    report.ok = pulled.ok;
    report.error = pulled.error;
    report.network = pulled.network;
    report.authFailed = pulled.authFailed;
    report.pinRefused = pulled.pinRefused;
    report.damaged = pulled.damaged;
    report.pulled = pulled.pulled;
    report.removed = pulled.removed;
    report.cursor = pulled.cursor;
    report.fullResync = pulled.fullResync;
    report.fullResyncComplete = pulled.fullResyncComplete;
    report.resyncRemoved = pulled.resyncRemoved;
    if (report.ok)
        LocalState(m_db).setValue(kLastSyncKey, QString::number(m_clock.now().toMSecsSinceEpoch()));
    return report;
}

SyncReport SyncEngine::pull()
{
    SyncReport report;
    bool readable = false;
    report.cursor = LocalState(m_db).value(kCursorKey, &readable).toLongLong();
    if (!readable) { // from 0 would pull everything again over the edits' bases
        report.error = tr("无法读取同步进度");
        report.damaged = true;
        return report;
    }
    report.fullResync = FullResync::isPending(m_db); // one cut off earlier goes on
    // Server rows may arrive before the rows they refer to (revs follow the last
    // change, not creation); the server is authoritative, so foreign keys are
    // not enforced while pages are applied.
    QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = OFF"_s);
    // A first sync inserts rows with random UUID keys all over every index: with the
    // replica's usual cache a large workspace (1M rows) reads, decrypts and rewrites
    // the same index pages again and again. SQLite takes cache pages only as they are
    // needed and gives them back when the size is restored (as DemoGenerator does).
    const qint64 previousCache = pragmaValue(m_db, u"cache_size"_s, 0);
    const bool growCache = previousCache < 0 && previousCache > kPullCacheKiB;
    if (growCache)
        QSqlQuery(m_db).exec(u"PRAGMA cache_size = %1"_s.arg(kPullCacheKiB));
    const qint64 previousCheckpoint = pragmaValue(m_db, u"wal_autocheckpoint"_s, 1000);
    QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(kPullCheckpointPages));
    auto restore = qScopeGuard([this, growCache, previousCache, previousCheckpoint] {
        QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = ON"_s);
        if (growCache)
            QSqlQuery(m_db).exec(u"PRAGMA cache_size = %1"_s.arg(previousCache));
        QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(previousCheckpoint));
    });
    PullEnd end = pullPages(report);
    if (end == PullEnd::CursorAhead) {
        // The server's data is older than ours: its next revs go to writes this
        // replica would skip for good. Everything again from cursor 0.
        report.error.clear();
        report.network = false;
        Transaction tx(m_db);
        QString error;
        if (!tx.isActive() || !FullResync::begin(m_db, m_clock.now().toMSecsSinceEpoch(), &error) || !tx.commit()) {
            report.error = tr("无法开始完整同步：%1").arg(error.isEmpty() ? m_db.lastError().text() : error);
            return report;
        }
        report.fullResync = true;
        report.cursor = 0;
        end = pullPages(report); // a second cursor_ahead (restored again meanwhile) is an error
    }
    report.ok = end == PullEnd::Done;
    return report;
}

SyncEngine::PullEnd SyncEngine::pullPages(SyncReport &report)
{
    LocalState state(m_db);
    qint64 cursor = state.value(kCursorKey).toLongLong();
    const qint64 startCursor = cursor;
    const bool resync = FullResync::isPending(m_db);
    // The first page comes over the engine's own connection; when there are
    // more (a first sync, a long time offline), a second thread reads each next
    // page while this one writes the last into the replica.
    std::optional<PullPrefetcher> prefetch;
    BlobTransfer blobs(m_db, m_clock, m_client);
    PullPage page = PullPage::fetch(m_client, cursor, m_pageSize);
    // Pages are written in transactions of up to kCommitMs, each with the cursor
    // of its last page: fewer commits (each encrypts every page it changed) while
    // other connections wait at most that long to write.
    std::optional<Transaction> tx;
    std::optional<RowApplier> rows;
    std::optional<LeadSearchBatch> search;
    QElapsedTimer open;
    int pulledInTx = 0; // counted into the report once committed
    // A first sync of a large workspace (or the rest of one that stopped early).
    const bool suspendIndexes = IndexSuspension::isPending(m_db)
        || (m_suspendIndexesRevs > 0 && startCursor == 0 && page.ok && page.hasMore
            && page.latest - startCursor >= m_suspendIndexesRevs);
    const auto commit = [&](bool complete) -> bool {
        QString error;
        bool ok = true;
        // A full resync is complete: what it did not see, the server no longer has.
        const int removedBefore = rows->removed();
        if (resync && complete)
            ok = FullResync::finish(m_db, *rows, m_clock.now().toMSecsSinceEpoch(), &error);
        if (ok && !search->finish()) {
            ok = false;
            error = search->errorText();
        }
        // The pull is complete: the indexes it suspended are built in its last transaction.
        if (ok && complete)
            ok = IndexSuspension::restore(m_db, &error);
        if (ok && !(state.setValue(kCursorKey, QString::number(cursor)) && tx->commit())) {
            ok = false;
            error = m_db.lastError().text();
        }
        if (ok) {
            report.removed += rows->removed();
            report.pulled += std::exchange(pulledInTx, 0);
            report.cursor = cursor;
            if (resync && complete) {
                report.fullResyncComplete = true;
                report.resyncRemoved = rows->removed() - removedBefore;
            }
        }
        search.reset();
        rows.reset();
        tx.reset(); // rolls back unless committed
        if (!ok)
            report.error = tr("无法写入本地数据：%1").arg(error);
        return ok;
    };
    for (;;) {
        if (!page.ok) {
            // What is written stays written; the retry starts after it.
            if (tx && !commit(false))
                return PullEnd::Failed;
            failFrom(page.failure, report);
            const bool ahead = page.failure.status == 409 && page.failure.errorCode() == u"cursor_ahead"_s;
            return ahead ? PullEnd::CursorAhead : PullEnd::Failed;
        }
        if (page.hasMore && !prefetch)
            prefetch.emplace(m_client, page.cursor, m_pageSize);
        // Files come over the network outside any transaction: a slow download
        // must not hold other connections' writes.
        const QStringList missing = blobs.missing(page.blobs);
        if (!missing.isEmpty() && tx && !commit(false))
            return PullEnd::Failed;
        if (HttpResult failure; !blobs.fetch(missing, &failure)) {
            failFrom(failure, report);
            return PullEnd::Failed;
        }
        bool ok = true;
        if (!tx) {
            tx.emplace(m_db);
            rows.emplace(m_db);
            search.emplace(m_db);
            open.start();
            ok = tx->isActive() && rows->loadPending(true);
            // Many rows keep lead_search in a few statements after them instead
            // of by a trigger (and a statement journal) per row.
            if (ok && (page.hasMore || page.rows.size() >= kSearchBatchRows)) {
                ok = search->suspend();
                rows->setSearchBatch(&*search);
            }
            QString error;
            if (ok && suspendIndexes && !IndexSuspension::isPending(m_db)
                && !IndexSuspension::suspend(m_db, protocol::entityNames(), LeadSearchBatch::indexesRead(), &error)) {
                report.error = tr("无法写入本地数据：%1").arg(error);
                return PullEnd::Failed;
            }
        }
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        for (const ServerRow &row : std::as_const(page.rows)) {
            if (!ok)
                break;
            ok = row.removal ? rows->remove(row.entity, row.id, now) : rows->apply(row);
        }
        if (!ok) {
            report.error = tr("无法写入本地数据：%1").arg(rows->errorText().isEmpty() ? search->errorText() : rows->errorText());
            report.damaged = rows->isDamaged();
            return PullEnd::Failed; // this transaction rolls back; the cursor stays before it
        }
        cursor = page.cursor;
        pulledInTx += page.changes;
        if (m_progress) {
            const qint64 span = page.latest - startCursor;
            const int percent = page.latest <= 0 ? -1
                : span <= 0 || !page.hasMore ? 100
                : int(std::clamp<qint64>(100 * (cursor - startCursor) / span, 0, 99));
            m_progress(report.pulled + pulledInTx, percent);
        }
        if ((!page.hasMore || open.elapsed() >= kCommitMs) && !commit(!page.hasMore))
            return PullEnd::Failed;
        if (!page.hasMore)
            break;
        PullPage next = prefetch->next();
        prefetch->recycle(std::move(page));
        page = std::move(next);
    }
    return PullEnd::Done;
}

} // namespace sales
