// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One running client per workspace: the lock beside the replica refuses a
// second holder and names it, a lock left by a killed process is taken over,
// and a later start reaches the holder over the instance channel.
#include "workspace/instancechannel.h"
#include "workspace/workspacelock.h"

#include <QHostInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace sales;

class TestWorkspaceLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondHolderIsRefusedAndTold()
    {
        QTemporaryDir dir;
        WorkspaceLock first(dir.path());
        QCOMPARE(first.tryLock(), WorkspaceLock::Result::Locked);
        QVERIFY(QFile::exists(dir.filePath(u"replica.lock"_s)));
        {
            WorkspaceLock second(dir.path());
            QCOMPARE(second.tryLock(), WorkspaceLock::Result::HeldElsewhere);
            QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
            QCOMPARE(second.holderHost(), QHostInfo::localHostName());
            QVERIFY2(second.errorText().contains(QString::number(QCoreApplication::applicationPid())),
                     qPrintable(second.errorText()));
            QVERIFY(!second.isLocked());
        }
        QVERIFY(first.isLocked()); // the refused one did not touch it
        QVERIFY(QFile::exists(dir.filePath(u"replica.lock"_s)));
    }

    void releasedOnDestruction()
    {
        QTemporaryDir dir;
        {
            WorkspaceLock lock(dir.path());
            QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Locked);
        }
        QVERIFY(!QFile::exists(dir.filePath(u"replica.lock"_s)));
        WorkspaceLock again(dir.path());
        QCOMPARE(again.tryLock(), WorkspaceLock::Result::Locked);
    }

    void aLockOfAKilledProcessIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess holder;
        holder.start(QStringLiteral(LOCK_HOLDER_BIN), {dir.path()});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAll().trimmed(), QByteArray("locked"));

        WorkspaceLock lock(dir.path());
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::HeldElsewhere); // alive: refused
        QCOMPARE(lock.holderPid(), holder.processId());

        ::kill(pid_t(holder.processId()), SIGKILL); // no chance to remove its lock file
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(dir.filePath(u"replica.lock"_s)));
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Locked);
    }

    void anUnwritablePlaceFailsWithAMessage()
    {
        WorkspaceLock lock(u"/proc/sales-no-such-dir"_s);
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Failed);
        QVERIFY(!lock.errorText().isEmpty());
    }

    void aLaterStartReachesTheHolder()
    {
        QTemporaryDir dir;
        const QString name = WorkspaceLock::channelName(dir.path());
        QCOMPARE(WorkspaceLock::channelName(dir.path() + u"/"_s), name); // the same folder, however written
        QVERIFY(WorkspaceLock::channelName(dir.path() + u"x"_s) != name);
        InstanceChannel holder;
        QVERIFY(holder.listen(name));
        QSignalSpy activation(&holder, &InstanceChannel::activationRequested);
        std::optional<bool> answered;
        QObject context;
        InstanceChannel::askToActivate(name, 5000, &context, [&](bool ok) { answered = ok; });
        QTRY_VERIFY(answered.has_value());
        QVERIFY(*answered);
        QCOMPARE(activation.count(), 1);
    }

    void nobodyListeningIsNoAnswer()
    {
        QTemporaryDir dir;
        std::optional<bool> answered;
        QObject context;
        InstanceChannel::askToActivate(WorkspaceLock::channelName(dir.path()), 5000, &context,
                                       [&](bool ok) { answered = ok; });
        QTRY_VERIFY(answered.has_value());
        QVERIFY(!*answered);
    }

    void aPeerSpeakingNonsenseActivatesNothing()
    {
        QTemporaryDir dir;
        const QString name = WorkspaceLock::channelName(dir.path());
        InstanceChannel holder;
        QVERIFY(holder.listen(name));
        QSignalSpy activation(&holder, &InstanceChannel::activationRequested);
        QLocalSocket peer;
        peer.connectToServer(name);
        QVERIFY(peer.waitForConnected(5000));
        peer.write(QByteArray(200, 'x') + "\nactivate\n");
        QTRY_COMPARE(peer.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(activation.count(), 0);
    }

    void aContextGoneBeforeTheAnswerIsNeverCalled()
    {
        QTemporaryDir dir;
        const QString name = WorkspaceLock::channelName(dir.path());
        InstanceChannel holder;
        QVERIFY(holder.listen(name));
        bool called = false;
        auto *context = new QObject;
        InstanceChannel::askToActivate(name, 5000, context, [&](bool) { called = true; });
        delete context;
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLock)
#include "tst_workspacelock.moc"
