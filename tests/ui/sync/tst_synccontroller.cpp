// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncScheduler's timing (after-edit delay, one run at a time, backoff), and
// SyncController's signals around the signed-in user against the real
// sales-server: userChanged when a sync brings the user's row, signedOut.
#include "storage/localstate.h"
#include "sync/synccontroller.h"
#include "sync/syncscheduler.h"
#include "syncfixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncController : public QObject
{
    Q_OBJECT
    test::ServerProcess m_server;
    test::Org m_org;

    static qint64 secondsUntil(const QDateTime &when)
    {
        return (QDateTime::currentDateTime().msecsTo(when) + 500) / 1000;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void nothingIsDueWhileDisabled()
    {
        SyncScheduler scheduler;
        QSignalSpy due(&scheduler, &SyncScheduler::due);
        scheduler.soon();
        QVERIFY(!due.wait(100));
        scheduler.setEnabled(true);
        scheduler.soon();
        QVERIFY(due.wait(1000));
        scheduler.afterEdit();
        scheduler.setEnabled(false); // signed out meanwhile
        QVERIFY(!due.wait(3500));
        QCOMPARE(due.size(), 1);
    }

    void anEditWaitsAndSoonDoesNot()
    {
        SyncScheduler scheduler;
        scheduler.setIntervals(60000, 300);
        scheduler.setEnabled(true);
        QSignalSpy due(&scheduler, &SyncScheduler::due);
        QElapsedTimer clock;
        clock.start();
        scheduler.afterEdit();
        QVERIFY(due.wait(2000));
        QVERIFY(clock.elapsed() >= 250);
        scheduler.afterEdit();
        scheduler.soon(); // the sooner wins
        clock.restart();
        QVERIFY(due.wait(2000));
        QVERIFY(clock.elapsed() < 250);
    }

    void aRunAskedForMeanwhileFollowsOnceOnly()
    {
        SyncScheduler scheduler;
        scheduler.setIntervals(60000, 60000);
        scheduler.setEnabled(true);
        QSignalSpy due(&scheduler, &SyncScheduler::due);
        QVERIFY(scheduler.begin());
        QVERIFY(!scheduler.begin()); // asked for while running
        scheduler.succeeded();
        QVERIFY(due.wait(1000)); // ...so it follows at once
        QVERIFY(scheduler.begin());
        scheduler.succeeded();
        QVERIFY(!due.wait(300)); // and then the idle interval again
        QVERIFY(!scheduler.isRunning());
    }

    void failuresBackOffDoublingToFiveMinutes()
    {
        SyncScheduler scheduler;
        scheduler.setEnabled(true);
        QList<qint64> waits;
        for (int i = 0; i < 8; ++i) {
            QVERIFY(scheduler.begin());
            waits << secondsUntil(scheduler.retry());
        }
        QCOMPARE(waits, QList<qint64>({5, 10, 20, 40, 80, 160, 300, 300}));
        scheduler.resetBackoff();
        QVERIFY(scheduler.begin());
        QCOMPARE(secondsUntil(scheduler.retry()), 5);
        QVERIFY(scheduler.begin());
        scheduler.halted(); // waits for the user: nothing more is due
        QVERIFY(!scheduler.isRunning());
    }

    void theUsersRowArrivingIsAChangeAndSignOutSaysSo()
    {
        QString error;
        test::Device sue(m_server, u"sue"_s, u"sue-phone"_s, &error);
        QVERIFY2(sue.ok(), qPrintable(error));

        // Sue's desktop, signed in already (its token inside the replica), before its first sync.
        test::TestReplica replica;
        const SyncProfile profile{m_server.url(), m_server.fingerprint(), u"sue"_s, sue.uid(), {}};
        QVERIFY(profile.save(replica.db()));
        QVERIFY(LocalState(replica.db()).setValue("sync.token", QString::fromLatin1(sue.loginResult().token)));
        SyncController sync(replica.db(), replica.config, u"ws-sue"_s, false, nullptr);
        sync.setIntervals(600000, 100);
        QSignalSpy userChanged(&sync, &SyncController::userChanged);
        QSignalSpy signedOut(&sync, &SyncController::signedOut);
        sync.start();
        QVERIFY(sync.isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().state == SyncStatus::State::Idle && sync.status().lastSync.isValid(),
                                 20000);
        QCOMPARE(userChanged.size(), 1); // her row (role, team) arrived with the first sync

        sync.syncNow(); // nothing new about her
        QCOMPARE(sync.status().state, SyncStatus::State::Syncing);
        QTRY_COMPARE_WITH_TIMEOUT(sync.status().state, SyncStatus::State::Idle, 20000);
        QCOMPARE(userChanged.size(), 1);

        sync.signOut();
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!sync.isSignedIn());
        QCOMPARE(sync.status().state, SyncStatus::State::SignedOut);
        QVERIFY(LocalState(replica.db()).value("sync.token").isEmpty());
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
