// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../dialogs/dialogtesting.h"
#include "sync/conflictdialog.h"
#include "sync/conflictstore.h"
#include "sync/fingerprintdialog.h"
#include "sync/logindialog.h"
#include "sync/syncstatuswidget.h"
#include "testreplica.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncUi : public QObject
{
    Q_OBJECT

    static QString text(const QWidget &w, const QString &name)
    {
        if (const auto *line = w.findChild<QLineEdit *>(name))
            return line->text();
        return w.findChild<QPlainTextEdit *>(name)->toPlainText();
    }
    static void alt(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier); }
    static QByteArray digest(const char *seed) { return QCryptographicHash::hash(seed, QCryptographicHash::Sha256); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); }

    void serverAddressMustBeHttpsWithAHost()
    {
        QUrl url;
        QVERIFY(LoginDialog::checkServerAddress(u" https://sales.example.com:8443/ "_s, &url).isEmpty());
        QCOMPARE(url, QUrl(u"https://sales.example.com:8443"_s));
        for (const QString &bad : {u""_s, u"sales.example.com:8443"_s, u"http://sales.example.com"_s,
                                   u"https://:8443"_s, u"https://sales.example.com/api"_s, u"https://h:99999"_s})
            QVERIFY2(!LoginDialog::checkServerAddress(bad).isEmpty(), qPrintable(bad));
    }

    void loginChecksInPlaceAndKeepsEverythingTyped()
    {
        LoginDialog d;
        QSignalSpy requested(&d, &LoginDialog::loginRequested);
        QVERIFY(test::showActive(d));
        QCOMPARE(test::focusName(), u"server"_s);
        QCOMPARE(d.findChild<QLineEdit *>(u"password"_s)->echoMode(), QLineEdit::Password);
        QVERIFY(!text(d, u"deviceName"_s).isEmpty()); // the host name
        QCOMPARE(test::tabChain(5), QStringList({u"userName"_s, u"password"_s, u"deviceName"_s, u"okButton"_s,
                                                 u"cancelButton"_s}));
        d.findChild<QLineEdit *>(u"server"_s)->setFocus();
        test::type(u"http://sales.example.com:8443"_s);
        test::tab();
        test::type(u"zhangsan"_s);
        test::tab();
        test::type(u"s3cret!"_s);
        test::ctrlEnter();
        QCOMPARE(requested.count(), 0);
        QVERIFY(test::labelText(d, u"serverError"_s).contains(u"https://"_s));
        QCOMPARE(test::focusName(), u"server"_s);
        QCOMPARE(text(d, u"userName"_s), u"zhangsan"_s);
        QCOMPARE(text(d, u"password"_s), u"s3cret!"_s);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        for (int i = 0; i < 4; ++i) // "http" → "https"
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        test::type(u"https"_s);
        test::ctrlEnter();
        QCOMPARE(requested.count(), 1);
        const auto sent = requested.at(0).at(0).value<LoginValues>();
        QCOMPARE(sent.server, QUrl(u"https://sales.example.com:8443"_s));
        QCOMPARE(sent.userName, u"zhangsan"_s);
        QCOMPARE(sent.password, u"s3cret!"_s);
        QVERIFY(test::labelText(d, u"serverError"_s).isEmpty());

        d.setBusy(true);
        QVERIFY(!d.findChild<QLineEdit *>(u"password"_s)->isEnabled());
        QVERIFY(!d.findChild<QPushButton *>(u"okButton"_s)->isEnabled());
        d.accept();
        QCOMPARE(requested.count(), 1); // no second attempt while one runs
        d.showError(u"用户名或密码不对"_s);
        QVERIFY(!d.isBusy());
        QCOMPARE(test::labelText(d, u"problem"_s), u"用户名或密码不对"_s);
        QCOMPARE(test::focusName(), u"password"_s);
        QVERIFY(d.findChild<QLineEdit *>(u"server"_s)->isEnabled());
        QCOMPARE(text(d, u"server"_s), u"https://sales.example.com:8443"_s);
        QCOMPARE(text(d, u"password"_s), u"s3cret!"_s);
        QVERIFY(d.isVisible());
        d.loginSucceeded();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void reloginStartsAtThePassword()
    {
        LoginDialog d;
        d.prefill(u"https://sales.example.com:8443"_s, u"zhangsan"_s);
        QVERIFY(test::showActive(d));
        QCOMPARE(test::focusName(), u"password"_s);
        QSignalSpy requested(&d, &LoginDialog::loginRequested);
        test::ctrlEnter(); // no password yet
        QCOMPARE(requested.count(), 0);
        QVERIFY(!test::labelText(d, u"passwordError"_s).isEmpty());
        test::type(u"pw"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
    }

    void firstFingerprintDefaultsToCancel()
    {
        QCOMPARE(FingerprintDialog::formatFingerprint(QByteArray::fromHex("ab0c1f")), u"AB:0C:1F"_s);
        const QByteArray fp = digest("server-cert");
        FingerprintDialog d(u"sales.example.com:8443"_s, fp);
        QVERIFY(test::showActive(d));
        QString shown = test::labelText(d, u"fingerprint"_s);
        shown.replace(u'\n', u':');
        QCOMPARE(shown, FingerprintDialog::formatFingerprint(fp));
        QVERIFY(QRegularExpression(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s).match(shown).hasMatch());
        QVERIFY(test::labelText(d, u"explanation"_s).contains(u"sales-server init"_s));
        QVERIFY(d.cancelButton()->isDefault());
        QVERIFY(!d.trustButton()->isDefault());
        QCOMPARE(d.trustButton()->text(), u"信任此服务器(&T)"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(d.result(), int(QDialog::Rejected));

        FingerprintDialog trusting(u"sales.example.com:8443"_s, fp);
        QVERIFY(test::showActive(trusting));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(test::focusName(), u"trustButton"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(trusting.result(), int(QDialog::Accepted));
        QCOMPARE(trusting.fingerprint(), fp);
    }

    void changedFingerprintNeedsTheCheckbox()
    {
        const QByteArray pinned = digest("old-cert");
        const QByteArray fresh = digest("new-cert");
        FingerprintDialog d(u"sales.example.com:8443"_s, fresh, pinned);
        QVERIFY(test::showActive(d));
        QVERIFY(d.isChanged());
        QVERIFY(!test::labelText(d, u"warning"_s).isEmpty());
        QCOMPARE(test::labelText(d, u"pinnedFingerprint"_s).replace(u'\n', u':'),
                 FingerprintDialog::formatFingerprint(pinned));
        QCOMPARE(test::labelText(d, u"fingerprint"_s).replace(u'\n', u':'),
                 FingerprintDialog::formatFingerprint(fresh));
        QVERIFY(d.trustButton()->isHidden());
        QVERIFY(!d.trustButton()->isEnabled());
        QVERIFY(d.cancelButton()->isDefault());
        alt(Qt::Key_T); // the trust mnemonic does nothing yet
        QTest::qWait(300);
        QVERIFY(d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));

        alt(Qt::Key_V);
        QTRY_VERIFY(d.findChild<QCheckBox *>(u"confirmChange"_s)->isChecked());
        QVERIFY(!d.trustButton()->isHidden());
        QVERIFY(d.trustButton()->isEnabled());
        QVERIFY(d.cancelButton()->isDefault());
        alt(Qt::Key_T);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    }

    void conflictDialogResolvesByKeyboard()
    {
        test::TestReplica replica;
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QSqlQuery q(replica.db());
        QVERIFY(q.exec(u"INSERT INTO pipeline_template (id, name, definition, updated_at) VALUES ('T', 'x', '{}', 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO account (id, name, created_at, updated_at) VALUES ('A1', '恒达', 1, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO lead (id, account_id, title, template_id, stage_key, stage_entered_at, "
                       u"amount_yuan, industry, created_at, rev, updated_at) "
                       u"VALUES ('L1', 'A1', '服务器的标题', 'T', 'discover', 1, 600000, '汽车零部件', 1, 4, 1)"_s));
        ConflictStore store(replica.db(), clock);
        const auto add = [&store](ConflictRecord::Kind kind, const QString &row, const QString &field,
                                  const QJsonValue &mine, const QJsonValue &server, const QJsonValue &base) {
            ConflictRecord r{0, kind, u"lead"_s, row, field, mine, server, base, {}, {}, {}};
            if (kind == ConflictRecord::Kind::Rejected) {
                r.code = u"over_limit"_s;
                r.message = u"金额超出你的审批权限"_s;
            }
            QVERIFY(store.add(r));
        };
        add(ConflictRecord::Kind::Conflict, u"L1"_s, u"title"_s, u"我的标题"_s, u"服务器的标题"_s, u"原来的标题"_s);
        add(ConflictRecord::Kind::Rejected, u"L1"_s, u"amount_yuan"_s, 900000, 600000, 500000);
        add(ConflictRecord::Kind::Conflict, u"L1"_s, u"industry"_s, u"工业设备"_s, u"汽车零部件"_s, QJsonValue());
        add(ConflictRecord::Kind::LostAccess, u"L9"_s, u"*"_s,
            QJsonObject{{u"title"_s, u"转走的商机"_s}, {u"amount_yuan"_s, 5}}, QJsonValue(QJsonValue::Undefined),
            QJsonValue(QJsonValue::Undefined));
        const auto leadValue = [&replica](const QString &column) {
            QSqlQuery read(replica.db());
            return read.exec(u"SELECT %1 FROM lead WHERE id = 'L1'"_s.arg(column)) && read.next() ? read.value(0)
                                                                                               : QVariant();
        };

        ConflictDialog d(store);
        QSignalSpy resolved(&d, &ConflictDialog::resolved);
        QVERIFY(test::showActive(d));
        auto *list = d.findChild<QTreeWidget *>(u"conflicts"_s);
        QCOMPARE(test::focusName(), u"conflicts"_s);
        QCOMPARE(d.count(), 4);
        QCOMPARE(list->topLevelItem(0)->text(0), u"服务器的标题"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), u"商机名称"_s);
        QCOMPARE(list->topLevelItem(3)->text(0), u"转走的商机"_s);
        QCOMPARE(text(d, u"mine"_s), u"我的标题"_s);
        QCOMPARE(text(d, u"server"_s), u"服务器的标题"_s);
        QCOMPARE(text(d, u"base"_s), u"原来的标题"_s);
        QCOMPARE(text(d, u"merge"_s), u"我的标题"_s);
        QCOMPARE(test::tabChain(8), QStringList({u"mine"_s, u"server"_s, u"base"_s, u"merge"_s, u"keepMine"_s,
                                                 u"keepServer"_s, u"useMerge"_s, u"closeButton"_s}));

        alt(Qt::Key_M); // 保留我的 (a mnemonic clicks after a short animation)
        QTRY_COMPARE(leadValue(u"title"_s).toString(), u"我的标题"_s);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(d.count(), 3);
        QCOMPARE(test::focusName(), u"conflicts"_s);
        QVERIFY(test::labelText(d, u"reason"_s).contains(u"金额超出你的审批权限"_s));
        QVERIFY(test::labelText(d, u"reason"_s).contains(u"over_limit"_s));

        alt(Qt::Key_E); // to the merge box, which holds mine
        QCOMPARE(test::focusName(), u"merge"_s);
        QCOMPARE(text(d, u"merge"_s), u"900000"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        test::type(u"abc"_s);
        test::ctrlEnter();
        QVERIFY(!d.problemText().isEmpty());
        QCOMPARE(d.count(), 3);
        QCOMPARE(text(d, u"merge"_s), u"abc"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        test::type(u"480000"_s);
        test::ctrlEnter();
        QCOMPARE(leadValue(u"amount_yuan"_s).toLongLong(), 480000);
        QCOMPARE(resolved.count(), 2);
        QCOMPARE(list->currentItem()->text(1), u"行业"_s);

        alt(Qt::Key_S); // 保留服务器的
        QTRY_COMPARE(d.count(), 1);
        QCOMPARE(leadValue(u"industry"_s).toString(), u"汽车零部件"_s);

        // Lost access: only 知道了, and what was typed stays readable.
        QVERIFY(d.findChild<QPushButton *>(u"keepMine"_s)->isHidden());
        QVERIFY(d.findChild<QPushButton *>(u"useMerge"_s)->isHidden());
        QVERIFY(!d.findChild<QPushButton *>(u"acknowledge"_s)->isHidden());
        QVERIFY(text(d, u"mine"_s).contains(u"商机名称：转走的商机"_s));
        test::ctrlEnter();
        QCOMPARE(d.count(), 0);
        QCOMPARE(store.openCount(), 0);
        QCOMPARE(resolved.count(), 4);
        QCOMPARE(test::focusName(), u"closeButton"_s);
    }

    void statusWidgetSaysWhereSyncIs()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(17, 30));
        FixedClock clock(now);
        SyncStatusWidget w(nullptr, clock);
        QSignalSpy requested(&w, &SyncStatusWidget::conflictsRequested);
        QVERIFY(test::showActive(w));
        QCOMPARE(w.text(), u"未登录服务器"_s);

        SyncStatus s;
        s.state = SyncStatus::State::Syncing;
        w.setStatus(s);
        QCOMPARE(w.text(), u"同步中…"_s);
        // A long pull says how much has arrived and, when the server tells, how far it is.
        s.rowsReceived = 12345;
        w.setStatus(s);
        QVERIFY2(w.text().startsWith(u"同步中… 已接收 "_s) && !w.text().contains(u'%'), qPrintable(w.text()));
        QVERIFY2(w.text().remove(u',').contains(u"12345 行"_s), qPrintable(w.text()));
        s.percent = 35;
        w.setStatus(s);
        QVERIFY2(w.text().endsWith(u"行（35%）"_s), qPrintable(w.text()));
        s.rowsReceived = 0;
        s.percent = -1;
        s.state = SyncStatus::State::Idle;
        s.lastSync = QDateTime(QDate(2026, 11, 23), QTime(17, 25));
        w.setStatus(s);
        QCOMPARE(w.text(), u"已同步 17:25"_s);
        s.lastSync = QDateTime(QDate(2026, 11, 20), QTime(9, 5));
        s.opsWaiting = 3;
        s.openConflicts = 2;
        w.setStatus(s);
        QCOMPARE(w.text(), u"已同步 11月20日 09:05 · 待上传 3 · 冲突 2"_s);

        auto *conflicts = w.findChild<QPushButton *>(u"syncConflicts"_s);
        QVERIFY(conflicts->isVisible());
        QVERIFY(conflicts->styleSheet().contains(u"background"_s));
        QTest::mouseClick(conflicts, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        conflicts->setFocus();
        QTest::keyClick(conflicts, Qt::Key_Return);
        QCOMPARE(requested.count(), 2);

        s.state = SyncStatus::State::Offline;
        s.openConflicts = 0;
        s.nextRetry = now.addSecs(30);
        w.setStatus(s);
        QCOMPARE(w.text(), u"离线，30 秒后重试 · 待上传 3"_s);
        QVERIFY(conflicts->isHidden());
        clock.advanceSeconds(10);
        QTRY_COMPARE(w.text(), u"离线，20 秒后重试 · 待上传 3"_s);

        s.state = SyncStatus::State::Error;
        s.opsWaiting = 0;
        s.lastError = u"服务器拒绝了登录凭据：这台设备已被管理员吊销。请重新登录，"
                      u"或联系管理员确认设备状态后再试一次。如果多次失败，请把本机日志发给管理员。"_s;
        w.setStatus(s);
        auto *state = w.findChild<QLabel *>(u"syncState"_s);
        QVERIFY(state->text().endsWith(u'…'));
        QVERIFY(state->text().size() < s.lastError.size());
        QCOMPARE(state->toolTip(), s.lastError);
        QVERIFY(state->styleSheet().contains(u"#c62828"_s));
    }

    void statusWidgetSaysWhenTheServerIsOlderAndWhichFileWaits()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(17, 30)));
        SyncStatusWidget w(nullptr, clock);
        QVERIFY(test::showActive(w));
        const QString resync = u"服务器的数据比本机旧（可能从备份恢复），正在重新完整同步；未上传的修改会保留"_s;
        SyncStatus s;
        s.state = SyncStatus::State::Syncing;
        s.fullResync = true;
        w.setStatus(s);
        QCOMPARE(w.text(), resync);
        s.rowsReceived = 1200;
        s.percent = 35;
        s.opsWaiting = 2;
        w.setStatus(s);
        QCOMPARE(w.text().remove(u','), resync + u"（已接收 1200 行，35%） · 待上传 2"_s);

        // A file the server refused names itself; the edits behind it count as waiting.
        const QString held = u"文件「通话录音.m4a」(21.0 MB) 超过服务器允许的 20 MB，相关修改暂未上传"_s;
        s = SyncStatus();
        s.state = SyncStatus::State::Idle;
        s.lastSync = QDateTime(QDate(2026, 11, 23), QTime(17, 25));
        s.opsWaiting = 1;
        s.heldFiles = {held};
        w.setStatus(s);
        QCOMPARE(w.text(), u"已同步 17:25 · 待上传 1 · "_s + held);
        auto *label = w.findChild<QLabel *>(u"syncHeld"_s);
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->toolTip(), held);
        s.heldFiles << u"文件「现场照片.jpg」(1.5 MB) 在本机的内容与它的校验值不符（可能已损坏），服务器拒收，相关修改暂未上传"_s;
        w.setStatus(s);
        QCOMPARE(label->text(), held + u"（另有 1 个文件）"_s);
        QCOMPARE(label->toolTip(), s.heldFiles.join(u'\n'));
        s.heldFiles.clear();
        w.setStatus(s);
        QVERIFY(label->isHidden());
        QCOMPARE(w.text(), u"已同步 17:25 · 待上传 1"_s);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
