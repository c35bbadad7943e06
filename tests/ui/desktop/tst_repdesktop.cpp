// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The rep's path on real widgets: create a lead, hit the stage lock, file the
// evidence, advance, move back with a reason and see the backflow counted.
#include "desktopfixture.h"
#include "dialogs/contactdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/newleaddialog.h"
#include "dialogtesting.h"
#include "leads/leadactions.h"
#include "leads/leadfilterbar.h"
#include "leads/leadtablemodel.h"
#include "leads/leadview.h"
#include "leadsof.h"
#include "mainwindow.h"
#include "leads/movebackdialog.h"
#include "leads/stagebar.h"
#include "workspace/evidenceservice.h"

#include <QComboBox>
#include <QTableView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace sales;

class TestRepDesktop : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    QTemporaryDir files;

    // A window manager gives focus back to the main window when a dialog closes;
    // the offscreen platform has none, so do what it would.
    static void backToMain(MainWindow &w)
    {
        w.activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == &w);
    }

    int stageOf(MainWindow &w) { return test::leadsOf(w).leadView()->findChild<StageBar *>(u"stageBar"_s)->current(); }

    void fileEvidence(MainWindow &w, const QString &requirement, const std::function<void(EvidenceDialog *)> &fill)
    {
        test::leadsOf(w).actions()->addEvidence(test::leadsOf(w).currentLeadId(), requirement);
        auto *dialog = test::waitForWindow<EvidenceDialog>();
        QVERIFY(dialog);
        QPointer<EvidenceDialog> guard(dialog);
        fill(dialog);
        dialog->accept();
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        r = new test::TestReplica;
        test::fillAsRep(*r);
        QVERIFY(test::writePng(files.filePath(u"官网截图.png"_s)));
        QFile recording(files.filePath(u"采购部电话录音.m4a"_s));
        QVERIFY(recording.open(QIODevice::WriteOnly));
        recording.write(QByteArray(2048, '\x11'));
    }
    void cleanupTestCase() { delete r; }

    void createLeadHitLockFileEvidenceAdvanceAndMoveBack()
    {
        MainWindow w(r->db(), u"测试工作区"_s);
        QVERIFY(test::showActive(w));

        // Create a lead.
        QTest::keySequence(&w, QKeySequence::New);
        auto *create = test::waitForWindow<NewLeadDialog>();
        QVERIFY(create);
        create->findChild<QLineEdit *>(u"accountName"_s)->setText(u"杭州智联云服信息技术有限公司"_s);
        create->findChild<QComboBox *>(u"industry"_s)->setCurrentText(u"IT解决方案"_s);
        create->findChild<QLineEdit *>(u"contactName"_s)->setText(u"王建国"_s);
        create->findChild<QLineEdit *>(u"contactPhone"_s)->setText(u"138-0013-8000"_s);
        create->findChild<QComboBox *>(u"source"_s)->setCurrentText(u"官网咨询"_s);
        create->findChild<QLineEdit *>(u"amountYuan"_s)->setText(u"860000"_s);
        QPointer<NewLeadDialog> createGuard(create);
        create->accept();
        QTRY_VERIFY(createGuard.isNull() || !createGuard->isVisible());
        QTRY_COMPARE(test::leadsOf(w).leadView()->findChild<QLabel *>(u"leadTitle"_s)->text(), u"杭州智联云服信息技术有限公司"_s);
        QVERIFY(!test::labelContaining(test::leadsOf(w).leadView(), u"+86 138 0013 8000"_s).isEmpty());
        QCOMPARE(stageOf(w), 0);

        // The stage lock: advance is disabled and says what is missing; forcing it explains.
        QVERIFY(!test::leadsOf(w).leadView()->advanceButton()->isEnabled());
        QVERIFY(test::leadsOf(w).leadView()->findChild<QLabel *>(u"gateNote"_s)->text().contains(u"还缺 2 项"_s));
        QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
        auto *refusal = test::waitForWindow<QMessageBox>();
        QVERIFY(refusal);
        QVERIFY2(refusal->text().contains(u"客户官网截图"_s), qPrintable(refusal->text()));
        refusal->close();
        QCOMPARE(stageOf(w), 0);

        // File the two files, advance to 需求诊断.
        fileEvidence(w, u"website_screenshot"_s, [&](EvidenceDialog *d) {
            QVERIFY(d->setFile(files.filePath(u"官网截图.png"_s)));
            QVERIFY(d->hasFilePreview());
        });
        fileEvidence(w, u"procurement_call_recording"_s,
                     [&](EvidenceDialog *d) { QVERIFY(d->setFile(files.filePath(u"采购部电话录音.m4a"_s))); });
        QTRY_VERIFY(test::leadsOf(w).leadView()->advanceButton()->isEnabled());
        test::leadsOf(w).leadView()->advanceButton()->click();
        QTRY_COMPARE(stageOf(w), 1);

        // Three pain points and the decision maker, then 方案演示.
        QVERIFY(!test::leadsOf(w).leadView()->advanceButton()->isEnabled());
        fileEvidence(w, u"pain_points"_s, [](EvidenceDialog *d) {
            d->findChild<QPlainTextEdit *>(u"text"_s)
                ->setPlainText(u"月报要3个人手工汇总两天\n等保测评还有11项不达标\n高峰期系统响应超过5秒"_s);
        });
        fileEvidence(w, u"decision_maker"_s,
                     [](EvidenceDialog *d) { d->findChild<QLineEdit *>(u"personName"_s)->setText(u"王建国"_s); });
        QTRY_VERIFY(test::leadsOf(w).leadView()->advanceButton()->isEnabled());
        test::leadsOf(w).leadView()->advanceButton()->click();
        QTRY_COMPARE(stageOf(w), 2);
        QVERIFY(test::labelContaining(test::leadsOf(w).leadView(), u"阶段回流"_s).isEmpty());

        // Move back with a reason: counted as backflow.
        test::leadsOf(w).leadView()->moveBackButton()->click();
        auto *back = test::waitForWindow<MoveBackDialog>();
        QVERIFY(back);
        QVERIFY(!back->findChild<QPushButton *>(u"okButton"_s)->isEnabled()); // no reason, no backflow
        back->findChild<QPlainTextEdit *>(u"reason"_s)->setPlainText(u"客户预算冻结，需重新确认需求"_s);
        back->accept();
        QTRY_COMPARE(stageOf(w), 1);
        QVERIFY(test::labelContaining(test::leadsOf(w).leadView(), u"阶段回流：1 次"_s).size() > 0);

        // A second contact at the account; the lead is then found by that phone.
        const QString leadId = test::leadsOf(w).currentLeadId();
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *contact = test::waitForWindow<ContactDialog>();
        QVERIFY(contact);
        contact->findChild<QLineEdit *>(u"contactName"_s)->setText(u"陈静"_s);
        contact->findChild<QLineEdit *>(u"contactPhone"_s)->setText(u"0571 8888 6666"_s);
        QCOMPARE(contact->phoneHint(), u"将保存为 0571-8888 6666"_s);
        QPointer<ContactDialog> contactGuard(contact);
        contact->accept();
        QTRY_VERIFY(contactGuard.isNull() || !contactGuard->isVisible());
        test::leadsOf(w).filterBar()->findChild<QLineEdit *>(u"leadSearch"_s)->setText(u"88886666"_s);
        QTRY_COMPARE(test::leadsOf(w).leadTable()->model()->rowCount(), 1);
        QCOMPARE(test::leadsOf(w).leadTable()->model()->index(0, 0).data(LeadTableModel::IdRole).toString(), leadId);
    }

    void keyboardOnlyRunOfTheSamePath()
    {
        MainWindow w(r->db(), u"测试工作区"_s);
        QVERIFY(test::showActive(w));
        QTest::keySequence(&w, QKeySequence::New);
        auto *create = test::waitForWindow<NewLeadDialog>();
        QVERIFY(create);
        QTRY_COMPARE(test::focusName(), u"accountName"_s);
        test::type(u"宁波恒瑞精密机械有限公司"_s);
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // industry
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // region
        test::tab();
        test::type(u"宁波"_s);
        test::tab();
        test::type(u"李海燕"_s);
        test::tab();
        test::type(u"总经理"_s);
        test::tab();
        test::type(u"13912345678"_s);
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 决策人
        test::ctrlEnter();
        QTRY_COMPARE(test::leadsOf(w).leadView()->findChild<QLabel *>(u"leadTitle"_s)->text(), u"宁波恒瑞精密机械有限公司"_s);

        // Ctrl+Enter on a locked lead explains; Esc closes the explanation.
        backToMain(w);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        auto *refusal = test::waitForWindow<QMessageBox>();
        QVERIFY(refusal);
        QPointer<QMessageBox> refusalGuard(refusal);
        QTest::keyClick(refusal, Qt::Key_Escape);
        QTRY_VERIFY(refusalGuard.isNull() || !refusalGuard->isVisible());

        // Files come from the system file dialog, which a test cannot drive: file them directly.
        const QString leadId = test::leadsOf(w).currentLeadId();
        QFile png(files.filePath(u"官网截图.png"_s));
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(test::leadsOf(w).actions()->evidence().addFileEvidence(leadId, u"website_screenshot"_s, u"官网截图.png"_s, png.readAll(), u"image/png"_s).ok);
        QVERIFY(test::leadsOf(w).actions()->evidence().addFileEvidence(leadId, u"procurement_call_recording"_s, u"录音.m4a"_s, QByteArray(4096, '\x22'), u"audio/mp4"_s).ok);
        backToMain(w);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QTRY_VERIFY(test::leadsOf(w).leadView()->advanceButton()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stageOf(w), 1);

        // Ctrl+E goes to the checklist; Enter opens the first item (pain points).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(test::focusName(), u"missingList"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *pains = test::waitForWindow<EvidenceDialog>();
        QVERIFY(pains);
        QPointer<EvidenceDialog> painsGuard(pains);
        QTRY_COMPARE(test::focusName(), u"text"_s);
        test::type(u"车间OEE算不出来\n备件采购周期8周\n质检漏检率约3%"_s);
        test::ctrlEnter();
        QTRY_VERIFY(painsGuard.isNull() || !painsGuard->isVisible());

        backToMain(w);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *role = test::waitForWindow<EvidenceDialog>();
        QVERIFY(role);
        QPointer<EvidenceDialog> roleGuard(role);
        QTRY_COMPARE(test::focusName(), u"personName"_s);
        test::type(u"李海燕"_s);
        test::ctrlEnter();
        QTRY_VERIFY(roleGuard.isNull() || !roleGuard->isVisible());

        QTRY_VERIFY(test::leadsOf(w).leadView()->advanceButton()->isEnabled());
        backToMain(w);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stageOf(w), 2);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
        auto *back = test::waitForWindow<MoveBackDialog>();
        QVERIFY(back);
        QTRY_COMPARE(test::focusName(), u"stage"_s);
        test::tab();
        test::type(u"决策人出差，方案会推迟"_s);
        test::ctrlEnter();
        QTRY_COMPARE(stageOf(w), 1);
        QVERIFY(test::labelContaining(test::leadsOf(w).leadView(), u"阶段回流：1 次"_s).size() > 0);
    }
};

QTEST_MAIN(TestRepDesktop)
#include "tst_repdesktop.moc"
