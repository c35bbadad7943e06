// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagenamesfixture.h"
#include "storage/leadquery.h"
#include "storage/stagenames.h"

using namespace Qt::StringLiterals;
using namespace sales;
using Fixture = test::StageNamesFixture;

namespace {

QStringList idsOf(const QList<LeadListRow> &rows)
{
    QStringList ids;
    for (const LeadListRow &r : rows)
        ids.append(r.id);
    return ids;
}

QStringList namesOf(const QList<LeadFilterChoice> &choices)
{
    QStringList names;
    for (const LeadFilterChoice &c : choices)
        names.append(c.name);
    return names;
}

} // namespace

class TestStageNames : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;

    QStringList listed(const LeadFilterChoice &choice)
    {
        LeadFilter f;
        f.stageKeys = {choice.key};
        f.templateId = choice.templateId;
        const LeadQuery query(r->db(), Fixture::Now);
        const QList<LeadListRow> rows = query.page(f, {}, 0, 100);
        [&] { QCOMPARE(query.count(f), int(rows.size())); }();
        return idsOf(rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        QVERIFY(Fixture::fill(r->db()));
    }
    void cleanupTestCase() { delete r; }

    void namesComeFromEachTemplate()
    {
        const StageNames names = StageNames::read(r->db());
        QCOMPARE(names.name(u"default"_s, u"qualify"_s), u"线索确认"_s);
        QCOMPARE(names.name(u"project"_s, u"qualify"_s), u"立项评估"_s);
        QCOMPARE(names.name(u"project"_s, u"pilot"_s), u"方案演示"_s);
        QCOMPARE(names.name(u"unused"_s, u"qualify"_s), u"备用确认"_s);
    }

    void fallsBackToTheDefaultThenTheKey()
    {
        const StageNames names = StageNames::read(r->db());
        // A template the replica lacks, and a key the lead's template lacks.
        QCOMPARE(names.name(u"gone"_s, u"demo"_s), u"方案演示"_s);
        QCOMPARE(names.name(u"project"_s, u"demo"_s), u"方案演示"_s);
        QCOMPARE(names.name(u"unused"_s, u"diagnose"_s), u"需求诊断"_s);
        QCOMPARE(names.name(u"project"_s, u"nosuch"_s), u"nosuch"_s);
        QCOMPARE(names.name(u"default"_s, u"pilot"_s), u"pilot"_s);
        QCOMPARE(StageNames().name(u"default"_s, u"qualify"_s), u"qualify"_s);
        // A replica without templates: the built-in default's names.
        test::TestReplica empty;
        QCOMPARE(StageNames::read(empty.db()).name(u"project"_s, u"qualify"_s),
                 defaultPipelineTemplate().stage(u"qualify"_s)->name);
    }

    void overridesOnlyTheDefault()
    {
        StageNames names = StageNames::read(r->db());
        names.overrideDefault({{u"qualify"_s, u"初筛"_s}});
        QCOMPARE(names.name(u"default"_s, u"qualify"_s), u"初筛"_s);
        QCOMPARE(names.name(u"gone"_s, u"qualify"_s), u"初筛"_s);
        QCOMPARE(names.name(u"default"_s, u"diagnose"_s), u"需求诊断"_s);
        QCOMPARE(names.name(u"project"_s, u"qualify"_s), u"立项评估"_s);
    }

    void listRowsCarryTheirTemplate()
    {
        const QList<LeadListRow> rows = LeadQuery(r->db(), Fixture::Now).page({}, {}, 0, 10);
        QCOMPARE(idsOf(rows), (QStringList{u"D1"_s, u"D2"_s, u"P1"_s, u"P2"_s}));
        QCOMPARE(rows.at(0).templateId, u"default"_s);
        QCOMPARE(rows.at(2).templateId, u"project"_s);
        QCOMPARE(rows.at(2).stageKey, u"qualify"_s);
    }

    void choicesTellTheTemplatesApart()
    {
        const QList<LeadFilterChoice> stages = LeadQuery(r->db(), Fixture::Now).filterChoices().stages;
        // The default's stages in pipeline order, then the project's; the unused
        // template offers nothing; diagnose is one stage; 方案演示 is two.
        QCOMPARE(namesOf(stages), (QStringList{u"线索确认"_s, u"需求诊断"_s, u"方案演示（测试流程）"_s, u"立项评估"_s,
                                               u"方案演示（项目制流程）"_s}));
        QCOMPARE(stages.at(0).key, u"qualify"_s);
        QCOMPARE(stages.at(0).templateId, u"default"_s);
        QCOMPARE(stages.at(1).key, u"diagnose"_s);
        QVERIFY(stages.at(1).templateId.isEmpty());
        QCOMPARE(stages.at(3).key, u"qualify"_s);
        QCOMPARE(stages.at(3).templateId, u"project"_s);
        QCOMPARE(stages.at(4).key, u"pilot"_s);
        QCOMPARE(stages.at(4).templateId, u"project"_s);
    }

    void eachChoiceFindsItsOwnLeads()
    {
        const QList<LeadFilterChoice> stages = LeadQuery(r->db(), Fixture::Now).filterChoices().stages;
        QCOMPARE(stages.size(), 5);
        QCOMPARE(listed(stages.at(0)), QStringList{u"D1"_s});
        QCOMPARE(listed(stages.at(1)), QStringList());
        QCOMPARE(listed(stages.at(2)), QStringList{u"D2"_s});
        QCOMPARE(listed(stages.at(3)), QStringList{u"P1"_s});
        QCOMPARE(listed(stages.at(4)), QStringList{u"P2"_s});
        // By key alone, as before: every template's leads in that stage.
        LeadFilter byKey;
        byKey.stageKeys = {u"qualify"_s};
        QCOMPARE(idsOf(LeadQuery(r->db(), Fixture::Now).page(byKey, {}, 0, 10)), (QStringList{u"D1"_s, u"P1"_s}));
    }

    void aKeyNamedAlikeIsOneChoice()
    {
        // Only the default in use: its stages, as they were before templates differed.
        const QList<PipelineTemplate> templates{Fixture::defaultPipeline(), Fixture::projectPipeline()};
        QCOMPARE(namesOf(LeadQuery::stageChoices(templates, {u"default"_s})),
                 (QStringList{u"线索确认"_s, u"需求诊断"_s, u"方案演示"_s}));
        for (const LeadFilterChoice &c : LeadQuery::stageChoices(templates, {}))
            QVERIFY(c.templateId.isEmpty());
        // The same stages on a second template add nothing.
        PipelineTemplate copy = Fixture::defaultPipeline();
        copy.id = u"copy"_s;
        QCOMPARE(LeadQuery::stageChoices({Fixture::defaultPipeline(), copy}, {u"default"_s, u"copy"_s}).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStageNames)
#include "tst_stagenames.moc"
