// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keymaterial.h"
#include "storage/replicareader.h"
#include "testreplica.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::TestReplica;

namespace {

// Holds a read on the worker thread until the test lets it go, so the order of
// events is decided by the test and not by timing.
struct Gate
{
    QSemaphore started;
    QSemaphore open;

    void hold()
    {
        started.release();
        open.tryAcquire(1, 10000); // bounded: a failing test must not hang the worker
    }
};

int regionCount(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM region"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestReplicaReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestReplica> r;
    QObject context;

private Q_SLOTS:
    void init()
    {
        r = std::make_unique<TestReplica>();
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"INSERT INTO region (id, name, updated_at) VALUES ('r1', '华东', 1)"_s));
    }
    void cleanup() { r.reset(); }

    void readsOnOneWorkerThreadWithItsOwnConnection()
    {
        ReplicaReader reader(r->config);
        struct Seen
        {
            QThread *thread = nullptr;
            QString connection;
            int regions = -1;
        };
        QList<Seen> seen;
        QThread *deliveredOn = nullptr;
        for (int i = 0; i < 2; ++i) {
            reader.read(
                u"lane%1"_s.arg(i), &context,
                [](QSqlDatabase &db) { return Seen{QThread::currentThread(), db.connectionName(), regionCount(db)}; },
                [&](ReadResult<Seen> result) {
                    QVERIFY(result.ok());
                    seen.append(result.value());
                    deliveredOn = QThread::currentThread();
                });
        }
        QTRY_COMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).regions, 1);
        QVERIFY(seen.at(0).thread != QThread::currentThread());
        QCOMPARE(seen.at(1).thread, seen.at(0).thread);
        QVERIFY(seen.at(0).connection != r->db().connectionName());
        QCOMPARE(seen.at(1).connection, seen.at(0).connection);
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void runningRequestSupersededByANewerOneIsNotDelivered()
    {
        ReplicaReader reader(r->config);
        Gate gate;
        QList<int> delivered;
        const auto deliver = [&](ReadResult<int> result) { delivered.append(result.ok() ? result.value() : -1); };
        reader.read(u"leadList"_s, &context, [&](QSqlDatabase &) { gate.hold(); return 1; }, deliver);
        QVERIFY(gate.started.tryAcquire(1, 10000)); // the first is running
        reader.read(u"leadList"_s, &context, [](QSqlDatabase &db) { return regionCount(db) + 1; }, deliver);
        gate.open.release();
        QTRY_COMPARE(delivered, QList<int>{2});
        QVERIFY(!reader.isPending(u"leadList"_s));
    }

    void queuedSupersededRequestNeverRuns()
    {
        ReplicaReader reader(r->config);
        Gate gate;
        std::atomic<bool> secondRan = false;
        QList<int> delivered;
        const auto deliver = [&](ReadResult<int> result) { delivered.append(result.ok() ? result.value() : -1); };
        reader.read(u"leadList"_s, &context, [&](QSqlDatabase &) { gate.hold(); return 1; }, deliver);
        QVERIFY(gate.started.tryAcquire(1, 10000));
        reader.read(u"leadList"_s, &context, [&](QSqlDatabase &) { secondRan = true; return 2; }, deliver);
        reader.read(u"leadList"_s, &context, [](QSqlDatabase &) { return 3; }, deliver);
        QVERIFY(reader.isPending(u"leadList"_s));
        gate.open.release();
        QTRY_COMPARE(delivered, QList<int>{3});
        QVERIFY(!secondRan);
    }

    void lanesAreIndependent()
    {
        ReplicaReader reader(r->config);
        Gate gate;
        QStringList delivered;
        const auto deliver = [&](ReadResult<QString> result) { delivered.append(result.ok() ? result.value() : result.error()); };
        reader.read(u"leadList"_s, &context, [&](QSqlDatabase &) { gate.hold(); return u"list 1"_s; }, deliver);
        QVERIFY(gate.started.tryAcquire(1, 10000));
        reader.read(u"queue"_s, &context, [](QSqlDatabase &) { return u"queue"_s; }, deliver);
        reader.read(u"leadList"_s, &context, [](QSqlDatabase &) { return u"list 2"_s; }, deliver);
        gate.open.release();
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(delivered, (QStringList{u"queue"_s, u"list 2"_s})); // the worker runs them in order
    }

    void destroyedContextIsNeverCalled()
    {
        ReplicaReader reader(r->config);
        Gate gate;
        auto *doomed = new QObject;
        int calledForDoomed = 0;
        bool sentinel = false;
        reader.read(u"leadList"_s, doomed, [&](QSqlDatabase &) { gate.hold(); return 1; },
                    [&, doomed](ReadResult<int>) {
                        ++calledForDoomed;
                        doomed->setObjectName(u"touched"_s); // would use freed memory
                    });
        QVERIFY(gate.started.tryAcquire(1, 10000));
        delete doomed;
        gate.open.release();
        // Results arrive in order: once the later one is in, the earlier one was handled.
        reader.read(u"other"_s, &context, [](QSqlDatabase &) { return 2; }, [&](ReadResult<int>) { sentinel = true; });
        QTRY_VERIFY(sentinel);
        QCOMPARE(calledForDoomed, 0);
        QVERIFY(!reader.isPending(u"leadList"_s));
    }

    void sqlErrorReachesTheCallbackAsAnError()
    {
        ReplicaReader reader(r->config);
        std::optional<ReadResult<int>> got;
        reader.read(
            u"leadList"_s, &context,
            [](QSqlDatabase &db) -> ReadResult<int> {
                QSqlQuery q(db);
                if (!q.exec(u"SELECT count(*) FROM no_such_table"_s) || !q.next())
                    return ReadError{q.lastError().text()};
                return q.value(0).toInt();
            },
            [&](ReadResult<int> result) { got = std::move(result); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY2(got->error().contains(u"no_such_table"_s), qPrintable(got->error()));
    }

    void failedOpenReachesTheCallbackAsAnError()
    {
        ReplicaConfig wrongKey = r->config;
        wrongKey.keyHex = rawKeyToSqlCipherPassword(generateDatabaseKey());
        ReplicaReader reader(wrongKey);
        std::atomic<int> ran = 0;
        QList<ReadResult<int>> got;
        for (int i = 0; i < 2; ++i) { // the second tries to open again, and fails again
            reader.read(u"lane%1"_s.arg(i), &context, [&](QSqlDatabase &) { ++ran; return 1; },
                        [&](ReadResult<int> result) { got.append(std::move(result)); });
        }
        QTRY_COMPARE(got.size(), 2);
        for (const ReadResult<int> &result : got) {
            QVERIFY(!result.ok());
            QVERIFY(!result.error().isEmpty());
        }
        QCOMPARE(ran.load(), 0);
    }

    void cancelDropsTheLane()
    {
        ReplicaReader reader(r->config);
        Gate gate;
        int delivered = 0;
        bool sentinel = false;
        reader.read(u"leadList"_s, &context, [&](QSqlDatabase &) { gate.hold(); return 1; },
                    [&](ReadResult<int>) { ++delivered; });
        QVERIFY(gate.started.tryAcquire(1, 10000));
        reader.cancel(u"leadList"_s);
        QVERIFY(!reader.isPending(u"leadList"_s));
        gate.open.release();
        reader.read(u"other"_s, &context, [](QSqlDatabase &) { return 2; }, [&](ReadResult<int>) { sentinel = true; });
        QTRY_VERIFY(sentinel);
        QCOMPARE(delivered, 0);
    }

    void warmUpRunsInOrderAndIsNotSuperseded()
    {
        ReplicaReader reader(r->config);
        std::atomic<int> warmed = 0;
        int regionsSeenAfterWarmUp = -1;
        reader.warmUp([&](QSqlDatabase &db) { warmed = regionCount(db); });
        reader.warmUp([&](QSqlDatabase &db) { warmed += regionCount(db); });
        reader.read(u"leadList"_s, &context, [&](QSqlDatabase &) { return warmed.load(); },
                    [&](ReadResult<int> result) { regionsSeenAfterWarmUp = result.ok() ? result.value() : -1; });
        QTRY_COMPARE(regionsSeenAfterWarmUp, 2);
    }

    void destroyingTheReaderWithWorkInFlightIsSafe()
    {
        auto reader = std::make_unique<ReplicaReader>(r->config);
        QSemaphore started;
        std::atomic<bool> finished = false;
        std::atomic<bool> queuedRan = false;
        QString workerConnection;
        int delivered = 0;
        reader->read(
            u"leadList"_s, &context,
            [&](QSqlDatabase &db) {
                workerConnection = db.connectionName();
                started.release();
                QThread::msleep(50); // still running when the reader goes
                finished = true;
                return 1;
            },
            [&](ReadResult<int>) { ++delivered; });
        reader->read(u"queue"_s, &context, [&](QSqlDatabase &) { queuedRan = true; return 2; },
                     [&](ReadResult<int>) { ++delivered; });
        QVERIFY(started.tryAcquire(1, 10000));
        reader.reset();
        QVERIFY(finished);   // the destructor waited for the read in progress
        QVERIFY(!queuedRan); // and skipped the queued one
        QVERIFY(!QSqlDatabase::contains(workerConnection)); // closed on its thread
        QCoreApplication::sendPostedEvents();
        QCOMPARE(delivered, 0);
    }

    void anUnusedReaderOpensNoConnection()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        { ReplicaReader reader(r->config); }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
};

QTEST_GUILESS_MAIN(TestReplicaReader)
#include "tst_replicareader.moc"
