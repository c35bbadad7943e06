// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints how long the background replica check (ReplicaHealth) takes over a
// cached benchmark workspace, beside PRAGMA quick_check on the same file, and how
// long it takes to stop once asked (a quit during the check). Not a test.
//
//   replica-check-bench [--dir /tmp/sales-bench/leads-100000] [--stop-after-ms 300]
//
// The workspace is the one replica-open-bench caches (its key in bench.key).
#include "benchutil.h"
#include "storage/replicaconnection.h"
#include "storage/replicahealth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"dir"_s, u"cached workspace"_s, u"dir"_s, u"/tmp/sales-bench/leads-100000"_s});
    parser.addOption({u"stop-after-ms"_s, u"ask the check to stop after this long"_s, u"ms"_s, u"300"_s});
    parser.process(app);
    QTextStream out(stdout);
    const QString dir = parser.value(u"dir"_s);
    QFile keyFile(dir + u"/bench.key"_s);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        out << "no cached workspace in " << dir << ": run replica-open-bench --leads 100000 first" << Qt::endl;
        return 1;
    }
    ReplicaConfig config;
    config.path = dir + u"/replica.db"_s;
    config.keyHex = QString::fromLatin1(keyFile.readAll().trimmed());
    config.cacheKiB = 2048; // as ReplicaHealthCheck opens it
    out << "replica: " << config.path << " (" << QFileInfo(config.path).size() / (1024 * 1024) << " MB)" << Qt::endl;

    for (int run = 0; run < 2; ++run) {
        ReplicaConnection c(config);
        if (!c.isOpen()) {
            out << "cannot open: " << c.errorText() << Qt::endl;
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const ReplicaHealth health = ReplicaHealth::check(c.database());
        const double ours = ms(t);
        t.restart();
        QSqlQuery q(c.database());
        const bool ran = q.exec(u"PRAGMA quick_check(1)"_s) && q.next();
        const double quick = ms(t);
        out << "run " << run + 1 << ": ReplicaHealth::check " << qRound(ours) << " ms ("
            << (health.state == ReplicaHealth::State::Healthy ? "healthy" : "NOT healthy") << ")"
            << "   PRAGMA quick_check " << qRound(quick) << " ms (" << (ran ? q.value(0).toString() : u"failed"_s)
            << ", cannot be interrupted)" << Qt::endl;
    }

    ReplicaConnection c(config);
    std::atomic_bool stop = false;
    const int after = parser.value(u"stop-after-ms"_s).toInt();
    std::thread asker([&stop, after] {
        std::this_thread::sleep_for(std::chrono::milliseconds(after));
        stop = true;
    });
    QElapsedTimer t;
    t.start();
    const ReplicaHealth stopped = ReplicaHealth::check(c.database(), [&stop] { return !stop.load(); });
    const double total = ms(t);
    asker.join();
    out << "asked to stop at " << after << " ms: stopped at " << qRound(total) << " ms ("
        << (stopped.state == ReplicaHealth::State::Stopped ? "stopped" : "finished first") << "), "
        << qRound(total - after) << " ms after the ask" << Qt::endl;
    return 0;
}
