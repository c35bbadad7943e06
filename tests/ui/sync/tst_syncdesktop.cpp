// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop against the real sales-server process: a supervisor signs in from
// the main window (the certificate's fingerprint is shown and trusted, the login
// dialog is filled with the keyboard), the team's lead arrives in the list, the
// status bar says when it synced; an edit that collides with a rep's shows as a
// conflict in the status bar and is resolved in the conflict dialog.
// SALES_SCREENSHOT_DIR=DIR saves what the user sees at each step.
#include "leads/leadtablemodel.h"
#include "leadsof.h"
#include "mainwindow.h"
#include "sync/conflictdialog.h"
#include "sync/fingerprintdialog.h"
#include "sync/logindialog.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "syncfixture.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {
void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("SALES_SCREENSHOT_DIR");
    if (!dir.isEmpty() && w)
        w->grab().save(dir + u'/' + QString::fromLatin1(name) + u".png"_s);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

template <typename T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}
} // namespace

class TestSyncDesktop : public QObject
{
    Q_OBJECT
    test::ServerProcess m_server;
    test::Org m_org;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void signInSyncAndResolveAConflict()
    {
        QString error;
        test::Device ann(m_server, u"ann"_s, u"ann-laptop"_s, &error);
        QVERIFY2(ann.ok(), qPrintable(error));
        QVERIFY(ann.sync().ok);
        const QString lead = ann.createLead(u"恒通机械"_s);
        QVERIFY(!lead.isEmpty());
        QVERIFY2(ann.sync().ok, "ann's first push");

        // Sue's desktop on an empty workspace; the token stays inside the replica.
        test::TestReplica replica;
        MainWindow window(replica.db(), u"sue"_s);
        SyncController sync(replica.db(), replica.config, u"ws-sue"_s, false, nullptr);
        sync.setIntervals(600000, 100);
        window.attachSync(&sync);
        sync.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.syncStatus()->text().contains(u"未登录"_s));

        sync.signIn(&window, m_server.url());
        auto *login = window.findChild<LoginDialog *>();
        QVERIFY(login);
        QTRY_VERIFY(login->isVisible());
        const QList<QLineEdit *> edits = login->findChildren<QLineEdit *>();
        QVERIFY(edits.size() >= 3);
        QCOMPARE(edits.at(0)->text(), m_server.url());
        QApplication::setActiveWindow(login); // what the window manager does for a new dialog
        QVERIFY(QTest::qWaitForWindowActive(login));
        QVERIFY(edits.at(1)->text().isEmpty());
        edits.at(1)->setFocus();
        QTest::keyClicks(edits.at(1), u"sue"_s);
        QTest::keyClick(edits.at(1), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), edits.at(2)); // the password is next in the tab order
        QTest::keyClicks(edits.at(2), QString::fromLatin1(test::kPassword));
        shoot(login, "sync-login");

        // The first connection shows the fingerprint init printed; trusting it is a click.
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *fp = visibleTopLevel<FingerprintDialog>()) {
                shown = FingerprintDialog::formatFingerprint(fp->fingerprint());
                QVERIFY(fp->cancelButton()->isDefault()); // Enter would not trust it
                shoot(fp, "sync-fingerprint");
                fp->trustButton()->click();
            }
        });
        poll.start(50);
        QTest::keyClick(edits.at(2), Qt::Key_Return);
        QPointer<LoginDialog> guard(login);
        QTRY_VERIFY2_WITH_TIMEOUT(sync.isSignedIn(), guard ? qPrintable(guard->errorText()) : "dialog gone", 20000);
        QCOMPARE(shown, m_server.fingerprint());
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().state == SyncStatus::State::Idle && sync.status().lastSync.isValid(),
                                 20000);

        // Ann's lead is in sue's list; the status bar says it synced.
        auto *model = qobject_cast<LeadTableModel *>(test::leadsOf(window).leadTable()->model());
        QVERIFY(model);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QVERIFY(window.syncStatus()->text().contains(u"已同步"_s));
        shoot(&window, "sync-main-window");

        // Both change the title: ann syncs first, sue's edit becomes a conflict.
        QVERIFY(ann.writer().save(u"lead"_s, lead, {{u"title"_s, u"恒通机械 二期"_s}}));
        QVERIFY(ann.sync().ok);
        QVERIFY(TrackedWriter(replica.db(), systemClock()).save(u"lead"_s, lead, {{u"title"_s, u"恒通机械 扩产"_s}}));
        window.findChild<QAction *>(u"syncNowAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.syncStatus()->text().contains(u"冲突 1"_s), 20000);
        QTRY_COMPARE(scalar(replica.db(), u"SELECT title FROM lead WHERE id = ?"_s, {lead}).toString(),
                     u"恒通机械 二期"_s); // the server's value is shown...
        shoot(&window, "sync-conflict-status");

        window.findChild<QAction *>(u"conflictsAction"_s)->trigger();
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConflictDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->count(), 1);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        shoot(dialog, "sync-conflict-dialog");
        QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier); // 保留我的
        QTRY_COMPARE(dialog->count(), 0);
        dialog->close();
        // ...and keeping mine makes it a new edit that wins on the next sync.
        window.findChild<QAction *>(u"syncNowAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncStatus()->text().contains(u"冲突"_s)
                                     && sync.status().opsWaiting == 0 && sync.status().state == SyncStatus::State::Idle,
                                 20000);
        QVERIFY(ann.sync().ok);
        QCOMPARE(ann.field(u"lead"_s, lead, u"title"_s).toString(), u"恒通机械 扩产"_s);

        // Sign-out forgets the token: no more syncing.
        window.findChild<QAction *>(u"signOutAction"_s)->trigger();
        QVERIFY(!sync.isSignedIn());
        QVERIFY(window.syncStatus()->text().contains(u"未登录"_s));
        QVERIFY(scalar(replica.db(), u"SELECT value FROM local_state WHERE key = 'sync.token'"_s, {})
                    .toString()
                    .isEmpty());
    }
};

QTEST_MAIN(TestSyncDesktop)
#include "tst_syncdesktop.moc"
