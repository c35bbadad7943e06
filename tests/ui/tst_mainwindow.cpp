// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "leads/leadtablemodel.h"
#include "leads/leadview.h"
#include "leadsof.h"
#include "mainwindow.h"
#include "leads/stagebar.h"
#include "storage/leadrepository.h"
#include "testreplica.h"
#include "leads/leadfilterbar.h"
#include "storage/leadquery.h"
#include "clock.h"
#include "stagenamesfixture.h"
#include "storage/knowledgerepository.h"
#include "workarea/workarearegistry.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolBar>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestMainWindow : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;

    int rowOfStage(MainWindow &w, const QString &stageName)
    {
        auto *model = test::leadsOf(w).leadTable()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, LeadTableModel::Stage).data().toString() == stageName)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        r = new test::TestReplica;
        DemoOptions options;
        options.leads = 600;
        DemoGenerator generator(r->db(), options);
        QVERIFY(generator.run());
    }
    void cleanupTestCase() { delete r; }

    void listShowsEveryLeadAPageAtATime()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *model = test::leadsOf(w).leadTable()->model();
        QCOMPARE(model->rowCount(), 600);
        QCOMPARE(model->headerData(LeadTableModel::Stage, Qt::Horizontal).toString(), u"阶段"_s);
        // Rows far past the first page come from their own page and are in order.
        const QString last = model->index(599, LeadTableModel::LastActivity).data().toString();
        QVERIFY(!model->index(599, LeadTableModel::Title).data().toString().isEmpty());
        QVERIFY(!last.isEmpty());
        QVERIFY(model->index(0, LeadTableModel::Amount).data().toString().startsWith(u"¥"_s));
        QVERIFY(w.windowTitle().contains(u"演示工作区"_s));
    }

    void selectingALeadShowsStageAndWhatIsMissing()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        const int row = rowOfStage(w, u"线索确认"_s);
        QVERIFY(row >= 0);
        test::leadsOf(w).selectRow(row);
        auto *title = test::leadsOf(w).leadView()->findChild<QLabel *>(u"leadTitle"_s);
        QCOMPARE(title->text(), test::leadsOf(w).leadTable()->model()->index(row, LeadTableModel::Title).data().toString());
        auto *bar = test::leadsOf(w).leadView()->findChild<StageBar *>(u"stageBar"_s);
        QCOMPARE(bar->stages().size(), 6);
        QCOMPARE(bar->current(), 0);
        auto *missing = test::leadsOf(w).leadView()->findChild<QListWidget *>(u"missingList"_s);
        QVERIFY(missing->count() >= 2);
        QStringList lines;
        for (int i = 0; i < missing->count(); ++i)
            lines << missing->item(i)->text();
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"客户官网截图"_s) && all.contains(u"采购部门电话录音"_s), qPrintable(all));
        QVERIFY(test::leadsOf(w).leadView()->findChild<QLabel *>(u"slaLabel"_s)->text().startsWith(u"阶段时限"_s));
        QVERIFY(test::leadsOf(w).leadView()->findChild<QListWidget *>(u"activityList"_s)->count() > 0);
    }

    void leadAtLaterStageShowsItsNextRequirements()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        const int row = rowOfStage(w, u"需求诊断"_s);
        QVERIFY(row >= 0);
        test::leadsOf(w).selectRow(row);
        auto *bar = test::leadsOf(w).leadView()->findChild<StageBar *>(u"stageBar"_s);
        QCOMPARE(bar->current(), 1);
        auto *missing = test::leadsOf(w).leadView()->findChild<QListWidget *>(u"missingList"_s);
        QStringList lines;
        for (int i = 0; i < missing->count(); ++i)
            lines << missing->item(i)->text();
        QVERIFY2(lines.join(u'\n').contains(u"痛点"_s), qPrintable(lines.join(u'\n')));
    }

    void keyboardMovesThroughTheList()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        test::leadsOf(w).leadTable()->setFocus();
        test::leadsOf(w).selectRow(0);
        auto *title = test::leadsOf(w).leadView()->findChild<QLabel *>(u"leadTitle"_s);
        QTest::keyClick(test::leadsOf(w).leadTable(), Qt::Key_Down);
        QCOMPARE(test::leadsOf(w).leadTable()->currentIndex().row(), 1);
        QCOMPARE(title->text(), test::leadsOf(w).leadTable()->model()->index(1, LeadTableModel::Title).data().toString());
    }

    void navigationComesFromTheRegisteredAreas()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        QListWidget *nav = w.areas().navigation();
        QCOMPARE(nav->count(), w.areas().count());
        QCOMPARE(nav->item(0)->text(), u"全部线索"_s); // no one signed in: a local workspace sees everything
        QCOMPARE(nav->item(1)->text(), u"今日待办与超时"_s);
        QCOMPARE(nav->item(2)->text(), u"审核队列"_s);
        QCOMPARE(nav->item(3)->text(), u"仪表盘（即将推出）"_s);
        QCOMPARE(w.areas().at(1)->id(), u"dueToday"_s);
        QCOMPARE(w.areas().switchActions().at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        // Only the first area is built at start; the second is built when first shown.
        QVERIFY(w.areas().at(0)->isBuilt());
        QVERIFY(!w.areas().at(1)->isBuilt());
        QVERIFY(!w.showArea(u"dashboards"_s));
        QCOMPARE(w.currentArea(), w.areas().at(0));
    }

    void switchingAreasKeepsEachAreasState()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        LeadsArea &all = test::leadsOf(w);
        QTRY_COMPARE(all.leadTable()->model()->rowCount(), 600);
        all.selectRow(5);
        const QString selected = all.currentLeadId();
        all.filterBar()->findChild<QLineEdit *>(u"leadSearch"_s)->setText(u"有限公司"_s);

        w.areas().switchActions().at(1)->trigger(); // Ctrl+2
        LeadsArea &due = test::leadsOf(w);
        QVERIFY(&due != &all);
        QCOMPARE(due.id(), u"dueToday"_s);
        auto *dueModel = qobject_cast<LeadTableModel *>(due.leadTable()->model());
        QCOMPARE(dueModel->filter().sla, LeadFilter::Sla::DueOrOverdue);
        QVERIFY(due.filterBar()->findChild<QLineEdit *>(u"leadSearch"_s)->text().isEmpty());
        QTRY_VERIFY(!dueModel->isLoading());
        QVERIFY(dueModel->rowCount() < 600);

        w.areas().switchActions().at(0)->trigger(); // Ctrl+1
        QCOMPARE(&test::leadsOf(w), &all);
        QCOMPARE(all.filterBar()->findChild<QLineEdit *>(u"leadSearch"_s)->text(), u"有限公司"_s);
        QCOMPARE(all.currentLeadId(), selected);
    }

    void onlyTheCurrentAreasActionsAreInTheMenusAndToolBar()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        auto countNewLead = [&w] {
            int n = 0;
            for (QAction *menu : w.menuBar()->actions()) {
                if (!menu->menu())
                    continue;
                for (QAction *a : menu->menu()->actions())
                    n += a->shortcut() == QKeySequence(QKeySequence::New);
            }
            return n;
        };
        QCOMPARE(countNewLead(), 1);
        QAction *first = w.findAction(u"newLeadAction"_s);
        QVERIFY(w.showArea(u"dueToday"_s));
        QCOMPARE(countNewLead(), 1); // the same shortcut in two areas, never ambiguous
        QAction *second = w.findAction(u"newLeadAction"_s);
        QVERIFY(first && second && first != second);
        auto *bar = w.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(bar->actions().contains(second));
        QVERIFY(!bar->actions().contains(first));
    }

    void aSyncRefreshesStageNamesAndFilterChoices()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        LeadsArea &all = test::leadsOf(w);
        auto *stage = all.filterBar()->findChild<QComboBox *>(u"stageFilter"_s);
        QTRY_VERIFY(stage->count() > 1); // filled by the shared reader once the page is up
        QCOMPARE(stage->findText(u"立项评估"_s), -1);
        // A template and a lead on it arrive, as a sync would write them ...
        QVERIFY(KnowledgeRepository(r->db(), systemClock()).saveTemplate(test::StageNamesFixture::projectPipeline()));
        const QString leadId = all.leadTable()->model()->index(0, 0).data(LeadTableModel::IdRole).toString();
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"UPDATE lead SET template_id = 'project', stage_key = 'qualify' WHERE id = '%1'"_s.arg(leadId)));
        // ... and the window is told everything may have changed.
        w.areas().refreshAll(DataChange::everything());
        QTRY_VERIFY(stage->findText(u"立项评估"_s) >= 0);
        QTRY_COMPARE(all.leadTable()->model()->index(0, LeadTableModel::Stage).data().toString(), u"立项评估"_s);
        QVERIFY(w.showArea(u"dueToday"_s)); // built now: it reads its own choices
        auto *dueStage = test::leadsOf(w).filterBar()->findChild<QComboBox *>(u"stageFilter"_s);
        QTRY_VERIFY(dueStage->findText(u"立项评估"_s) >= 0);
        QVERIFY(q.exec(u"UPDATE lead SET template_id = 'default' WHERE id = '%1'"_s.arg(leadId))); // as it was
    }

    void layoutIsKeptPerAreaInTheWorkspace()
    {
        {
            MainWindow w(r->db(), u"演示工作区"_s);
            w.show();
            test::leadsOf(w).leadTable()->setColumnWidth(LeadTableModel::Title, 333);
            QVERIFY(w.showArea(u"dueToday"_s));
            test::leadsOf(w).leadTable()->setColumnWidth(LeadTableModel::Title, 222);
            QVERIFY(w.close());
        }
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT count(*) FROM local_setting WHERE key IN ('layout/leads/columns', "
                       "'layout/dueToday/columns', 'layout/leads/splitter', 'window/geometry')"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        QCOMPARE(test::leadsOf(w).leadTable()->columnWidth(LeadTableModel::Title), 333);
        QVERIFY(w.showArea(u"dueToday"_s));
        QCOMPARE(test::leadsOf(w).leadTable()->columnWidth(LeadTableModel::Title), 222);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
