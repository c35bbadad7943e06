// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sync-bench, parts b and c: a rep's edit round trip (push + pull), then many
// reps at once, each on its own thread with its own replica and connection.
#include "syncbench.h"

#include "clock.h"
#include "protocol/entitycatalog.h"
#include "storage/trackedwriter.h"
#include "sync/pullpage.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace sales::bench {
namespace {

// A rep's desktop: its replica after a first sync, and its own leads to edit.
struct RepClient {
    BenchReplica replica;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<SyncEngine> engine;
    QStringList leads;
    int next = 0;
    int initialRows = 0;

    bool setUp(const ServerProcess &server, const ServerUser &rep, const QString &device, QString *error)
    {
        client = std::make_unique<SyncClient>(server.url(), server.fingerprint());
        client->setTimeoutMs(30000);
        const auto uid = login(*client, rep.name, kUserPassword, device, error);
        if (!uid || !replica.connection->isOpen())
            return false;
        engine = std::make_unique<SyncEngine>(replica.db(), systemClock(), *client);
        engine->setPageSize(5000);
        const SyncReport first = engine->run();
        if (!first.ok) {
            *error = u"first sync of %1: %2"_s.arg(rep.name, first.error);
            return false;
        }
        initialRows = first.pulled;
        QSqlQuery q(replica.db());
        q.prepare(u"SELECT id FROM lead WHERE owner_id = ? AND deleted = 0 ORDER BY id"_s);
        q.addBindValue(*uid);
        if (q.exec()) {
            while (q.next())
                leads << q.value(0).toString();
        }
        if (leads.isEmpty()) {
            *error = u"%1 has no leads"_s.arg(rep.name);
            return false;
        }
        return true;
    }

    // One field of one of its leads, as the lead view saves it.
    bool edit(QString *error)
    {
        const QString id = leads.at(next++ % leads.size());
        TrackedWriter writer(replica.db(), systemClock());
        const auto row = writer.find(u"lead"_s, id);
        const qint64 amount = row ? row->value(u"amount_yuan"_s).toLongLong() : 0;
        if (!writer.save(u"lead"_s, id, {{u"amount_yuan"_s, amount + 100}})) {
            *error = writer.errorText();
            return false;
        }
        return true;
    }

    // One edit, then SyncEngine::run (push, then pull), as the desktop syncs.
    bool round(QString *error, qint64 *pulled)
    {
        if (!edit(error))
            return false;
        const SyncReport r = engine->run();
        *pulled += r.pulled;
        if (!r.ok || r.rejected != 0) {
            *error = r.ok ? u"an op was rejected"_s : r.error;
            return false;
        }
        return true;
    }
};

// What the server sees of a rep's desktop and nothing more: the same HTTPS
// requests (a push of one field edit with its base, then pulls from the cursor
// until no more), the pages read by the client's own reader, but no replica.
// The desktop's own work (SQLCipher writes) runs on the rep's laptop, not on the
// server's cores; this measures the server with all of this machine's cores.
struct WireClient {
    struct Lead {
        QString id;
        qint64 amount = 0;
    };
    std::unique_ptr<SyncClient> client;
    QList<Lead> leads;
    qint64 cursor = 0;
    int next = 0;
    int initialRows = 0;

    bool pullAll(QString *error, qint64 *pulled, const QString &uid = {})
    {
        const protocol::EntitySpec *lead = protocol::entity(u"lead"_s);
        const qsizetype owner = lead->field(u"owner_id"_s) - lead->fields.data();
        const qsizetype amount = lead->field(u"amount_yuan"_s) - lead->fields.data();
        for (;;) {
            const PullPage page = PullPage::fetch(*client, cursor, 5000);
            if (!page.ok) {
                *error = u"pull: %1 %2"_s.arg(page.failure.status).arg(page.failure.networkError + page.failure.errorCode());
                return false;
            }
            if (!uid.isEmpty()) {
                for (const ServerRow &row : page.rows) {
                    if (row.spec == lead && !row.removal && row.values.at(owner).text() == uid)
                        leads.append({row.id, row.values.at(amount).integer});
                }
            }
            *pulled += page.changes;
            cursor = page.cursor;
            if (!page.hasMore)
                return true;
        }
    }

    bool setUp(const ServerProcess &server, const ServerUser &rep, const QString &device, QString *error)
    {
        client = std::make_unique<SyncClient>(server.url(), server.fingerprint());
        client->setTimeoutMs(30000);
        const auto uid = login(*client, rep.name, kUserPassword, device, error);
        qint64 rows = 0;
        if (!uid || !pullAll(error, &rows, *uid))
            return false;
        initialRows = int(rows);
        if (leads.isEmpty()) {
            *error = u"%1 has no leads"_s.arg(rep.name);
            return false;
        }
        return true;
    }

    bool round(QString *error, qint64 *pulled)
    {
        Lead &l = leads[next++ % leads.size()];
        const QJsonObject op{{u"op"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"e"_s, u"lead"_s},
                             {u"id"_s, l.id},
                             {u"f"_s, QJsonObject{{u"amount_yuan"_s, l.amount + 100}}},
                             {u"b"_s, QJsonObject{{u"amount_yuan"_s, l.amount}}}};
        const HttpResult r = client->post(u"/api/v1/sync/push"_s,
                                          QJsonDocument(QJsonObject{{u"ops"_s, QJsonArray{op}}}).toJson(QJsonDocument::Compact));
        const QString status = r.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString();
        if (!r.ok() || (status != u"applied"_s && status != u"merged"_s)) {
            *error = u"push: %1 %2 %3"_s.arg(r.status).arg(status, r.networkError + r.errorCode());
            return false;
        }
        l.amount += 100;
        return pullAll(error, pulled);
    }
};

QString figures(const QList<double> &v)
{
    return u"median %1 ms, p99 %2 ms, min %3 ms, max %4 ms (%5 rounds)"_s.arg(percentile(v, 0.5), 0, 'f', 1)
        .arg(percentile(v, 0.99), 0, 'f', 1)
        .arg(percentile(v, 0), 0, 'f', 1)
        .arg(percentile(v, 1), 0, 'f', 1)
        .arg(v.size());
}

} // namespace

void runRoundTrip(const SyncBenchOptions &o, ServerProcess &server, const ServerUser &rep)
{
    out() << Qt::endl << u"== b. round trip: %1 edits one lead field, then push + pull (SyncEngine::run)"_s.arg(rep.name)
          << Qt::endl;
    RepClient c;
    QString error;
    QElapsedTimer t;
    t.start();
    if (!c.setUp(server, rep, u"bench-roundtrip"_s, &error)) {
        out() << error << Qt::endl;
        return;
    }
    out() << u"  sign-in + first sync: %1 rows in %2 ms (%3 own leads)"_s.arg(c.initialRows).arg(ms(t), 0, 'f', 0).arg(
                 c.leads.size())
          << Qt::endl;
    QList<double> rounds;
    int errors = 0;
    for (int i = 0; i < o.roundTrips + 3; ++i) {
        if (!c.edit(&error)) {
            out() << error << Qt::endl;
            return;
        }
        t.restart();
        const SyncReport r = c.engine->run();
        const double elapsed = ms(t);
        if (!r.ok || r.pushed != 1 || r.rejected != 0)
            ++errors;
        if (i >= 3) // the first rounds warm up connections and caches
            rounds.append(elapsed);
    }
    out() << "  edit + sync round: " << figures(rounds) << u", errors %1"_s.arg(errors) << Qt::endl;
}

namespace {

template<typename Client>
void load(const SyncBenchOptions &o, ServerProcess &server, const QList<ServerUser> &reps, int paceMs, const QString &what)
{
    out() << Qt::endl
          << u"== c. load: %1 reps, %2, for %3 s: edit one lead + sync, "_s.arg(o.clients).arg(what).arg(o.seconds)
          << (paceMs > 0 ? u"once every %1 ms per rep (a busy rep; the client itself syncs a few seconds after an edit)"_s.arg(paceMs)
                         : u"again and again with no pause (saturation: latency is queueing, 50 / throughput)"_s)
          << u" (%1 storage)"_s.arg(o.storage) << Qt::endl;
    if (reps.size() < o.clients) {
        out() << u"only %1 reps on the server for %2 clients"_s.arg(reps.size()).arg(o.clients) << Qt::endl;
        return;
    }
    std::atomic<int> ready{0}, failedSetup{0};
    std::atomic<bool> go{false}, stop{false};
    QMutex mutex;
    QList<double> latencies;
    QStringList errors;
    qint64 errorCount = 0, done = 0, pulled = 0;
    QElapsedTimer window;
    QList<QThread *> threads;
    for (int i = 0; i < o.clients; ++i) {
        threads << QThread::create([&, i] {
            Client c;
            QString error;
            if (!c.setUp(server, reps.at(i), u"bench-load-%1"_s.arg(i), &error)) {
                QMutexLocker lock(&mutex);
                errors << error;
                ++failedSetup;
                ++ready;
                return;
            }
            ++ready;
            while (!go.load())
                QThread::msleep(1);
            QList<double> mine;
            qint64 myErrors = 0, myPulled = 0;
            QStringList myMessages;
            // Paced reps start spread over one period, then keep their own beat
            // (a round that overruns is followed at once, never by a burst).
            qint64 due = paceMs > 0 ? qint64(i) * paceMs / o.clients : 0;
            while (!stop.load()) {
                if (paceMs > 0) {
                    while (!stop.load() && window.elapsed() < due)
                        QThread::msleep(std::min<qint64>(5, due - window.elapsed()));
                    due = std::max(due + paceMs, window.elapsed());
                    if (stop.load())
                        break;
                }
                QElapsedTimer t;
                t.start();
                qint64 roundPulled = 0;
                const bool ok = c.round(&error, &roundPulled);
                if (window.elapsed() > qint64(o.seconds) * 1000)
                    break; // finished after the window: not counted
                mine.append(ms(t));
                myPulled += roundPulled;
                if (!ok) {
                    ++myErrors;
                    if (myMessages.size() < 3)
                        myMessages << error;
                }
            }
            QMutexLocker lock(&mutex);
            latencies += mine;
            errorCount += myErrors;
            pulled += myPulled;
            done += mine.size();
            errors += myMessages;
        });
        threads.last()->start();
    }
    QElapsedTimer setup;
    setup.start();
    while (ready.load() < o.clients)
        QThread::msleep(10);
    out() << u"  %1 clients signed in and synced first in %2 s (%3 failed); server: %4"_s.arg(o.clients)
                 .arg(ms(setup) / 1000, 0, 'f', 1)
                 .arg(failedSetup.load())
                 .arg(server.memory())
          << Qt::endl;
    const double serverCpu = server.cpuSeconds(), benchCpu = cpuSecondsOf(u"/proc/self/stat"_s),
                 databaseCpu = server.databaseCpuSeconds();
    double idleBefore = 0, idleAfter = 0;
    const double busyBefore = machineBusySeconds(&idleBefore);
    window.start();
    go = true;
    QThread::sleep(static_cast<unsigned long>(o.seconds));
    stop = true;
    const double elapsed = ms(window);
    const QString memoryAtEnd = server.memory();
    const double serverUsed = server.cpuSeconds() - serverCpu, benchUsed = cpuSecondsOf(u"/proc/self/stat"_s) - benchCpu,
                 databaseUsed = server.databaseCpuSeconds() - databaseCpu;
    const double busyUsed = machineBusySeconds(&idleAfter) - busyBefore;
    for (QThread *t : std::as_const(threads)) {
        if (!t->wait(QDeadlineTimer(120000)))
            out() << "  a client did not stop within 120 s" << Qt::endl;
        delete t;
    }
    out() << u"  %1 rounds in %2 s = %3 ops/s (each op: one edit pushed + a pull)"_s.arg(done)
                 .arg(elapsed / 1000, 0, 'f', 1)
                 .arg(double(done) / (elapsed / 1000), 0, 'f', 1)
          << Qt::endl
          << "  edit + sync round: " << figures(latencies) << Qt::endl
          << u"  errors: %1 (rounds that failed or had an op rejected); rows pulled during the run: %2"_s.arg(errorCount)
                 .arg(pulled)
          << Qt::endl;
    errors.removeDuplicates();
    for (const QString &e : std::as_const(errors).mid(0, 5))
        out() << "    " << e << Qt::endl;
    const double window_s = elapsed / 1000;
    out() << u"  CPU in the window (cores busy): sales-server %1, PostgreSQL %2, the %3 clients %4; whole machine "
             u"%5 of %6 (others included); sales-server %7 ms CPU per op"_s.arg(serverUsed / window_s, 0, 'f', 2)
                 .arg(databaseUsed / window_s, 0, 'f', 2)
                 .arg(o.clients)
                 .arg(benchUsed / window_s, 0, 'f', 2)
                 .arg(busyUsed / window_s, 0, 'f', 2)
                 .arg((busyUsed + idleAfter - idleBefore) / window_s, 0, 'f', 1)
                 .arg(done > 0 ? 1000 * serverUsed / double(done) : 0.0, 0, 'f', 2)
          << Qt::endl;
    out() << "  server at the end: " << memoryAtEnd << Qt::endl;
}

} // namespace

void runLoad(const SyncBenchOptions &o, ServerProcess &server, const QList<ServerUser> &reps, int paceMs, LoadClients kind)
{
    if (kind == LoadClients::Replica)
        load<RepClient>(o, server, reps, paceMs, u"each its own thread, replica and connection"_s);
    else
        load<WireClient>(o, server, reps, paceMs,
                         u"each its own thread and connection, the desktop's requests without its replica "
                         "(the server's view)"_s);
}

} // namespace sales::bench
