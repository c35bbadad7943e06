// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "leads/leadtablemodel.h"
#include "leads/leadview.h"
#include "mainwindow.h"
#include "leads/stagebar.h"
#include "storage/leadrepository.h"
#include "testreplica.h"

#include <QLabel>
#include <QListWidget>
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
        auto *model = w.leadTable()->model();
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
        auto *model = w.leadTable()->model();
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
        w.selectRow(row);
        auto *title = w.leadView()->findChild<QLabel *>(u"leadTitle"_s);
        QCOMPARE(title->text(), w.leadTable()->model()->index(row, LeadTableModel::Title).data().toString());
        auto *bar = w.leadView()->findChild<StageBar *>(u"stageBar"_s);
        QCOMPARE(bar->stages().size(), 6);
        QCOMPARE(bar->current(), 0);
        auto *missing = w.leadView()->findChild<QListWidget *>(u"missingList"_s);
        QVERIFY(missing->count() >= 2);
        QStringList lines;
        for (int i = 0; i < missing->count(); ++i)
            lines << missing->item(i)->text();
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"客户官网截图"_s) && all.contains(u"采购部门电话录音"_s), qPrintable(all));
        QVERIFY(w.leadView()->findChild<QLabel *>(u"slaLabel"_s)->text().startsWith(u"阶段时限"_s));
        QVERIFY(w.leadView()->findChild<QListWidget *>(u"activityList"_s)->count() > 0);
    }

    void leadAtLaterStageShowsItsNextRequirements()
    {
        MainWindow w(r->db(), u"演示工作区"_s);
        w.show();
        const int row = rowOfStage(w, u"需求诊断"_s);
        QVERIFY(row >= 0);
        w.selectRow(row);
        auto *bar = w.leadView()->findChild<StageBar *>(u"stageBar"_s);
        QCOMPARE(bar->current(), 1);
        auto *missing = w.leadView()->findChild<QListWidget *>(u"missingList"_s);
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
        w.leadTable()->setFocus();
        w.selectRow(0);
        auto *title = w.leadView()->findChild<QLabel *>(u"leadTitle"_s);
        QTest::keyClick(w.leadTable(), Qt::Key_Down);
        QCOMPARE(w.leadTable()->currentIndex().row(), 1);
        QCOMPARE(title->text(), w.leadTable()->model()->index(1, LeadTableModel::Title).data().toString());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
