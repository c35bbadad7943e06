// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints how fast sync is against the real sales-server (a child process) over
// loopback TLS. Not a test: figures only, no pass/fail.
//
//   sync-bench [--leads 5000] [--storage sqlite|postgres] [--clients 50] [--seconds 60]
//              [--page 5000] [--round-trips 50] [--pace 1000] [--load-clients replica|wire|both]
//              [--skip-initial] [--skip-load] [--dir /tmp/sales-bench]
//
// a. initial sync of a new replica (admin: every row) vs a raw bulk insert of the same rows;
// b. one rep's edit + push + pull round trip; c. many reps editing and syncing at once,
// as desktops (engine + replica) and as their requests alone (the server's view).
#include "syncbench.h"

#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leads(u"leads"_s, u"demo leads (100000: about 1M activities)"_s, u"N"_s, u"5000"_s);
    const QCommandLineOption seed(u"seed"_s, u"demo seed (0: the demo's own)"_s, u"S"_s, u"0"_s);
    const QCommandLineOption storage(u"storage"_s, u"sqlite or postgres"_s, u"driver"_s, u"sqlite"_s);
    const QCommandLineOption clients(u"clients"_s, u"simulated reps in the load test"_s, u"N"_s, u"50"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"length of the load test"_s, u"S"_s, u"60"_s);
    const QCommandLineOption page(u"page"_s, u"pull page size of the initial sync (max 5000)"_s, u"rows"_s, u"5000"_s);
    const QCommandLineOption pace(u"pace"_s, u"load test: each rep edits and syncs once per MS (then a nonstop run follows; 0: only the nonstop run)"_s, u"MS"_s, u"1000"_s);
    const QCommandLineOption trips(u"round-trips"_s, u"round trips to time"_s, u"N"_s, u"50"_s);
    const QCommandLineOption skipInitial(u"skip-initial"_s, u"skip the initial sync (a)"_s);
    const QCommandLineOption skipLoad(u"skip-load"_s, u"skip the load test (c)"_s);
    const QCommandLineOption loadClients(u"load-clients"_s,
                                         u"load test clients: replica (the desktop's engine and replica), wire (its "
                                         "requests only: the server's view) or both"_s,
                                         u"kind"_s, u"both"_s);
    const QCommandLineOption dir(u"dir"_s, u"where demo workspaces are cached"_s, u"dir"_s,
                                 QDir::tempPath() + u"/sales-bench"_s);
    const QCommandLineOption server(u"server"_s, u"the sales-server binary"_s, u"path"_s,
                                    QStringLiteral(SALES_SERVER_BIN));
    const QCommandLineOption suspension(u"index-suspension"_s,
                                        u"initial sync: on (the engine's default: a large first sync builds the "
                                        "secondary indexes at the end), off, or both (each page size twice)"_s,
                                        u"mode"_s, u"on"_s);
    parser.addOptions({leads, seed, storage, clients, seconds, page, pace, trips, skipInitial, skipLoad, loadClients,
                       suspension, dir, server});
    parser.process(app);

    SyncBenchOptions o;
    o.leads = std::max(1, parser.value(leads).toInt());
    o.seed = parser.value(seed).toUInt();
    o.storage = parser.value(storage);
    o.clients = std::max(1, parser.value(clients).toInt());
    o.seconds = std::max(1, parser.value(seconds).toInt());
    o.page = std::clamp(parser.value(page).toInt(), 1, 5000);
    o.roundTrips = std::max(1, parser.value(trips).toInt());
    o.paceMs = std::max(0, parser.value(pace).toInt());
    o.skipInitial = parser.isSet(skipInitial);
    o.skipLoad = parser.isSet(skipLoad);
    o.loadClients = parser.value(loadClients);
    o.indexSuspension = parser.value(suspension);
    if (o.indexSuspension != u"on"_s && o.indexSuspension != u"off"_s && o.indexSuspension != u"both"_s) {
        out() << "--index-suspension must be on, off or both" << Qt::endl;
        return 2;
    }
    o.cacheDir = parser.value(dir);
    o.serverBin = parser.value(server);
    if (o.loadClients != u"replica"_s && o.loadClients != u"wire"_s && o.loadClients != u"both"_s) {
        out() << "--load-clients must be replica, wire or both" << Qt::endl;
        return 2;
    }
    if (o.storage != u"sqlite"_s && o.storage != u"postgres"_s) {
        out() << "--storage must be sqlite or postgres" << Qt::endl;
        return 2;
    }
    out() << u"sync-bench: %1 leads, %2 storage, loopback TLS, server %3"_s.arg(o.leads).arg(o.storage, o.serverBin)
          << Qt::endl;

    ReplicaConfig demo;
    if (!ensureDemo(o, demo))
        return 1;
    QTemporaryDir work;
    const QString jsonl = work.filePath(u"rows.jsonl"_s);
    if (!exportDemo(demo, jsonl))
        return 1;

    ServerProcess sales(o.serverBin);
    QString error;
    QElapsedTimer t;
    t.start();
    const QString cachedServer = QDir(o.cacheDir).filePath(u"server-sqlite-%1"_s.arg(QFileInfo(demo.path).dir().dirName()));
    if (o.storage == u"sqlite"_s && sales.adopt(cachedServer, &error)) {
        out() << u"server data: %1 (cached; the import is not repeated)"_s.arg(cachedServer) << Qt::endl;
    } else {
        error.clear();
        if (!sales.init(o.storage, &error)) {
            out() << error << Qt::endl;
            return 1;
        }
        out() << u"server init (%1): %2 s"_s.arg(o.storage).arg(ms(t) / 1000, 0, 'f', 1) << Qt::endl;
        t.restart();
        if (!sales.import(jsonl, &error)) {
            out() << error << Qt::endl;
            return 1;
        }
        out() << u"server import: %1 s (not counted)"_s.arg(ms(t) / 1000, 0, 'f', 1) << Qt::endl;
        if (o.storage == u"sqlite"_s && !sales.saveTo(cachedServer, &error))
            out() << "  (not cached: " << error << ")" << Qt::endl;
    }
    const QList<ServerUser> users = sales.users(&error);
    QList<ServerUser> reps;
    for (const ServerUser &u : users) {
        if (u.role == u"rep"_s)
            reps << u;
    }
    if (!sales.start(&error)) {
        out() << error << Qt::endl;
        return 1;
    }
    {
        SyncClient admin(sales.url(), sales.fingerprint());
        int blobs = 0;
        if (!login(admin, kAdminName, kAdminPassword, u"bench-setup"_s, &error)
            || !uploadBlobs(demo, admin, &blobs, &error)) {
            out() << error << Qt::endl;
            return 1;
        }
        out() << u"server serving on %1 (%2 users, %3 reps, %4 evidence files uploaded); %5"_s.arg(sales.url())
                     .arg(users.size())
                     .arg(reps.size())
                     .arg(blobs)
                     .arg(sales.memory())
              << Qt::endl;
    }
    if (reps.isEmpty()) {
        out() << "no reps on the server" << Qt::endl;
        return 1;
    }
    if (!o.skipInitial)
        runInitialSync(o, sales, jsonl);
    runRoundTrip(o, sales, reps.first());
    if (!o.skipLoad) {
        for (const LoadClients kind : {LoadClients::Replica, LoadClients::Wire}) {
            if (o.loadClients != u"both"_s && (kind == LoadClients::Wire) != (o.loadClients == u"wire"_s))
                continue;
            if (o.paceMs > 0)
                runLoad(o, sales, reps, o.paceMs, kind);
            runLoad(o, sales, reps, 0, kind);
        }
    }
    out() << Qt::endl << "server at exit: " << sales.memory() << Qt::endl;
    sales.stop();
    return 0;
}
