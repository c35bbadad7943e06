// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/stagegate.h"

#include <QTest>

Q_DECLARE_METATYPE(sales::EvidenceItem)

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QString kSha = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;

EvidenceItem text(const QString& requirement, const QString& body)
{
    EvidenceItem e;
    e.requirementKey = requirement;
    e.kind = EvidenceKind::FreeText;
    e.text = body;
    return e;
}

EvidenceItem file(const QString& requirement, const QString& sha = kSha)
{
    EvidenceItem e;
    e.requirementKey = requirement;
    e.kind = EvidenceKind::File;
    e.blobSha256 = sha;
    e.fileName = u"x.png"_s;
    return e;
}

EvidenceItem caseLink(const QString& requirement, const QString& caseId)
{
    EvidenceItem e;
    e.requirementKey = requirement;
    e.kind = EvidenceKind::CaseLink;
    e.caseId = caseId;
    return e;
}

EvidenceItem role(const QString& requirement, const QString& roleName, const QString& person)
{
    EvidenceItem e;
    e.requirementKey = requirement;
    e.kind = EvidenceKind::Role;
    e.role = roleName;
    e.text = person;
    return e;
}

QString shaOf(char c)
{
    return QString(64, QLatin1Char(c));
}

// Everything needed to reach 方案演示 from 线索确认.
QList<EvidenceItem> throughDemo()
{
    return {file(u"website_screenshot"_s), file(u"procurement_call_recording"_s),
            text(u"pain_points"_s, u"质检靠人工抽检，漏检率高"_s),
            text(u"pain_points"_s, u"旧系统无法对接 ERP"_s),
            text(u"pain_points"_s, u"交付周期超过三个月"_s),
            role(u"decision_maker"_s, u"决策人"_s, u"王总"_s)};
}

} // namespace

class TestStageGate : public QObject
{
    Q_OBJECT

private slots:
    void firstStageHasNoRequirements();
    void fileEvidence_data();
    void fileEvidence();
    void duplicateFilesCountOnce();
    void painPoints_data();
    void painPoints();
    void roleEvidence_data();
    void roleEvidence();
    void caseLinkEvidence();
    void reportsEverythingMissing();
    void multiStageAdvance();
    void multiStageAdvanceComplete();
    void backwardsAndSamePass();
    void unknownStage();
    void describeMissingText();
};

void TestStageGate::firstStageHasNoRequirements()
{
    const GateResult r = checkStageGate(defaultPipelineTemplate(), u"qualify"_s, {});
    QVERIFY(r.passed);
    QVERIFY(r.missing.isEmpty());
    QVERIFY(!r.unknownStage);
    QVERIFY(checkAdvance(defaultPipelineTemplate(), QString(), u"qualify"_s, {}).passed);
}

void TestStageGate::fileEvidence_data()
{
    QTest::addColumn<QList<EvidenceItem>>("evidence");
    QTest::addColumn<int>("haveScreenshots");
    QTest::addColumn<bool>("passed");

    const EvidenceItem recording = file(u"procurement_call_recording"_s, shaOf('b'));
    EvidenceItem asText = file(u"website_screenshot"_s);
    asText.kind = EvidenceKind::FreeText;
    QTest::newRow("both") << QList{file(u"website_screenshot"_s), recording} << 1 << true;
    QTest::newRow("upper-case hex") << QList{file(u"website_screenshot"_s, kSha.toUpper()), recording} << 1 << true;
    QTest::newRow("no screenshot") << QList{recording} << 0 << false;
    QTest::newRow("empty sha") << QList{file(u"website_screenshot"_s, QString()), recording} << 0 << false;
    QTest::newRow("short sha") << QList{file(u"website_screenshot"_s, kSha.left(63)), recording} << 0 << false;
    QTest::newRow("non-hex sha") << QList{file(u"website_screenshot"_s, shaOf('g')), recording} << 0 << false;
    QTest::newRow("wrong kind") << QList{asText, recording} << 0 << false;
    QTest::newRow("filed under other requirement")
        << QList{file(u"procurement_call_recording"_s, shaOf('c')), recording} << 0 << false;
}

void TestStageGate::fileEvidence()
{
    QFETCH(QList<EvidenceItem>, evidence);
    QFETCH(int, haveScreenshots);
    QFETCH(bool, passed);
    const GateResult r = checkStageGate(defaultPipelineTemplate(), u"diagnose"_s, evidence);
    QCOMPARE(r.passed, passed);
    QCOMPARE(r.targetStage, u"diagnose"_s);
    if (!passed) {
        QCOMPARE(r.missing.size(), 1);
        QCOMPARE(r.missing.at(0).requirement.key, u"website_screenshot"_s);
        QCOMPARE(r.missing.at(0).have, haveScreenshots);
        QCOMPARE(r.missing.at(0).need, 1);
        QCOMPARE(r.missing.at(0).stageKey, u"diagnose"_s);
    }
}

void TestStageGate::duplicateFilesCountOnce()
{
    const EvidenceRequirement req = defaultPipelineTemplate().stage(u"diagnose"_s)->entryRequirements.at(0);
    const EvidenceItem shot = file(u"website_screenshot"_s);
    QCOMPARE(countEvidence(req, {shot, shot}), 1);
    QCOMPARE(countEvidence(req, {shot, file(u"website_screenshot"_s, kSha.toUpper())}), 1);
    QCOMPARE(countEvidence(req, {shot, file(u"website_screenshot"_s, shaOf('d'))}), 2);
}

void TestStageGate::painPoints_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("have");

    const QString a = u"质检靠人工抽检"_s;
    const QString b = u"旧系统无法对接"_s;
    const QString c = u"交付周期太长"_s;
    QTest::newRow("three") << QStringList{a, b, c} << 3;
    QTest::newRow("two") << QStringList{a, b} << 2;
    QTest::newRow("four") << QStringList{a, b, c, u"售后响应慢"_s} << 4;
    QTest::newRow("blank not counted") << QStringList{a, b, u"   "_s} << 2;
    QTest::newRow("empty not counted") << QStringList{a, b, QString()} << 2;
    QTest::newRow("3 chars too short") << QStringList{a, b, u"价格高"_s} << 2;
    QTest::newRow("4 chars enough") << QStringList{a, b, u"价格太高"_s} << 3;
    QTest::newRow("padding does not lengthen") << QStringList{a, b, u"  价格高 \n"_s} << 2;
    QTest::newRow("punctuation does not count") << QStringList{a, b, u"价格。。。。"_s} << 2;
    QTest::newRow("duplicate once") << QStringList{a, b, b} << 2;
    QTest::newRow("duplicate after trim") << QStringList{a, b, u"  "_s + b + u"\t"_s} << 2;
    QTest::newRow("duplicate inner spaces and case")
        << QStringList{a, u"API 对接成本高"_s, u"api  对接成本高"_s} << 2;
}

void TestStageGate::painPoints()
{
    QFETCH(QStringList, texts);
    QFETCH(int, have);
    QList<EvidenceItem> evidence{role(u"decision_maker"_s, u"决策人"_s, u"王总"_s)};
    for (const QString& t : texts)
        evidence << text(u"pain_points"_s, t);
    const GateResult r = checkStageGate(defaultPipelineTemplate(), u"demo"_s, evidence);
    QCOMPARE(r.passed, have >= 3);
    if (have < 3) {
        QCOMPARE(r.missing.size(), 1);
        QCOMPARE(r.missing.at(0).requirement.key, u"pain_points"_s);
        QCOMPARE(r.missing.at(0).have, have);
        QCOMPARE(r.missing.at(0).need, 3);
    } else {
        QVERIFY(r.missing.isEmpty());
    }
}

void TestStageGate::roleEvidence_data()
{
    QTest::addColumn<EvidenceItem>("item");
    QTest::addColumn<bool>("counts");

    QTest::newRow("decision maker named") << role(u"decision_maker"_s, u"决策人"_s, u"王总"_s) << true;
    QTest::newRow("role padded") << role(u"decision_maker"_s, u" 决策人 "_s, u"王总"_s) << true;
    QTest::newRow("wrong role") << role(u"decision_maker"_s, u"采购"_s, u"李经理"_s) << false;
    QTest::newRow("no person") << role(u"decision_maker"_s, u"决策人"_s, u"  "_s) << false;
    QTest::newRow("other requirement") << role(u"pain_points"_s, u"决策人"_s, u"王总"_s) << false;
}

void TestStageGate::roleEvidence()
{
    QFETCH(EvidenceItem, item);
    QFETCH(bool, counts);
    const EvidenceRequirement req = defaultPipelineTemplate().stage(u"demo"_s)->entryRequirements.at(1);
    QCOMPARE(req.kind, EvidenceKind::Role);
    QCOMPARE(countEvidence(req, {item}), counts ? 1 : 0);
    QCOMPARE(evidenceIdentity(req, item).isEmpty(), !counts);
}

void TestStageGate::caseLinkEvidence()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    const EvidenceItem confirmation = file(u"signed_requirement_confirmation"_s);
    GateResult r = checkStageGate(t, u"negotiate"_s, {confirmation, caseLink(u"similar_case"_s, u" "_s)});
    QVERIFY(!r.passed);
    QCOMPARE(r.missing.size(), 1);
    QCOMPARE(r.missing.at(0).requirement.kind, EvidenceKind::CaseLink);
    QCOMPARE(r.missing.at(0).have, 0);

    r = checkStageGate(t, u"negotiate"_s, {confirmation, caseLink(u"similar_case"_s, u"case-17"_s)});
    QVERIFY(r.passed);

    // The same case linked twice is still one case.
    const EvidenceRequirement req = t.stage(u"negotiate"_s)->entryRequirements.at(0);
    QCOMPARE(countEvidence(req, {caseLink(u"similar_case"_s, u"case-17"_s),
                                 caseLink(u"similar_case"_s, u" case-17 "_s),
                                 caseLink(u"similar_case"_s, u"case-18"_s)}),
             2);
}

void TestStageGate::reportsEverythingMissing()
{
    const GateResult r = checkStageGate(defaultPipelineTemplate(), u"negotiate"_s, {});
    QVERIFY(!r.passed);
    QCOMPARE(r.missing.size(), 2);
    QCOMPARE(r.missing.at(0).requirement.key, u"similar_case"_s);
    QCOMPARE(r.missing.at(1).requirement.key, u"signed_requirement_confirmation"_s);
}

void TestStageGate::multiStageAdvance()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    // Material for 方案演示 alone does not let a lead skip 需求诊断.
    QList<EvidenceItem> evidence = throughDemo().mid(2);
    QVERIFY(checkStageGate(t, u"demo"_s, evidence).passed);
    GateResult r = checkAdvance(t, u"qualify"_s, u"demo"_s, evidence);
    QVERIFY(!r.passed);
    QCOMPARE(r.targetStage, u"demo"_s);
    QCOMPARE(r.missing.size(), 2);
    QCOMPARE(r.missing.at(0).stageKey, u"diagnose"_s);
    QCOMPARE(r.missing.at(1).stageKey, u"diagnose"_s);

    // From 需求诊断 the same material is enough: its own entry is not re-checked.
    QVERIFY(checkAdvance(t, u"diagnose"_s, u"demo"_s, evidence).passed);

    // Jumping to 合同签署 lists 报价谈判's and 合同签署's gaps, in stage order.
    r = checkAdvance(t, u"diagnose"_s, u"contract"_s, evidence);
    QStringList keys;
    for (const MissingEvidence& m : r.missing)
        keys << m.requirement.key;
    QCOMPARE(keys, (QStringList{u"similar_case"_s, u"signed_requirement_confirmation"_s,
                                u"quote_sent"_s}));
}

void TestStageGate::multiStageAdvanceComplete()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    QList<EvidenceItem> evidence = throughDemo();
    QVERIFY(checkAdvance(t, u"qualify"_s, u"demo"_s, evidence).passed);
    QVERIFY(checkAdvance(t, QString(), u"demo"_s, evidence).passed);
    evidence << caseLink(u"similar_case"_s, u"c1"_s) << file(u"signed_requirement_confirmation"_s)
             << file(u"quote_sent"_s) << file(u"signed_contract"_s);
    QVERIFY(checkAdvance(t, u"qualify"_s, u"delivery"_s, evidence).passed);
    evidence.removeAt(1); // the call recording
    const GateResult r = checkAdvance(t, u"qualify"_s, u"delivery"_s, evidence);
    QVERIFY(!r.passed);
    QCOMPARE(r.missing.size(), 1);
    QCOMPARE(r.missing.at(0).requirement.key, u"procurement_call_recording"_s);
}

void TestStageGate::backwardsAndSamePass()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    GateResult r = checkAdvance(t, u"contract"_s, u"diagnose"_s, {});
    QVERIFY(r.passed);
    QVERIFY(r.missing.isEmpty());
    QCOMPARE(r.targetStage, u"diagnose"_s);
    QVERIFY(checkAdvance(t, u"demo"_s, u"demo"_s, {}).passed);
    // ...whereas the next step forward from there is locked.
    QVERIFY(!checkAdvance(t, u"demo"_s, u"negotiate"_s, {}).passed);
}

void TestStageGate::unknownStage()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    GateResult r = checkStageGate(t, u"won"_s, throughDemo());
    QVERIFY(!r.passed);
    QVERIFY(r.unknownStage);
    QCOMPARE(r.targetStage, u"won"_s);
    r = checkAdvance(t, u"qualify"_s, u"won"_s, {});
    QVERIFY(!r.passed);
    QVERIFY(r.unknownStage);
    r = checkAdvance(t, u"won"_s, u"qualify"_s, {});
    QVERIFY(!r.passed);
    QVERIFY(r.unknownStage);
    QVERIFY(!checkStageGate(t, u"diagnose"_s, {}).unknownStage);
}

void TestStageGate::describeMissingText()
{
    EvidenceRequirement req;
    req.key = u"pain_points"_s;
    req.label = u"痛点描述"_s;
    req.kind = EvidenceKind::FreeText;
    req.minCount = 3;
    QCOMPARE(describeMissing({req, 1, 3, u"demo"_s}), u"痛点描述：还差 2 条（已有 1/3）"_s);
    req.label = u"客户官网截图 100%"_s;
    req.kind = EvidenceKind::File;
    QCOMPARE(describeMissing({req, 0, 1, u"diagnose"_s}), u"客户官网截图 100%：还差 1 份（已有 0/1）"_s);
}

QTEST_GUILESS_MAIN(TestStageGate)
#include "tst_stagegate.moc"
