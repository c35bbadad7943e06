// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14.2 on real widgets over a real demo replica: a supervisor's queue,
// nearest deadline first; the case of the next item is read before it is shown;
// J / K move, Ctrl+Shift+R first asks for the reason (prefilled from the unticked
// checklist) and writes nothing, then rejects; Ctrl+Enter approves what was ticked
// and asks before approving unticked items; the next item opens by itself. A rep
// is told what the queue is for; a manager sees only what was escalated.
#include "demo/demogenerator.h"
#include "dialogtesting.h"
#include "mainwindow.h"
#include "queue/reviewcasepanel.h"
#include "queue/reviewmetricsbar.h"
#include "queue/reviewqueuearea.h"
#include "queue/reviewqueuemodel.h"
#include "storage/localstate.h"
#include "testreplica.h"
#include "workspace/session.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
}

class TestReviewQueueArea : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestReplica> r;
    std::unique_ptr<FixedClock> clock;

    void demoAs(UserRole role)
    {
        r = std::make_unique<test::TestReplica>();
        clock = std::make_unique<FixedClock>(Now);
        DemoOptions options;
        options.leads = 400;
        options.now = Now;
        DemoGenerator generator(r->db(), options);
        QVERIFY(generator.run());
        QString error;
        QVERIFY2(DemoGenerator::signInAs(r->db(), role, &error), qPrintable(error));
    }

    int decisions(const QString &kind)
    {
        QSqlQuery q(r->db());
        q.prepare(u"SELECT count(*) FROM review_decision WHERE kind = ?"_s);
        q.addBindValue(kind);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    static void key(QWidget &w, const QKeySequence &seq)
    {
        QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : &w, seq);
    }

    static void tickAll(ReviewCasePanel *panel)
    {
        QTreeWidget *list = panel->checklist();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            list->topLevelItem(i)->setCheckState(0, Qt::Checked);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSupervisorClearsTheQueueFromTheKeyboard()
    {
        demoAs(UserRole::Supervisor);
        Session session(r->db(), *clock);
        const auto expected = ReviewService(r->db(), *clock, session.userId()).queue();
        QVERIFY(expected);
        QVERIFY2(expected->size() >= 4, "the demo gives a supervisor a queue");
        MainWindow w(session, u"测试工作区"_s);
        QVERIFY(test::showActive(w));
        QVERIFY(w.showArea(u"reviewQueue"_s));
        auto *area = w.currentArea<ReviewQueueArea>();
        QVERIFY(area);
        ReviewQueueModel *model = area->queueModel();
        ReviewCasePanel *panel = area->casePanel();
        QTRY_COMPARE(model->rowCount(), int(expected->size()));
        // Nearest deadline first, counted down.
        for (int i = 1; i < model->rowCount(); ++i)
            QVERIFY(model->entryAt(i - 1)->status.deadline <= model->entryAt(i)->status.deadline);
        QVERIFY(model->data(model->index(0, ReviewQueueModel::TimeLeft)).toString().contains(u"还剩"_s));
        const QString first = model->entryAt(0)->row.item.id;
        const QString second = model->entryAt(1)->row.item.id;
        const QString third = model->entryAt(2)->row.item.id;
        QTRY_COMPARE(panel->itemId(), first);
        // The team's metrics of the last 30 days, each with its healthy range.
        QTRY_VERIFY2(area->metricsBar()->firstPassText().contains(u'%'), qPrintable(area->metricsBar()->firstPassText()));
        QVERIFY(area->metricsBar()->onTimeText().contains(u"85%"_s));
        // The next case is read before it is asked for: J shows it at once.
        QTRY_VERIFY(area->isCached(second));
        area->queueTable()->setFocus();
        key(w, QKeySequence(Qt::Key_J));
        QCOMPARE(panel->itemId(), second);
        QVERIFY(panel->evidenceList()->count() > 0);
        key(w, QKeySequence(Qt::Key_K));
        QCOMPARE(panel->itemId(), first);

        // Reject without a reason: the reason field, prefilled; nothing written.
        const int rejectsBefore = decisions(u"reject"_s);
        tickAll(panel);
        panel->checklist()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        const QString uncheckedText = panel->uncheckedItems().value(0);
        QVERIFY(!uncheckedText.isEmpty());
        key(w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(decisions(u"reject"_s), rejectsBefore);
        auto *reason = panel->findChild<QPlainTextEdit *>(u"reviewReason"_s);
        QTRY_VERIFY(reason->hasFocus());
        QVERIFY2(reason->toPlainText().contains(uncheckedText), qPrintable(reason->toPlainText()));
        reason->insertPlainText(u"请补充客户的预算确认"_s); // typed through an input method
        key(w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(decisions(u"reject"_s), rejectsBefore + 1);
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT reason, decided_by FROM review_decision WHERE item_id = '%1' AND kind = 'reject' ORDER BY rowid DESC LIMIT 1"_s.arg(first)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().endsWith(u"请补充客户的预算确认"_s));
        QCOMPARE(q.value(1).toString(), session.userId());
        // The next item opened by itself.
        QCOMPARE(model->rowCount(), int(expected->size()) - 1);
        QTRY_COMPARE(panel->itemId(), second);
        QVERIFY(reason->toPlainText().isEmpty());

        // Approve with everything ticked: written, the next one opens.
        const int approvesBefore = decisions(u"approve"_s);
        QTRY_VERIFY(panel->currentCase());
        tickAll(panel);
        key(w, QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(decisions(u"approve"_s), approvesBefore + 1);
        QTRY_COMPARE(panel->itemId(), third);

        // Unticked items: asked first; "No" writes nothing.
        QTRY_VERIFY(panel->currentCase());
        if (panel->uncheckedItems().isEmpty())
            panel->checklist()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box != nullptr;
            if (box)
                box->button(QMessageBox::No)->click();
        });
        key(w, QKeySequence(Qt::CTRL | Qt::Key_Return));
        QVERIFY(asked);
        QCOMPARE(decisions(u"approve"_s), approvesBefore + 1);
        QCOMPARE(panel->itemId(), third);
        // The queue read again (a sync, F5) holds what is left, decided ones gone.
        area->refresh(DataChange::everything());
        QTRY_COMPARE(model->rowCount(), int(expected->size()) - 2);
        QCOMPARE(model->rowOf(first), -1);
        QCOMPARE(model->rowOf(second), -1);
        QCOMPARE(panel->itemId(), third);
    }

    void aManagerSeesOnlyWhatWasEscalated()
    {
        demoAs(UserRole::Manager);
        Session session(r->db(), *clock);
        MainWindow w(session, u"测试工作区"_s);
        QVERIFY(test::showActive(w));
        QVERIFY(w.showArea(u"reviewQueue"_s));
        auto *area = w.currentArea<ReviewQueueArea>();
        QTRY_VERIFY(area->queueModel()->rowCount() > 0);
        for (const ReviewQueueEntry &e : area->queueModel()->entries())
            QCOMPARE(e.status.state, ReviewState::Escalated);
        QVERIFY(area->title().contains(QString::number(area->queueModel()->rowCount())));
    }

    void aRepIsToldWhatTheQueueIsFor()
    {
        demoAs(UserRole::Rep);
        Session session(r->db(), *clock);
        MainWindow w(session, u"测试工作区"_s);
        QVERIFY(test::showActive(w));
        QVERIFY(w.showArea(u"reviewQueue"_s));
        auto *area = w.currentArea<ReviewQueueArea>();
        auto *empty = area->queueTable()->parentWidget()->findChild<QLabel *>(u"reviewQueueEmpty"_s);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"主管"_s), qPrintable(empty->text()));
        QCOMPARE(area->queueModel()->rowCount(), 0);
        QVERIFY(!area->metricsBar()->isVisible());
    }

    void theCountdownTurnsAtTheDeadline()
    {
        ReviewStatus s;
        s.deadline = Now;
        QVERIFY(ReviewQueueModel::timeLeftText(s, Now.addSecs(-60)).contains(u"还剩"_s));
        QVERIFY(ReviewQueueModel::timeLeftText(s, Now).contains(u"已超时"_s)); // exactly at the deadline is past
        s.provisional = true;
        QVERIFY(ReviewQueueModel::timeLeftText(s, Now.addSecs(3600)).contains(u"待同步确认"_s));
    }
};

QTEST_MAIN(TestReviewQueueArea)
#include "tst_reviewqueuearea.moc"
