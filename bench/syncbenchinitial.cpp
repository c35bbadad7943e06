// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sync-bench, part a: the initial sync of a new replica signed in as the admin
// (every row), where its time goes, and the same rows bulk-inserted as the
// physical limit.
#include "syncbench.h"

#include "clock.h"
#include "protocol/entitycatalog.h"
#include "storage/indexsuspension.h"
#include "storage/leadsearchbatch.h"
#include "storage/localstate.h"
#include "storage/transaction.h"
#include "sync/pullpage.h"
#include "sync/rowapplier.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace sales::bench {
namespace {

struct Breakdown {
    double get = 0, parse = 0, blobs = 0, apply = 0, search = 0, indexes = 0, commit = 0;
    int pages = 0;
    qint64 rows = 0, bytes = 0;
};

// SyncEngine::pull's steps, one by one with a timer each and on one thread (the
// engine reads the next page on a second thread while it writes one): pages
// written in transactions of up to a second, the WAL checkpointed every 64 MiB,
// the secondary indexes suspended for a large first sync.
bool timedPull(SyncClient &client, QSqlDatabase db, int pageSize, bool suspendIndexes, Breakdown &b, QString *error)
{
    LocalState state(db);
    qint64 cursor = 0;
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = OFF"_s);
    QSqlQuery(db).exec(u"PRAGMA cache_size = -524288"_s);
    QSqlQuery(db).exec(u"PRAGMA wal_autocheckpoint = 16384"_s);
    std::optional<Transaction> tx;
    std::optional<RowApplier> rows;
    std::optional<LeadSearchBatch> search;
    QElapsedTimer open;
    for (;;) {
        QElapsedTimer t;
        t.start();
        const HttpResult r = client.get(u"/api/v1/sync/pull?cursor=%1&limit=%2"_s.arg(cursor).arg(pageSize));
        b.get += ms(t);
        if (!r.ok()) {
            *error = u"pull: %1 %2"_s.arg(r.status).arg(r.networkError);
            return false;
        }
        b.bytes += r.body.size();
        t.restart();
        const PullPage page = PullPage::read(r.body, cursor);
        b.parse += ms(t);
        if (!page.ok) {
            *error = page.failure.networkError;
            return false;
        }
        t.restart();
        for (const QString &sha : page.blobs) {
            QSqlQuery have(db);
            have.prepare(u"SELECT 1 FROM blob WHERE sha256 = ?"_s);
            have.addBindValue(sha);
            if (have.exec() && have.next())
                continue;
            const HttpResult blob = client.get(u"/api/v1/blobs/"_s + sha);
            QSqlQuery put(db);
            put.prepare(u"INSERT OR IGNORE INTO blob (sha256, size, mime_type, data, created_at) VALUES (?, ?, NULL, ?, 0)"_s);
            put.addBindValue(sha);
            put.addBindValue(qint64(blob.body.size()));
            put.addBindValue(blob.body);
            put.exec();
        }
        b.blobs += ms(t);
        t.restart();
        bool ok = true;
        if (!tx) {
            tx.emplace(db);
            rows.emplace(db);
            search.emplace(db);
            open.start();
            ok = rows->loadPending() && search->suspend();
            rows->setSearchBatch(&*search);
            QString why;
            if (ok && b.pages == 0 && suspendIndexes && page.hasMore && page.latest >= SyncEngine::kSuspendIndexesRevs
                && !IndexSuspension::suspend(db, protocol::entityNames(), LeadSearchBatch::indexesRead(), &why)) {
                *error = why;
                return false;
            }
        }
        for (const ServerRow &row : page.rows) {
            if (ok)
                ok = rows->apply(row);
        }
        b.apply += ms(t);
        if (!ok) {
            *error = rows->errorText() + search->errorText();
            return false;
        }
        if (!page.hasMore || open.elapsed() >= 1000) {
            t.restart();
            ok = search->finish() && state.setValue(SyncEngine::kCursorKey, QString::number(page.cursor));
            b.search += ms(t);
            t.restart();
            QString why;
            if (ok && !page.hasMore && !IndexSuspension::restore(db, &why)) {
                *error = why;
                return false;
            }
            b.indexes += ms(t);
            t.restart();
            if (!ok || !tx->commit()) {
                *error = rows->errorText() + search->errorText();
                return false;
            }
            b.commit += ms(t);
            search.reset();
            rows.reset();
            tx.reset();
        }
        b.rows += page.changes;
        ++b.pages;
        cursor = page.cursor;
        if (!page.hasMore)
            break;
    }
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    QSqlQuery(db).exec(u"PRAGMA wal_autocheckpoint = 1000"_s);
    return true;
}

} // namespace

void runInitialSync(const SyncBenchOptions &o, ServerProcess &server, const QString &jsonl)
{
    out() << Qt::endl << u"== a. initial sync: a new replica signed in as the admin pulls every row"_s << Qt::endl;
    QString error;
    double best = 0;
    qint64 pulled = 0;
    QList<int> pages{2000};
    if (o.page != 2000)
        pages << o.page;
    QList<QPair<int, bool>> runs; // page size, indexes suspended
    for (const int page : std::as_const(pages)) {
        if (o.indexSuspension != u"on"_s)
            runs.append({page, false});
        if (o.indexSuspension != u"off"_s)
            runs.append({page, true});
    }
    for (const auto &[page, suspend] : std::as_const(runs)) {
        BenchReplica replica;
        SyncClient client(server.url(), server.fingerprint());
        if (!login(client, kAdminName, kAdminPassword, u"bench-initial"_s, &error)) {
            out() << error << Qt::endl;
            return;
        }
        SyncEngine engine(replica.db(), systemClock(), client);
        engine.setPageSize(page);
        if (!suspend)
            engine.setIndexSuspension(0);
        const double cpuBefore = cpuSecondsOf(u"/proc/self/stat"_s), serverBefore = server.cpuSeconds();
        QElapsedTimer t;
        t.start();
        const SyncReport report = engine.pull();
        const double elapsed = ms(t);
        const double cpu = cpuSecondsOf(u"/proc/self/stat"_s) - cpuBefore, serverCpu = server.cpuSeconds() - serverBefore;
        if (!report.ok) {
            out() << "pull failed: " << report.error << Qt::endl;
            return;
        }
        pulled = report.pulled;
        best = best == 0 ? elapsed : std::min(best, elapsed);
        out() << u"SyncEngine::pull, page %1%7: %2 rows in %3 s = %4 rows/s (goal >= 85000); CPU: client %5 s, "
                 u"server %6 s"_s.arg(page)
                     .arg(report.pulled)
                     .arg(elapsed / 1000, 0, 'f', 2)
                     .arg(double(report.pulled) / (elapsed / 1000), 0, 'f', 0)
                     .arg(cpu, 0, 'f', 2)
                     .arg(serverCpu, 0, 'f', 2)
                     .arg(o.indexSuspension == u"both"_s
                              ? (suspend ? u", secondary indexes built at the end"_s : u", every index kept row by row"_s)
                              : QString())
              << Qt::endl;
    }
    out() << "  server after the pulls: " << server.memory() << Qt::endl;

    {
        BenchReplica replica;
        SyncClient client(server.url(), server.fingerprint());
        Breakdown b;
        if (!login(client, kAdminName, kAdminPassword, u"bench-breakdown"_s, &error)
            || !timedPull(client, replica.db(), o.page, o.indexSuspension != u"off"_s, b, &error)) {
            out() << error << Qt::endl;
            return;
        }
        const double total = b.get + b.parse + b.blobs + b.apply + b.search + b.indexes + b.commit;
        const auto share = [total](double v) { return u"%1 s (%2%)"_s.arg(v / 1000, 0, 'f', 2).arg(100 * v / total, 0, 'f', 0); };
        out() << u"where the time goes (same steps on one thread, timed; %1 pages of %2, %3 MB of JSON, %4 s):"_s.arg(b.pages)
                     .arg(o.page)
                     .arg(double(b.bytes) / 1e6, 0, 'f', 1)
                     .arg(total / 1000, 0, 'f', 2)
              << Qt::endl
              << "  GET (server query + JSON + TLS + transfer): " << share(b.get) << Qt::endl
              << "  client JSON parse:                          " << share(b.parse) << Qt::endl
              << "  blobs (check + fetch):                      " << share(b.blobs) << Qt::endl
              << "  apply (RowApplier: probe + INSERT/UPDATE): " << share(b.apply) << Qt::endl
              << "  lead_search for the transaction's leads:    " << share(b.search) << Qt::endl
              << "  secondary indexes built at the end:         " << share(b.indexes) << Qt::endl
              << "  commit:                                     " << share(b.commit) << Qt::endl;
    }

    runBulkInsert(jsonl, best, pulled);
}

} // namespace sales::bench
