// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/sla.h"
#include "leadlistfixture.h"
#include "storage/leadquery.h"
#include "storage/leadrepository.h"

using namespace Qt::StringLiterals;
using namespace sales;
using Fixture = test::LeadListFixture;

namespace {

QStringList idsOf(const QList<LeadListRow> &rows)
{
    QStringList ids;
    for (const LeadListRow &r : rows)
        ids.append(r.id);
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

LeadFilter searchFor(const QString &text)
{
    LeadFilter f;
    f.search = text;
    return f;
}

} // namespace

class TestLeadQuery : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;

    // The leads a filter lists, in list order; checks count() agrees.
    QStringList listed(const LeadFilter &filter, const LeadSort &sort = {})
    {
        const LeadQuery query(r->db(), Fixture::Now);
        const QList<LeadListRow> rows = query.page(filter, sort, 0, 100);
        [&] { QCOMPARE(query.count(filter), int(rows.size())); }();
        [&] { QVERIFY2(query.errorText().isEmpty(), qPrintable(query.errorText())); }();
        return idsOf(rows);
    }
    QStringList found(const QString &search) { return sorted(listed(searchFor(search))); }

private Q_SLOTS:
    void init()
    {
        r = new test::TestReplica;
        QVERIFY(Fixture::fill(r->db()));
    }
    void cleanup()
    {
        delete r;
        r = nullptr;
    }

    void unfilteredListsLiveLeadsMostRecentFirst()
    {
        QCOMPARE(listed({}), (QStringList{u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s, u"L8"_s}));
        const QList<LeadListRow> rows = LeadQuery(r->db()).page({}, {}, 0, 1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().accountName, u"苏州恒通精密机械有限公司"_s);
        QCOMPARE(rows.first().contactName, u"张建华"_s);
        QCOMPARE(rows.first().contactPhone, u"+86 138 0013 8000"_s);
        QCOMPARE(rows.first().ownerName, u"王伟"_s);
        QCOMPARE(rows.first().regionName, u"华东"_s);
        QCOMPARE(rows.first().amountYuan, 1280000);
        // LeadRepository's list delegates here and keeps its answers.
        QCOMPARE(LeadRepository(r->db()).count(), 7);
        QCOMPARE(idsOf(LeadRepository(r->db()).listPage(5, 10)), (QStringList{u"L6"_s, u"L8"_s}));
    }

    void filtersEachField()
    {
        LeadFilter stage;
        stage.stageKeys = {u"qualify"_s};
        QCOMPARE(listed(stage), (QStringList{u"L1"_s, u"L2"_s, u"L3"_s, u"L8"_s}));
        stage.stageKeys = {u"diagnose"_s, u"demo"_s};
        QCOMPARE(listed(stage), (QStringList{u"L4"_s, u"L5"_s, u"L6"_s}));
        LeadFilter industry;
        industry.industry = u"快消"_s;
        QCOMPARE(listed(industry), (QStringList{u"L3"_s, u"L4"_s, u"L8"_s}));
        LeadFilter region;
        region.regionId = u"r2"_s;
        QCOMPARE(listed(region), (QStringList{u"L2"_s, u"L4"_s, u"L6"_s}));
        LeadFilter source;
        source.source = u"转介绍"_s;
        QCOMPARE(listed(source), (QStringList{u"L3"_s, u"L8"_s}));
        LeadFilter owner;
        owner.ownerId = u"u1"_s;
        QCOMPARE(listed(owner), (QStringList{u"L1"_s, u"L4"_s, u"L5"_s}));
        LeadFilter none;
        none.industry = u"不存在的行业"_s;
        QCOMPARE(listed(none), QStringList());
    }

    void combinesFilters()
    {
        LeadFilter f;
        f.industry = u"快消"_s;
        f.regionId = u"r1"_s;
        QCOMPARE(listed(f), (QStringList{u"L3"_s, u"L8"_s}));
        f.search = u"冷链"_s;
        QCOMPARE(listed(f), QStringList{u"L3"_s});
        f.search.clear();
        f.stageKeys = {u"qualify"_s};
        f.sla = LeadFilter::Sla::Frozen;
        QCOMPARE(listed(f), QStringList{u"L3"_s});
        LeadFilter g;
        g.ownerId = u"u1"_s;
        g.sla = LeadFilter::Sla::Overdue;
        g.search = u"恒通"_s;
        QCOMPARE(listed(g), (QStringList{u"L1"_s, u"L5"_s}));
    }

    void searchesChineseSubstrings()
    {
        QCOMPARE(found(u"恒通"_s), (QStringList{u"L1"_s, u"L5"_s}));        // title and company
        QCOMPARE(found(u"精密机械"_s), (QStringList{u"L1"_s, u"L5"_s}));    // company only
        QCOMPARE(found(u"振宇"_s), (QStringList{u"L3"_s, u"L4"_s, u"L8"_s})); // contact name
        QCOMPARE(found(u"  绿源　冷链 "_s), QStringList{u"L3"_s});           // every word, any spaces
        QCOMPARE(found(u"已删除"_s), QStringList());                         // deleted leads never
        QCOMPARE(found(u"不存在"_s), QStringList());
        QCOMPARE(found(u"已赢单"_s), QStringList{u"L6"_s});                 // closed leads are listed
    }

    void searchesPhoneDigitsInAnyFormat()
    {
        QVERIFY(LeadQuery::isPhoneSearch(u"+86 138-0013-8000"_s));
        QVERIFY(LeadQuery::isPhoneSearch(u"(020) 8888"_s));
        QVERIFY(!LeadQuery::isPhoneSearch(u"138 恒通"_s));
        QVERIFY(!LeadQuery::isPhoneSearch(u"+ -"_s));
        QCOMPARE(LeadQuery::phoneDigits(u"+86 138-0013-8000"_s), u"13800138000"_s);
        QCOMPARE(LeadQuery::phoneDigits(u"0086 13800138000"_s), u"13800138000"_s);
        QCOMPARE(LeadQuery::phoneDigits(u"8613"_s), u"8613"_s);

        const QStringList a1{u"L1"_s, u"L5"_s};
        QCOMPARE(found(u"138 0013"_s), a1);
        QCOMPARE(found(u"+86 138-0013-8000"_s), a1);
        QCOMPARE(found(u"13800138000"_s), a1);
        QCOMPARE(found(u"8000"_s), a1);
        // Stored without a country code, searched with one.
        QCOMPARE(found(u"+86 139 1234 5678"_s), (QStringList{u"L2"_s, u"L6"_s}));
        QCOMPARE(found(u"(020) 8888-6666"_s), (QStringList{u"L3"_s, u"L4"_s, u"L8"_s}));
        QCOMPARE(found(u"139-9999"_s), QStringList());
    }

    void likeWildcardsAreLiteral()
    {
        QCOMPARE(LeadQuery::containsPattern(u"100%_\\"_s), u"%100\\%\\_\\\\%"_s);
        const QStringList a2{u"L2"_s, u"L6"_s};
        QCOMPARE(found(u"%"_s), a2);
        QCOMPARE(found(u"100%"_s), a2);
        QCOMPARE(found(u"_"_s), a2);
        QCOMPARE(found(u"%_科"_s), a2);
        QCOMPARE(found(u"恒通_控"_s), QStringList()); // "_" would match 数 as a wildcard
        QCOMPARE(found(u"恒%期"_s), QStringList());
        QCOMPARE(found(u"\\"_s), QStringList());
    }

    void slaBoundaries()
    {
        LeadFilter overdue;
        overdue.sla = LeadFilter::Sla::Overdue;
        QCOMPARE(sorted(listed(overdue)), (QStringList{u"L1"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L8"_s}));
        LeadFilter frozen;
        frozen.sla = LeadFilter::Sla::Frozen;
        QCOMPARE(sorted(listed(frozen)), (QStringList{u"L3"_s, u"L5"_s}));

        // The filter agrees with the domain rule on every open lead (clock from stage entry).
        const PipelineTemplate pipeline = Fixture::pipeline();
        LeadFilter due;
        due.sla = LeadFilter::Sla::DueOrOverdue;
        const QStringList overdueIds = listed(overdue), frozenIds = listed(frozen), dueIds = listed(due);
        for (const LeadListRow &row : LeadQuery(r->db()).page({}, {}, 0, 100)) {
            if (row.id == u"L6"_s)
                continue; // won
            const SlaStatus s = evaluateSla(*pipeline.stage(row.stageKey), row.stageEnteredAt, Fixture::Now);
            const bool isFrozen = s.state == SlaState::Frozen || s.state == SlaState::Downgraded;
            QCOMPARE(overdueIds.contains(row.id), isFrozen || s.state == SlaState::Overdue);
            QCOMPARE(frozenIds.contains(row.id), isFrozen);
            QCOMPARE(dueIds.contains(row.id), s.state != SlaState::OnTrack);
        }

        // One millisecond later L8 freezes and L2 is overdue.
        const LeadQuery later(r->db(), Fixture::Now.addMSecs(1));
        QCOMPARE(sorted(idsOf(later.page(frozen, {}, 0, 100))), (QStringList{u"L3"_s, u"L5"_s, u"L8"_s}));
        QCOMPARE(later.count(overdue), 6);
    }

    void triggersKeepSearchCurrent()
    {
        const QSqlDatabase db = r->db();
        QVERIFY(Fixture::exec(db, u"UPDATE contact SET phone = '021-5555 1234' WHERE id = 'c2'"_s));
        QCOMPARE(found(u"5555"_s), (QStringList{u"L2"_s, u"L6"_s}));
        QCOMPARE(found(u"13912345678"_s), QStringList());
        QVERIFY(Fixture::exec(db, u"UPDATE account SET name = '广州青禾食品有限公司' WHERE id = 'a3'"_s));
        QCOMPARE(found(u"青禾"_s), (QStringList{u"L3"_s, u"L4"_s, u"L8"_s}));
        QCOMPARE(found(u"绿源食品"_s), QStringList());
        QVERIFY(Fixture::exec(db, u"INSERT INTO contact (id, account_id, name, phone, created_at, updated_at) "
                                  u"VALUES ('c9', 'a1', '赵敏', '137 0000 1111', 0, 0)"_s));
        QCOMPARE(found(u"赵敏"_s), (QStringList{u"L1"_s, u"L5"_s}));
        QCOMPARE(found(u"+86 137 0000 1111"_s), (QStringList{u"L1"_s, u"L5"_s}));
        QVERIFY(Fixture::exec(db, u"UPDATE contact SET deleted = 1 WHERE id = 'c1'"_s));
        QCOMPARE(found(u"张建华"_s), QStringList());
        QVERIFY(Fixture::exec(db, u"UPDATE lead SET title = '恒通三期' WHERE id = 'L5'"_s));
        QCOMPARE(found(u"三期"_s), QStringList{u"L5"_s});
    }

    void filterChoicesComeFromTheReplica()
    {
        const LeadFilterChoices c = LeadQuery(r->db()).filterChoices();
        QCOMPARE(c.stages.size(), 3);
        QCOMPARE(c.stages.at(1).key, u"diagnose"_s);
        QCOMPARE(c.stages.at(1).name, u"需求诊断"_s);
        QCOMPARE(c.regions.size(), 2);
        QCOMPARE(c.regions.at(0).key, u"r1"_s);
        QCOMPARE(c.regions.at(0).name, u"华东"_s);
        QCOMPARE(c.industries, (QStringList{u"IT解决方案"_s, u"工业设备"_s, u"快消"_s}));
        QCOMPARE(c.sources.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestLeadQuery)
#include "tst_leadquery.moc"
