// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// From launch to the main window with no keychain: the client asks for a new
// passphrase (saying why), fills the demo workspace off the GUI thread and shows
// the lead list; a second launch asks for the passphrase again and refuses a wrong one.
#include "leadsof.h"
#include "mainwindow.h"
#include "passphrasedialog.h"
#include "startupcontroller.h"
#include "workspace/instancechannel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

// The visible passphrase dialog, once one shows up (null after 20 s).
PassphraseDialog *waitForDialog(const PassphraseDialog *notThis = nullptr)
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<PassphraseDialog *>(w);
            if (d && d != notThis && d->isVisible())
                return d;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

void answer(PassphraseDialog *dialog, const QString &passphrase)
{
    dialog->findChild<QLineEdit *>(u"passphrase"_s)->setText(passphrase);
    if (auto *confirm = dialog->findChild<QLineEdit *>(u"confirm"_s))
        confirm->setText(passphrase);
    dialog->accept();
}

} // namespace

class TestStartupController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sales-test-bus");
        QStandardPaths::setTestModeEnabled(true);
    }

    void firstLaunchAsksForPassphraseAndShowsDemo()
    {
        QTemporaryDir dir;
        StartupController::Options options;
        options.workspaceRoot = dir.path();
        options.demoOptions.leads = 120;
        const QString passphrase = u"青山绿水-2026-rep!"_s;
        {
            StartupController controller(options);
            QSignalSpy ready(&controller, &StartupController::ready);
            controller.start();
            PassphraseDialog *dialog = waitForDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QLineEdit *>(u"confirm"_s)); // creating: asked twice
            QVERIFY(dialog->findChild<QLabel *>(u"reason"_s)->text().contains(u"钥匙串"_s));
            // Mismatched confirmation keeps OK disabled and says so.
            dialog->findChild<QLineEdit *>(u"passphrase"_s)->setText(passphrase);
            dialog->findChild<QLineEdit *>(u"confirm"_s)->setText(u"different"_s);
            QVERIFY(!dialog->findChild<QLabel *>(u"problem"_s)->text().isEmpty());
            answer(dialog, passphrase);
            QVERIFY(ready.wait(60000));
            MainWindow *window = controller.mainWindow();
            QVERIFY(window && window->isVisible());
            QCOMPARE(test::leadsOf(*window).leadTable()->model()->rowCount(), 120);
        }
        {
            StartupController controller(options);
            QSignalSpy ready(&controller, &StartupController::ready);
            controller.start();
            PassphraseDialog *dialog = waitForDialog();
            QVERIFY(!dialog->findChild<QLineEdit *>(u"confirm"_s)); // unlocking: asked once
            QPointer<PassphraseDialog> first(dialog);
            answer(dialog, u"wrong passphrase 123"_s);
            QTRY_VERIFY(first.isNull()); // closed and deleted
            PassphraseDialog *again = waitForDialog();
            QVERIFY(again);
            QVERIFY(again->findChild<QLabel *>(u"reason"_s)->text().contains(u"口令不正确"_s));
            answer(again, passphrase);
            QVERIFY(ready.wait(60000));
            QCOMPARE(test::leadsOf(*controller.mainWindow()).leadTable()->model()->rowCount(), 120);
        }
    }

    void aSecondStartOnTheSameWorkspaceNeverOpensIt()
    {
        QTemporaryDir dir;
        StartupController::Options options;
        options.workspaceRoot = dir.path();
        options.demoOptions.leads = 20;
        StartupController first(options);
        QSignalSpy ready(&first, &StartupController::ready);
        first.start();
        PassphraseDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        answer(dialog, u"青山绿水-2026-rep!"_s);
        QVERIFY(ready.wait(60000));
        auto *channel = first.findChild<InstanceChannel *>();
        QVERIFY(channel);
        QSignalSpy activation(channel, &InstanceChannel::activationRequested);
        const QByteArray replicaBefore = [&] {
            QFile f(dir.filePath(u"replica.db"_s));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        StartupController second(options);
        QSignalSpy running(&second, &StartupController::alreadyRunning);
        QSignalSpy failed(&second, &StartupController::failed);
        second.start();
        QVERIFY(running.wait(10000));
        QCOMPARE(activation.count(), 1); // the first one was asked to come to the front
        QCOMPARE(failed.count(), 0);
        QVERIFY(!second.mainWindow());
        for (QWidget *w : QApplication::topLevelWidgets()) // it never asked for the passphrase
            QVERIFY(!(qobject_cast<PassphraseDialog *>(w) && w->isVisible()));
        QVERIFY(first.mainWindow()->isVisible());
        QFile f(dir.filePath(u"replica.db"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), replicaBefore);
    }

    // Last: it runs the application's own event loop and quits it.
    void closingThePassphraseDialogDoesNotQuit()
    {
        // In the application's own event loop: once the passphrase is given, no
        // window is visible while the key is derived and the workspace is made;
        // the application must not take that for its last window closing.
        QTemporaryDir dir;
        StartupController::Options options;
        options.workspaceRoot = dir.path();
        options.demoOptions.leads = 20;
        StartupController controller(options);
        bool shown = false;
        connect(&controller, &StartupController::ready, this, [&] {
            shown = controller.mainWindow() && controller.mainWindow()->isVisible();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<PassphraseDialog *>(w); d && d->isVisible()) {
                    poll.stop();
                    answer(d, u"青山绿水-2026-rep!"_s);
                }
            }
        });
        poll.start(20);
        QTimer::singleShot(0, &controller, &StartupController::start);
        QTimer::singleShot(60000, qApp, &QCoreApplication::quit); // a bound, if ready never comes
        QCoreApplication::exec();
        QVERIFY2(shown, "the application quit before the main window was shown");
        QVERIFY(QGuiApplication::quitOnLastWindowClosed()); // closing the main window quits again
    }
};

QTEST_MAIN(TestStartupController)
#include "tst_startupcontroller.moc"
