// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "demo/demogenerator.h"
#include "leads/leadtablemodel.h"
#include "storage/leadquery.h"
#include "storage/replicareader.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
constexpr int Leads = 450; // more than two pages

QStringList idsOf(const QList<LeadListRow> &rows)
{
    QStringList ids;
    for (const LeadListRow &r : rows)
        ids.append(r.id);
    return ids;
}

QStringList modelIds(const LeadTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.leadId(row));
    return ids;
}

} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    FixedClock clock{Now};

    QStringList expected(const LeadFilter &filter, const LeadSort &sort = {})
    {
        return idsOf(LeadQuery(r->db(), Now).page(filter, sort, 0, Leads));
    }
    std::unique_ptr<LeadTableModel> newModel()
    {
        auto model = std::make_unique<LeadTableModel>(r->db(), QHash<QString, QString>{{u"qualify"_s, u"线索确认"_s}});
        model->setClock(clock);
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        DemoOptions options;
        options.seed = 5;
        options.leads = Leads;
        options.now = Now;
        DemoGenerator generator(r->db(), options);
        QVERIFY2(generator.run(), qPrintable(generator.errorText()));
    }
    void cleanupTestCase() { delete r; }

    void opensCompleteWithoutWaiting()
    {
        auto model = newModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), Leads);
        QCOMPARE(model->columnCount(), int(LeadTableModel::ColumnCount));
        QCOMPARE(modelIds(*model), expected({}));
        QCOMPARE(model->index(0, 0).data(LeadTableModel::IdRole).toString(), model->leadId(0));
        QCOMPARE(model->leadSort(), LeadSort());
        QVERIFY(model->leadId(Leads).isEmpty());
    }

    void filtersOffTheGuiThreadThenResets()
    {
        auto model = newModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        QSignalSpy loading(model.get(), &LeadTableModel::loadingChanged);
        LeadFilter f;
        f.stageKeys = {u"qualify"_s};
        model->setFilter(f);
        QVERIFY(model->isLoading());
        QCOMPARE(model->rowCount(), Leads); // the old rows stay until the new ones arrive
        QVERIFY(loaded.wait(5000));
        QVERIFY(!model->isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(model->filter(), f);
        const QStringList want = expected(f);
        QVERIFY(want.size() > 50);
        QCOMPARE(loaded.first().first().toInt(), int(want.size()));
        QCOMPARE(modelIds(*model), want);
        QCOMPARE(model->index(0, LeadTableModel::Stage).data().toString(), u"线索确认"_s);

        // Setting the same filter again reads nothing.
        model->setFilter(f);
        QVERIFY(!model->isLoading());
        // Back to no filter: at once, on this thread.
        model->setFilter({});
        QVERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), Leads);
    }

    void sortsEveryColumnAcrossPages()
    {
        auto model = newModel();
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const LeadSort sort{LeadTableModel::sortColumn(LeadTableModel::Column(column)), order};
                loaded.clear();
                model->sort(column, order);
                if (!sort.isDefault())
                    QVERIFY(loaded.wait(5000));
                QCOMPARE(model->leadSort(), sort);
                QCOMPARE(model->rowCount(), Leads);
                // Rows on the third page come from their own page, by row id.
                QCOMPARE(modelIds(*model), expected({}, sort));
            }
        }
        QCOMPARE(LeadTableModel::sortColumn(LeadTableModel::Amount), LeadSort::Column::Amount);
        QCOMPARE(LeadTableModel::sortColumn(LeadTableModel::LastActivity), LeadSort::Column::LastActivity);
    }

    void searchesKeepFilterAndSortTogether()
    {
        auto model = newModel();
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        model->sort(LeadTableModel::Amount, Qt::DescendingOrder);
        QVERIFY(loaded.wait(5000));
        const QString someone = model->index(0, LeadTableModel::Account).data().toString().left(2);
        LeadFilter f;
        f.search = someone;
        model->setFilter(f);
        QVERIFY(loaded.wait(5000));
        const QStringList want = expected(f, {LeadSort::Column::Amount, Qt::DescendingOrder});
        QVERIFY(!want.isEmpty());
        QCOMPARE(modelIds(*model), want);
        // reload() reads the same filter and sort again.
        loaded.clear();
        model->reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(modelIds(*model), want);
    }

    void onlyTheLatestRequestLands()
    {
        auto model = newModel();
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        LeadFilter f;
        for (const QString &text : {u"有"_s, u"有限"_s, u"有限公"_s, u"有限公司"_s, u"不存在的公司"_s}) {
            f.search = text; // typing faster than the worker answers
            model->setFilter(f);
        }
        QVERIFY(loaded.wait(5000));
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->leadId(0).isEmpty());
    }

    void slaFilterUsesTheModelClock()
    {
        auto model = newModel();
        model->setWorkerConfig(r->config);
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        LeadFilter f;
        f.sla = LeadFilter::Sla::Overdue;
        model->setFilter(f);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(modelIds(*model), expected(f));
        QVERIFY(model->rowCount() > 0);
    }

    void guiThreadStaysFreeWhileSorting()
    {
        auto model = newModel();
        QTableView view;
        view.setModel(model.get());
        view.show();
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        QElapsedTimer t;
        t.start();
        model->sort(LeadTableModel::Account, Qt::AscendingOrder);
        QVERIFY(t.elapsed() < 100); // the sort itself runs on the worker
        QVERIFY(loaded.wait(5000));
    }

    void headerClicksSort()
    {
        auto model = newModel();
        QTableView view;
        view.setModel(model.get());
        // As the main window wires it: the indicator first, so that enabling sorting
        // asks for the order the model already has.
        view.horizontalHeader()->setSortIndicator(LeadTableModel::LastActivity, Qt::DescendingOrder);
        view.setSortingEnabled(true);
        QVERIFY(!model->isLoading());
        QVERIFY(model->leadSort().isDefault());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        const QHeaderView *header = view.horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(LeadTableModel::Amount) + 5, header->height() / 2));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->leadSort().column, LeadSort::Column::Amount);
        QCOMPARE(model->leadSort().order, header->sortIndicatorOrder());
        QCOMPARE(modelIds(*model), expected({}, model->leadSort()));
    }

    void destroyedWhileLoading()
    {
        auto model = newModel();
        model->sort(LeadTableModel::Title, Qt::AscendingOrder);
        QVERIFY(model->isLoading());
        model.reset(); // waits for the worker, closes its connection on its thread
    }

    void listsShareOneReaderInTheirOwnLanes()
    {
        ReplicaReader shared(r->config);
        auto first = newModel();
        auto second = newModel();
        first->setReader(&shared);
        second->setReader(&shared, u"leadPicker"_s);
        QSignalSpy firstLoaded(first.get(), &LeadTableModel::loaded);
        QSignalSpy secondLoaded(second.get(), &LeadTableModel::loaded);
        first->sort(LeadTableModel::Title, Qt::AscendingOrder);
        second->sort(LeadTableModel::Amount, Qt::DescendingOrder);
        QVERIFY(shared.isPending(u"leadList"_s));
        QVERIFY(shared.isPending(u"leadPicker"_s));
        QTRY_VERIFY_WITH_TIMEOUT(firstLoaded.size() == 1 && secondLoaded.size() == 1, 5000);
        QCOMPARE(modelIds(*first), expected({}, first->leadSort()));
        QCOMPARE(modelIds(*second), expected({}, second->leadSort()));
    }

    void destroyedWhileTheSharedReaderReadsForIt()
    {
        ReplicaReader shared(r->config);
        auto doomed = newModel();
        doomed->setReader(&shared);
        doomed->sort(LeadTableModel::Title, Qt::AscendingOrder);
        doomed.reset(); // its result must not reach it
        auto model = newModel();
        model->setReader(&shared, u"other"_s);
        QSignalSpy loaded(model.get(), &LeadTableModel::loaded);
        model->sort(LeadTableModel::Account, Qt::AscendingOrder);
        QVERIFY(loaded.wait(5000)); // the reader goes on serving the others
        QCOMPARE(modelIds(*model), expected({}, model->leadSort()));
        QVERIFY(!shared.isPending(u"leadList"_s)); // the dropped result was not delivered
    }
};

QTEST_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
