// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "leads/leadfilterbar.h"
#include "leads/leadtablemodel.h"
#include "testreplica.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

LeadFilter lastFilter(const QSignalSpy &spy)
{
    return spy.last().first().value<LeadFilter>();
}

} // namespace

class TestLeadFilterBar : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    std::unique_ptr<LeadFilterBar> bar;

    template<typename T>
    T *child(const QString &name)
    {
        T *w = bar->findChild<T *>(name);
        [&] { QVERIFY2(w, qPrintable(name)); }();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        DemoOptions options;
        options.leads = 200;
        options.now = Now;
        DemoGenerator generator(r->db(), options);
        QVERIFY2(generator.run(), qPrintable(generator.errorText()));
    }
    void cleanupTestCase() { delete r; }
    void init()
    {
        bar = std::make_unique<LeadFilterBar>(r->db());
        bar->show();
        QVERIFY(QTest::qWaitForWindowExposed(bar.get()));
    }
    void cleanup() { bar.reset(); }

    void offersWhatTheReplicaHolds()
    {
        auto *search = child<QLineEdit>(u"leadSearch"_s);
        QCOMPARE(search->placeholderText(), u"搜索公司、联系人或电话"_s);
        QVERIFY(search->isClearButtonEnabled());
        const LeadFilterChoices choices = LeadQuery(r->db()).filterChoices();
        QCOMPARE(child<QComboBox>(u"stageFilter"_s)->count(), 1 + 6);
        QCOMPARE(child<QComboBox>(u"stageFilter"_s)->itemText(1), u"线索确认"_s);
        QCOMPARE(child<QComboBox>(u"industryFilter"_s)->count(), 1 + int(choices.industries.size()));
        QCOMPARE(child<QComboBox>(u"regionFilter"_s)->count(), 1 + 6);
        QCOMPARE(child<QComboBox>(u"sourceFilter"_s)->count(), 1 + 6);
        auto *sla = child<QComboBox>(u"slaFilter"_s);
        QCOMPARE(sla->count(), 4); // 全部, 即将到期或超时, 已超时, 已冻结
        QCOMPARE(sla->itemText(0), u"全部"_s);
        QCOMPARE(sla->itemText(1), u"即将到期或超时"_s);
        QCOMPARE(sla->itemText(2), u"已超时"_s);
        QCOMPARE(sla->itemText(3), u"已冻结"_s);
        QVERIFY(bar->filter().isEmpty());
    }

    void typingIsDebounced()
    {
        QSignalSpy changed(bar.get(), &LeadFilterBar::filterChanged);
        auto *search = child<QLineEdit>(u"leadSearch"_s);
        QElapsedTimer t;
        t.start();
        QTest::keyClicks(search, u"138 0013"_s);
        QCOMPARE(changed.size(), 0);
        QVERIFY(changed.wait(2000));
        QVERIFY(t.elapsed() >= LeadFilterBar::SearchDelayMs * 9 / 10); // a coarse timer may fire 5% early
        QCOMPARE(changed.size(), 1); // one filter for the whole burst of keys
        QCOMPARE(lastFilter(changed).search, u"138 0013"_s);

        // Enter searches at once; the same text again is no change.
        QTest::keyClicks(search, u"8"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(lastFilter(changed).search, u"138 00138"_s);
        QTest::qWait(LeadFilterBar::SearchDelayMs + 100);
        QCOMPARE(changed.size(), 2);
    }

    void comboBoxesApplyAtOnce()
    {
        QSignalSpy changed(bar.get(), &LeadFilterBar::filterChanged);
        auto *stage = child<QComboBox>(u"stageFilter"_s);
        stage->setCurrentIndex(2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(lastFilter(changed).stageKeys, QStringList{u"diagnose"_s});
        child<QComboBox>(u"slaFilter"_s)->setCurrentIndex(1);
        QCOMPARE(lastFilter(changed).sla, LeadFilter::Sla::DueOrOverdue);
        child<QComboBox>(u"slaFilter"_s)->setCurrentIndex(3);
        QCOMPARE(lastFilter(changed).sla, LeadFilter::Sla::Frozen);
        child<QComboBox>(u"industryFilter"_s)->setCurrentIndex(1);
        QCOMPARE(lastFilter(changed).industry, child<QComboBox>(u"industryFilter"_s)->itemText(1));
        auto *region = child<QComboBox>(u"regionFilter"_s);
        region->setCurrentIndex(1);
        const LeadFilterChoices choices = LeadQuery(r->db()).filterChoices();
        QCOMPARE(lastFilter(changed).regionId, choices.regions.first().key);
        child<QComboBox>(u"sourceFilter"_s)->setCurrentIndex(3);
        QCOMPARE(lastFilter(changed).source, choices.sources.at(2));
        QCOMPARE(changed.size(), 6); // one per change, the SLA box changed twice
        QCOMPARE(bar->filter(), lastFilter(changed));

        // New choices keep a current value that is still offered.
        bar->setChoices(choices);
        QCOMPARE(changed.size(), 6);
        bar->clear();
        QCOMPARE(changed.size(), 7);
        QVERIFY(lastFilter(changed).isEmpty());
    }

    void drivesTheLeadList()
    {
        LeadTableModel model(r->db(), {});
        connect(bar.get(), &LeadFilterBar::filterChanged, &model, &LeadTableModel::setFilter);
        QSignalSpy loaded(&model, &LeadTableModel::loaded);
        child<QComboBox>(u"stageFilter"_s)->setCurrentIndex(1);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), LeadQuery(r->db()).count(bar->filter()));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 200);
    }
};

QTEST_MAIN(TestLeadFilterBar)
#include "tst_leadfilterbar.moc"
