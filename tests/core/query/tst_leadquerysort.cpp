// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "domain/pipelinetemplate.h"
#include "storage/leadquery.h"
#include "testreplica.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
using Column = LeadSort::Column;

// -1, 0, 1 for a before, equal to, after b by the sort key alone (ascending).
int compareKey(Column column, const LeadListRow &a, const LeadListRow &b)
{
    const auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    // SQLite compares text as UTF-8 bytes (BINARY).
    const auto text = [&](const QString &x, const QString &y) { return cmp(x.toUtf8(), y.toUtf8()); };
    static const PipelineTemplate pipeline = defaultPipelineTemplate();
    switch (column) {
    case Column::LastActivity: return cmp(a.lastActivityAt, b.lastActivityAt);
    case Column::Title: return text(a.title, b.title);
    case Column::Account: return text(a.accountName, b.accountName);
    case Column::Stage: return cmp(pipeline.indexOf(a.stageKey), pipeline.indexOf(b.stageKey));
    case Column::Amount: return cmp(a.amountYuan, b.amountYuan);
    case Column::Owner: return text(a.ownerName, b.ownerName);
    case Column::Region: return text(a.regionName, b.regionName);
    case Column::Industry: return text(a.industry, b.industry);
    case Column::Source: return text(a.source, b.source);
    }
    return 0;
}

// Whether a may come right before b in the list under sort.
bool inOrder(const LeadSort &sort, const LeadListRow &a, const LeadListRow &b)
{
    const bool ascending = sort.order == Qt::AscendingOrder;
    const int key = compareKey(sort.column, a, b);
    if (key != 0)
        return ascending ? key < 0 : key > 0;
    if (sort.column == Column::LastActivity)
        return ascending ? a.id > b.id : a.id < b.id;
    if (a.lastActivityAt != b.lastActivityAt)
        return a.lastActivityAt > b.lastActivityAt;
    return a.id < b.id;
}

QStringList idsOf(const QList<LeadListRow> &rows)
{
    QStringList ids;
    for (const LeadListRow &r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace

class TestLeadQuerySort : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        DemoOptions options;
        options.seed = 11;
        options.leads = 300;
        options.now = Now;
        DemoGenerator generator(r->db(), options);
        QVERIFY2(generator.run(), qPrintable(generator.errorText()));
    }
    void cleanupTestCase() { delete r; }

    void everySortOrdersAndPagesConsistently_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("filtered");
        for (int c = int(Column::LastActivity); c <= int(Column::Source); ++c) {
            for (const Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const bool filtered : {false, true})
                    QTest::addRow("column %d %s%s", c, o == Qt::AscendingOrder ? "asc" : "desc",
                                  filtered ? " filtered" : "")
                        << c << int(o) << filtered;
            }
        }
    }

    void everySortOrdersAndPagesConsistently()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(bool, filtered);
        const LeadSort sort{Column(column), Qt::SortOrder(order)};
        LeadFilter filter;
        if (filtered) {
            filter.stageKeys = {u"qualify"_s, u"diagnose"_s};
            filter.search = u"有限公司"_s;
        }
        const LeadQuery query(r->db(), Now);
        const int count = query.count(filter);
        QVERIFY(count > (filtered ? 50 : 250));

        const QList<qint64> ids = query.rowIds(filter, sort);
        QCOMPARE(int(ids.size()), count);
        const QList<LeadListRow> rows = query.rows(ids);
        QCOMPARE(int(rows.size()), count);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY2(inOrder(sort, rows.at(i - 1), rows.at(i)), qPrintable(u"rows %1 and %2"_s.arg(i - 1).arg(i)));

        // Pages of any size put together give the same list, and stop at count.
        QStringList paged;
        for (int offset = 0; offset < count + 37; offset += 37)
            paged += idsOf(query.page(filter, sort, offset, 37));
        QCOMPARE(paged, idsOf(rows));
        QVERIFY(query.errorText().isEmpty());
    }

    void defaultSortIsMostRecentFirst()
    {
        QVERIFY(LeadSort().isDefault());
        QCOMPARE(LeadSort().column, Column::LastActivity);
        QCOMPARE(LeadSort().order, Qt::DescendingOrder);
        QVERIFY(LeadFilter().isEmpty());
    }

    void statementsRunAsTheyPrint()
    {
        // What the benchmark hands the sqlcipher shell: one statement, values in order.
        LeadFilter f;
        f.industry = u"快消"_s;
        f.sla = LeadFilter::Sla::Overdue;
        f.search = u"公司"_s;
        const LeadQuery query(r->db(), Now);
        const LeadStatement s = query.rowIdsStatement(f, {Column::Stage, Qt::AscendingOrder}, 0, 10);
        QCOMPARE(s.sql.count(u'?'), s.values.size());
        QVERIFY(s.sql.startsWith(u"SELECT l.rowid FROM lead_search s CROSS JOIN lead l"_s));
        const LeadStatement c = query.countStatement(f);
        QCOMPARE(c.sql.count(u'?'), c.values.size());
        QCOMPARE(LeadQuery::rowsStatement({1, 2, 3}).values.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLeadQuerySort)
#include "tst_leadquerysort.moc"
