// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offguithread.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <atomic>

class TestOffGuiThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheGuiThreadAndDeliversOnIt()
    {
        QObject context;
        QThread *ranOn = nullptr;
        QThread *deliveredOn = nullptr;
        int got = 0;
        sales::runOffGuiThread(
            &context, [&] { ranOn = QThread::currentThread(); return 42; },
            [&](int value) { got = value; deliveredOn = QThread::currentThread(); });
        QTRY_COMPARE(got, 42);
        QVERIFY(ranOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void voidWorkIsDeliveredToo()
    {
        QObject context;
        std::atomic<bool> ran = false;
        bool delivered = false;
        sales::runOffGuiThread(&context, [&] { ran = true; }, [&] { delivered = ran; });
        QTRY_VERIFY(delivered);
    }

    void destroyedContextIsNeverCalled()
    {
        auto *doomed = new QObject;
        QSemaphore started;
        QSemaphore open;
        std::atomic<bool> finished = false;
        int called = 0;
        sales::runOffGuiThread(
            doomed,
            [&] {
                started.release();
                open.tryAcquire(1, 10000);
                finished = true;
                return 1;
            },
            [&, doomed](int) {
                ++called;
                doomed->setObjectName(QStringLiteral("touched")); // would use freed memory
            });
        QVERIFY(started.tryAcquire(1, 10000));
        delete doomed;
        open.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QVERIFY(finished); // the work ran to its end
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(called, 0);
    }
};

QTEST_GUILESS_MAIN(TestOffGuiThread)
#include "tst_offguithread.moc"
