// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/pipelinetemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

QJsonObject minimalJson()
{
    return QJsonDocument::fromJson(R"({
        "id": "t", "name": "测试",
        "stages": [
            {"key": "a", "name": "甲", "slaHours": 48, "winProbability": 10},
            {"key": "b", "name": "乙", "slaHours": 48, "winProbability": 50,
             "entryRequirements": [
                {"key": "pains", "kind": "freeText", "label": "痛点", "minCount": 3},
                {"key": "dm", "kind": "role", "label": "决策人", "role": "决策人"}
             ]}
        ]})").object();
}

// Replaces the value at a path like {"stages", 1, "entryRequirements", 0, "kind"};
// an undefined value removes the field.
QJsonValue patched(const QJsonValue& node, QVariantList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        a[head.toInt()] = patched(a.at(head.toInt()), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head.toString());
    else
        o[head.toString()] = patched(o.value(head.toString()), path, value);
    return o;
}

} // namespace

class TestPipelineTemplate : public QObject
{
    Q_OBJECT

private slots:
    void defaultHasSixStagesInOrder();
    void defaultRequirements();
    void defaultSlaAndReview();
    void lookups();
    void jsonRoundTrip();
    void minimalDefaults();
    void rejects_data();
    void rejects();
    void evidenceKindKeys();
};

void TestPipelineTemplate::defaultHasSixStagesInOrder()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    QCOMPARE(t.id, u"default"_s);
    QStringList names;
    QStringList keys;
    QList<int> probabilities;
    for (const StageDefinition& s : t.stages) {
        names << s.name;
        keys << s.key;
        probabilities << s.winProbability;
    }
    QCOMPARE(names, (QStringList{u"线索确认"_s, u"需求诊断"_s, u"方案演示"_s, u"报价谈判"_s,
                                 u"合同签署"_s, u"交付回款"_s}));
    QCOMPARE(keys, (QStringList{u"qualify"_s, u"diagnose"_s, u"demo"_s, u"negotiate"_s,
                                u"contract"_s, u"delivery"_s}));
    QCOMPARE(probabilities, (QList<int>{10, 20, 40, 60, 80, 100}));
}

void TestPipelineTemplate::defaultRequirements()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    QVERIFY(t.stages.at(0).entryRequirements.isEmpty());

    const auto& diagnose = t.stage(u"diagnose"_s)->entryRequirements;
    QCOMPARE(diagnose.size(), 2);
    QCOMPARE(diagnose.at(0).label, u"客户官网截图"_s);
    QCOMPARE(diagnose.at(0).kind, EvidenceKind::File);
    QCOMPARE(diagnose.at(1).label, u"采购部门电话录音"_s);
    QCOMPARE(diagnose.at(1).kind, EvidenceKind::File);

    const auto& demo = t.stage(u"demo"_s)->entryRequirements;
    QCOMPARE(demo.size(), 2);
    QCOMPARE(demo.at(0).kind, EvidenceKind::FreeText);
    QCOMPARE(demo.at(0).minCount, 3);
    QCOMPARE(demo.at(0).minTextLength, 4);
    QCOMPARE(demo.at(1).kind, EvidenceKind::Role);
    QCOMPARE(demo.at(1).role, u"决策人"_s);

    const auto& negotiate = t.stage(u"negotiate"_s)->entryRequirements;
    QCOMPARE(negotiate.size(), 2);
    QCOMPARE(negotiate.at(0).kind, EvidenceKind::CaseLink);
    QCOMPARE(negotiate.at(1).kind, EvidenceKind::File);
    QVERIFY(negotiate.at(1).label.contains(u"需求确认单"_s));

    QCOMPARE(t.stage(u"contract"_s)->entryRequirements.size(), 1);
    QVERIFY(t.stage(u"contract"_s)->entryRequirements.at(0).label.contains(u"报价单"_s));
    QCOMPARE(t.stage(u"delivery"_s)->entryRequirements.size(), 1);
    QVERIFY(t.stage(u"delivery"_s)->entryRequirements.at(0).label.contains(u"合同"_s));
}

void TestPipelineTemplate::defaultSlaAndReview()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    for (int i = 0; i < 5; ++i) {
        const StageDefinition& s = t.stages.at(i);
        QCOMPARE(s.slaHours, 48);
        QCOMPARE(s.graceHours, 24);
        QCOMPARE(s.warnHours, 12);
        QVERIFY(s.breachAction != SlaBreachAction::None);
    }
    QCOMPARE(t.stages.at(0).breachAction, SlaBreachAction::Freeze);
    QCOMPARE(t.stages.at(4).breachAction, SlaBreachAction::Downgrade);
    QList<bool> review;
    for (const StageDefinition& s : t.stages)
        review << s.reviewRequired;
    QCOMPARE(review, (QList<bool>{false, false, false, true, true, false}));
}

void TestPipelineTemplate::lookups()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    QCOMPARE(t.indexOf(u"qualify"_s), 0);
    QCOMPARE(t.indexOf(u"delivery"_s), 5);
    QCOMPARE(t.indexOf(u"nope"_s), -1);
    QCOMPARE(t.stage(u"nope"_s), nullptr);
    QCOMPARE(t.nextStage(u"qualify"_s)->key, u"diagnose"_s);
    QCOMPARE(t.nextStage(u"delivery"_s), nullptr);
    QCOMPARE(t.nextStage(u"nope"_s), nullptr);
    QCOMPARE(t.stageOfRequirement(u"similar_case"_s)->key, u"negotiate"_s);
    QCOMPARE(t.stageOfRequirement(u"nope"_s), nullptr);
}

void TestPipelineTemplate::jsonRoundTrip()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    QString error;
    const auto back = PipelineTemplate::fromJson(t.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, t);
    // Through text as well, the way it travels to the server and back.
    const QByteArray text = QJsonDocument(t.toJson()).toJson();
    const auto again = PipelineTemplate::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, t);
}

void TestPipelineTemplate::minimalDefaults()
{
    QString error;
    const auto t = PipelineTemplate::fromJson(minimalJson(), &error);
    QVERIFY2(t, qPrintable(error));
    const StageDefinition& a = t->stages.at(0);
    QCOMPARE(a.graceHours, 0);
    QCOMPARE(a.warnHours, 0);
    QCOMPARE(a.breachAction, SlaBreachAction::None);
    QCOMPARE(a.reviewRequired, false);
    const EvidenceRequirement& dm = t->stages.at(1).entryRequirements.at(1);
    QCOMPARE(dm.minCount, 1);
    QCOMPARE(t->stages.at(1).entryRequirements.at(0).minTextLength, 4);
}

void TestPipelineTemplate::rejects_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorStart");

    const QJsonValue gone = QJsonValue(QJsonValue::Undefined);
    const QString req1 = u"stages[1].entryRequirements[0]."_s;
    QTest::newRow("missing id") << QVariantList{u"id"_s} << gone << u"id: is required"_s;
    QTest::newRow("bad id") << QVariantList{u"id"_s} << QJsonValue(u"a b"_s) << u"id:"_s;
    QTest::newRow("blank name") << QVariantList{u"name"_s} << QJsonValue(u" "_s) << u"name:"_s;
    QTest::newRow("unknown top field") << QVariantList{u"colour"_s} << QJsonValue(1) << u"colour: unknown field"_s;
    QTest::newRow("no stages") << QVariantList{u"stages"_s} << QJsonValue(QJsonArray()) << u"stages:"_s;
    QTest::newRow("stages not array") << QVariantList{u"stages"_s} << QJsonValue(3) << u"stages: must be an array"_s;
    QTest::newRow("stage not object") << QVariantList{u"stages"_s, 1} << QJsonValue(3) << u"stages[1]: must be an object"_s;
    QTest::newRow("duplicate stage key") << QVariantList{u"stages"_s, 1, u"key"_s} << QJsonValue(u"a"_s)
                                         << u"stages[1].key: duplicate stage key"_s;
    QTest::newRow("stage name missing") << QVariantList{u"stages"_s, 0, u"name"_s} << gone << u"stages[0].name: is required"_s;
    QTest::newRow("sla missing") << QVariantList{u"stages"_s, 0, u"slaHours"_s} << gone << u"stages[0].slaHours: is required"_s;
    QTest::newRow("sla zero") << QVariantList{u"stages"_s, 0, u"slaHours"_s} << QJsonValue(0) << u"stages[0].slaHours:"_s;
    QTest::newRow("sla negative") << QVariantList{u"stages"_s, 1, u"slaHours"_s} << QJsonValue(-4) << u"stages[1].slaHours:"_s;
    QTest::newRow("sla fractional") << QVariantList{u"stages"_s, 0, u"slaHours"_s} << QJsonValue(1.5)
                                    << u"stages[0].slaHours: must be an integer"_s;
    QTest::newRow("sla as string") << QVariantList{u"stages"_s, 0, u"slaHours"_s} << QJsonValue(u"48"_s)
                                   << u"stages[0].slaHours: must be an integer"_s;
    QTest::newRow("probability 101") << QVariantList{u"stages"_s, 0, u"winProbability"_s} << QJsonValue(101)
                                     << u"stages[0].winProbability:"_s;
    QTest::newRow("probability -1") << QVariantList{u"stages"_s, 0, u"winProbability"_s} << QJsonValue(-1)
                                    << u"stages[0].winProbability:"_s;
    QTest::newRow("negative grace") << QVariantList{u"stages"_s, 0, u"graceHours"_s} << QJsonValue(-1)
                                    << u"stages[0].graceHours:"_s;
    QTest::newRow("warn not below sla") << QVariantList{u"stages"_s, 0, u"warnHours"_s} << QJsonValue(48)
                                        << u"stages[0].warnHours:"_s;
    QTest::newRow("unknown breach") << QVariantList{u"stages"_s, 0, u"breachAction"_s} << QJsonValue(u"explode"_s)
                                    << u"stages[0].breachAction:"_s;
    QTest::newRow("review not bool") << QVariantList{u"stages"_s, 0, u"reviewRequired"_s} << QJsonValue(u"yes"_s)
                                     << u"stages[0].reviewRequired:"_s;
    QTest::newRow("stage typo field") << QVariantList{u"stages"_s, 0, u"slaHour"_s} << QJsonValue(4)
                                      << u"stages[0].slaHour: unknown field"_s;
    QTest::newRow("unknown kind") << QVariantList{u"stages"_s, 1, u"entryRequirements"_s, 0, u"kind"_s}
                                  << QJsonValue(u"dropdown"_s) << req1 + u"kind: unknown evidence kind"_s;
    QTest::newRow("kind missing") << QVariantList{u"stages"_s, 1, u"entryRequirements"_s, 0, u"kind"_s}
                                  << gone << req1 + u"kind: is required"_s;
    QTest::newRow("label missing") << QVariantList{u"stages"_s, 1, u"entryRequirements"_s, 0, u"label"_s}
                                   << gone << req1 + u"label: is required"_s;
    QTest::newRow("minCount zero") << QVariantList{u"stages"_s, 1, u"entryRequirements"_s, 0, u"minCount"_s}
                                   << QJsonValue(0) << req1 + u"minCount:"_s;
    QTest::newRow("minTextLength zero") << QVariantList{u"stages"_s, 1, u"entryRequirements"_s, 0, u"minTextLength"_s}
                                        << QJsonValue(0) << req1 + u"minTextLength:"_s;
    QTest::newRow("role without role") << QVariantList{u"stages"_s, 1, u"entryRequirements"_s, 1, u"role"_s}
                                       << gone << u"stages[1].entryRequirements[1].role: is required"_s;
    QTest::newRow("role on free text") << QVariantList{u"stages"_s, 1, u"entryRequirements"_s, 0, u"role"_s}
                                       << QJsonValue(u"决策人"_s) << req1 + u"role: only allowed"_s;
    QTest::newRow("duplicate requirement key across stages")
        << QVariantList{u"stages"_s, 0, u"entryRequirements"_s}
        << QJsonValue(QJsonArray{QJsonObject{{u"key"_s, u"dm"_s}, {u"kind"_s, u"caseLink"_s}, {u"label"_s, u"x"_s}}})
        << u"stages[1].entryRequirements[1].key: duplicate requirement key"_s;
}

void TestPipelineTemplate::rejects()
{
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorStart);
    const QJsonObject json = patched(minimalJson(), path, value).toObject();
    QString error;
    const auto t = PipelineTemplate::fromJson(json, &error);
    QVERIFY(!t);
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    // No error pointer: still rejected, no crash.
    QVERIFY(!PipelineTemplate::fromJson(json, nullptr));
}

void TestPipelineTemplate::evidenceKindKeys()
{
    for (EvidenceKind k : {EvidenceKind::FreeText, EvidenceKind::File, EvidenceKind::CaseLink,
                           EvidenceKind::Role})
        QVERIFY(evidenceKindFromKey(evidenceKindKey(k)) == k);
    QVERIFY(!evidenceKindFromKey(u"File"));
    for (SlaBreachAction a :
         {SlaBreachAction::None, SlaBreachAction::Freeze, SlaBreachAction::Downgrade})
        QVERIFY(slaBreachActionFromKey(slaBreachActionKey(a)) == a);
    QVERIFY(!slaBreachActionFromKey(u""));
}

QTEST_GUILESS_MAIN(TestPipelineTemplate)
#include "tst_pipelinetemplate.moc"
