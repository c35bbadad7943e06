// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server's periodic jobs (JobRunner): due exactly one interval after the
// clock's now and not a millisecond before, re-armed on their schedule without
// catching up missed runs, a failing or throwing job logged and counted while
// the others run, a job never overlapping itself, and the thread following the
// injected clock and stopping cleanly. The server registers its one job.
#include "jobrunner.h"
#include "store.h"
#include "log.h"
#include "server.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <semaphore>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::server;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// A clock the test moves while the runner's thread reads it.
class SteppedClock final : public Clock
{
public:
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advanceSeconds(qint64 s)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(s);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now = kT0;
};

JobRunner::Status statusOf(const JobRunner &runner, const QString &name)
{
    for (const JobRunner::Status &s : runner.status())
        if (s.name == name)
            return s;
    qFatal("no job %s", qPrintable(name));
}

} // namespace

class TestServerJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { log::setEnabled(false); }

    void dueExactlyAtTheBoundary()
    {
        FixedClock clock(kT0);
        JobRunner runner(clock);
        QList<QDateTime> ranAt;
        QVERIFY(runner.add(u"tick"_s, 60, [&](const QDateTime &now, QString *) {
            ranAt.append(now);
            return true;
        }));
        QCOMPARE(statusOf(runner, u"tick"_s).nextDue, kT0.addSecs(60));
        QCOMPARE(runner.runDue(kT0), 0);
        QCOMPARE(runner.runDue(kT0.addMSecs(59999)), 0);
        QCOMPARE(runner.runDue(kT0.addSecs(60)), 1);
        QCOMPARE(ranAt, QList<QDateTime>{kT0.addSecs(60)}); // the job is told the instant it runs at
        // Re-armed one interval on: the same instant again runs nothing.
        QCOMPARE(statusOf(runner, u"tick"_s).nextDue, kT0.addSecs(120));
        QCOMPARE(runner.runDue(kT0.addSecs(60)), 0);
        QCOMPARE(runner.runDue(kT0.addMSecs(119999)), 0);
        QCOMPARE(runner.runDue(kT0.addSecs(120)), 1);
        QCOMPARE(statusOf(runner, u"tick"_s).runs, 2);
    }

    void missedRunsAreNotCaughtUp()
    {
        FixedClock clock(kT0);
        JobRunner runner(clock);
        int runs = 0;
        QVERIFY(runner.add(u"tick"_s, 60, [&](const QDateTime &, QString *) { return ++runs > 0; }));
        // Five and a half intervals pass at once (a suspended machine): one run,
        // and the schedule keeps its phase.
        QCOMPARE(runner.runDue(kT0.addSecs(5 * 60 + 30)), 1);
        QCOMPARE(runs, 1);
        QCOMPARE(statusOf(runner, u"tick"_s).nextDue, kT0.addSecs(6 * 60));
        // Landing exactly on a later instant of the schedule: the next one is after it.
        QCOMPARE(runner.runDue(kT0.addSecs(9 * 60)), 1);
        QCOMPARE(statusOf(runner, u"tick"_s).nextDue, kT0.addSecs(10 * 60));
    }

    void addRefusesDuplicatesAndBadIntervals()
    {
        FixedClock clock(kT0);
        JobRunner runner(clock);
        const auto ok = [](const QDateTime &, QString *) { return true; };
        QVERIFY(runner.add(u"a"_s, 1, ok));
        QVERIFY(!runner.add(u"a"_s, 60, ok));
        QVERIFY(!runner.add(u"b"_s, 0, ok));
        QVERIFY(!runner.add(QString(), 60, ok));
        QVERIFY(!runner.add(u"c"_s, 60, {}));
        QCOMPARE(runner.status().size(), 1);
    }

    void aFailingJobDoesNotStopTheOthers()
    {
        FixedClock clock(kT0);
        JobRunner runner(clock);
        QStringList logged;
        QMutex logMutex;
        log::setSink([&](const QByteArray &line) {
            QMutexLocker lock(&logMutex);
            logged.append(QString::fromUtf8(line));
        });
        int fine = 0;
        QVERIFY(runner.add(u"throws"_s, 60, [](const QDateTime &, QString *) -> bool {
            throw std::runtime_error("disk on fire");
        }));
        QVERIFY(runner.add(u"throws-anything"_s, 60, [](const QDateTime &, QString *) -> bool { throw 42; }));
        QVERIFY(runner.add(u"fails"_s, 60, [](const QDateTime &, QString *error) {
            *error = u"database gone"_s;
            return false;
        }));
        QVERIFY(runner.add(u"fine"_s, 60, [&](const QDateTime &, QString *) { return ++fine > 0; }));
        QCOMPARE(runner.runDue(kT0.addSecs(60)), 4);
        QCOMPARE(fine, 1);
        QCOMPARE(statusOf(runner, u"throws"_s).failures, 1);
        QVERIFY(statusOf(runner, u"throws"_s).lastError.contains(u"disk on fire"_s));
        QCOMPARE(statusOf(runner, u"throws-anything"_s).failures, 1);
        QCOMPARE(statusOf(runner, u"fails"_s).lastError, u"database gone"_s);
        QCOMPARE(statusOf(runner, u"fine"_s).failures, 0);
        // Each failure is logged under its job's name.
        for (const QString &name : {u"throws"_s, u"throws-anything"_s, u"fails"_s}) {
            const bool found = std::any_of(logged.cbegin(), logged.cend(), [&](const QString &line) {
                return line.contains(u"job failed"_s) && line.contains(u"\"job\":\"%1\""_s.arg(name));
            });
            QVERIFY2(found, qPrintable(name));
        }
        // They are due again one interval later, like the one that succeeded.
        QCOMPARE(runner.runDue(kT0.addSecs(120)), 4);
        QCOMPARE(fine, 2);
        QCOMPARE(statusOf(runner, u"fails"_s).runs, 2);
        QCOMPARE(statusOf(runner, u"fails"_s).failures, 2);
        log::setSink({});
    }

    void aJobNeverOverlapsItself()
    {
        FixedClock clock(kT0);
        JobRunner runner(clock);
        std::binary_semaphore entered(0);
        std::binary_semaphore release(0);
        std::atomic<int> inside = 0;
        std::atomic<int> mostInside = 0;
        std::atomic<int> slowRuns = 0;
        int otherRuns = 0;
        QVERIFY(runner.add(u"slow"_s, 60, [&](const QDateTime &, QString *) {
            mostInside = std::max(mostInside.load(), ++inside);
            if (++slowRuns == 1) {
                entered.release();
                release.acquire();
            }
            --inside;
            return true;
        }));
        QVERIFY(runner.add(u"other"_s, 100, [&](const QDateTime &, QString *) { return ++otherRuns > 0; }));
        std::thread first([&] { runner.runDue(kT0.addSecs(60)); });
        entered.acquire(); // "slow" is running on the other thread
        QVERIFY(statusOf(runner, u"slow"_s).running);
        // Past its next due time (120 s) "slow" is due again, but running: only "other" runs.
        QCOMPARE(runner.runDue(kT0.addSecs(200)), 1);
        QCOMPARE(otherRuns, 1);
        QCOMPARE(slowRuns.load(), 1);
        release.release();
        first.join();
        // Once done, "slow" is still due and runs; "other" was re-armed to 300 s.
        QCOMPARE(runner.runDue(kT0.addSecs(200)), 1);
        QCOMPARE(otherRuns, 1);
        QCOMPARE(slowRuns.load(), 2);
        QCOMPARE(mostInside.load(), 1);
    }

    void theThreadFollowsTheClockAndStops()
    {
        SteppedClock clock;
        JobRunner runner(clock, std::chrono::milliseconds(5));
        std::atomic<int> runs = 0;
        QVERIFY(runner.add(u"tick"_s, 60, [&](const QDateTime &now, QString *) {
            if (now >= kT0.addSecs(60))
                ++runs;
            return true;
        }));
        runner.start();
        runner.start(); // once
        QTest::qWait(50);
        QCOMPARE(runs.load(), 0); // wall time passes, the clock does not
        clock.advanceSeconds(60);
        QTRY_COMPARE_WITH_TIMEOUT(runs.load(), 1, 5000);
        runner.stop();
        runner.stop(); // idempotent
        clock.advanceSeconds(60);
        QTest::qWait(50);
        QCOMPARE(runs.load(), 1); // stopped
        runner.start();           // and started again
        QTRY_COMPARE_WITH_TIMEOUT(runs.load(), 2, 5000);
    }

    void stopWaitsForTheRunningJob()
    {
        SteppedClock clock;
        JobRunner runner(clock, std::chrono::milliseconds(5));
        std::binary_semaphore entered(0);
        std::atomic<bool> finished = false;
        QVERIFY(runner.add(u"slow"_s, 60, [&](const QDateTime &, QString *) {
            entered.release();
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            finished = true;
            return true;
        }));
        runner.start();
        clock.advanceSeconds(60);
        QVERIFY(entered.try_acquire_for(std::chrono::seconds(5)));
        runner.stop();
        QVERIFY(finished.load());
        QVERIFY(!statusOf(runner, u"slow"_s).running);
    }

    void theServerRegistersItsJob()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        config.storage.driver = u"sqlite"_s;
        config.storage.path = dir.filePath(u"server.db"_s);
        FixedClock clock(kT0);
        Server server(config, &clock);
        QString error;
        QVERIFY2(server.store().open(&error), qPrintable(error));
        QCOMPARE(statusOf(server.jobs(), u"forget-quiet-logins"_s).intervalSeconds, 300);
        QCOMPARE(statusOf(server.jobs(), u"review-deadlines"_s).intervalSeconds, 60);
        QCOMPARE(server.jobs().runDue(kT0.addSecs(59)), 0);
        QCOMPARE(server.jobs().runDue(kT0.addSecs(60)), 1);  // the review deadlines
        QCOMPARE(server.jobs().runDue(kT0.addSecs(300)), 2); // both
        QCOMPARE(statusOf(server.jobs(), u"forget-quiet-logins"_s).failures, 0);
        QCOMPARE(statusOf(server.jobs(), u"review-deadlines"_s).failures, 0);
        QCOMPARE(statusOf(server.jobs(), u"review-deadlines"_s).runs, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerJobRunner)
#include "tst_serverjobrunner.moc"
