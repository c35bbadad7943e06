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

// minimalJson with stage "b" reviewed: a checklist with a manual item, escalation.
QJsonObject reviewJson()
{
    return QJsonDocument::fromJson(R"({
        "id": "t", "name": "测试", "discountReviewAbovePercent": 20,
        "stages": [
            {"key": "a", "name": "甲", "slaHours": 48, "winProbability": 10},
            {"key": "b", "name": "乙", "slaHours": 48, "winProbability": 50, "reviewRequired": true,
             "review": {"deadlineHours": 12, "onTimeout": "escalate", "checklist": [
                {"key": "demand", "text": "需求关键词已记录", "keywords": ["需求", "痛点", "CRM"]},
                {"key": "policy", "text": "报价与折扣符合政策"}
             ]}}
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
    void defaultReviewRules();
    void reviewRulesRead();
    void reviewRoundTrip();
    void reviewBoundsAccepted();
    void rejectsReview_data();
    void rejectsReview();
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
    QCOMPARE(t->discountReviewAbovePercent, 10);
    QCOMPARE(a.review, StageReviewRule());

    // A reviewed stage without "review" gets the default rule: 24 h, auto-reject.
    const QJsonObject reviewed = patched(minimalJson(), {u"stages"_s, 1, u"reviewRequired"_s}, true).toObject();
    const auto r = PipelineTemplate::fromJson(reviewed, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->stages.at(1).review.deadlineHours, 24);
    QCOMPARE(r->stages.at(1).review.onTimeout, ReviewTimeout::AutoReject);
    QVERIFY(r->stages.at(1).review.checklist.isEmpty());
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

void TestPipelineTemplate::defaultReviewRules()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    QCOMPARE(t.discountReviewAbovePercent, 15);

    const StageReviewRule& negotiate = t.stage(u"negotiate"_s)->review;
    QCOMPARE(negotiate.deadlineHours, 24);
    QCOMPARE(negotiate.onTimeout, ReviewTimeout::Escalate);
    const StageReviewRule& contract = t.stage(u"contract"_s)->review;
    QCOMPARE(contract.deadlineHours, 24);
    QCOMPARE(contract.onTimeout, ReviewTimeout::AutoReject);

    for (const StageReviewRule* rule : {&negotiate, &contract}) {
        QVERIFY(rule->checklist.size() >= 4);
        QStringList texts;
        int manual = 0;
        for (const ChecklistItem& item : rule->checklist) {
            QVERIFY(!item.key.isEmpty());
            QVERIFY(!item.text.isEmpty());
            texts << item.text;
            if (item.keywords.isEmpty())
                ++manual;
        }
        // Seed 000's three checks, each pre-checked by keywords, and one by hand.
        QVERIFY(texts.contains(u"需求关键词已记录"_s));
        QVERIFY(texts.contains(u"已记录竞品情况"_s));
        QVERIFY(texts.contains(u"已标记决策人角色"_s));
        QCOMPARE(manual, 1);
        QVERIFY(rule->checklist.at(2).keywords.contains(u"决策人"_s));
    }
    // Stages without review carry the default (unused) rule.
    QCOMPARE(t.stage(u"demo"_s)->review, StageReviewRule());
}

void TestPipelineTemplate::reviewRulesRead()
{
    QString error;
    const auto t = PipelineTemplate::fromJson(reviewJson(), &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->discountReviewAbovePercent, 20);
    const StageReviewRule& rule = t->stages.at(1).review;
    QCOMPARE(rule.deadlineHours, 12);
    QCOMPARE(rule.onTimeout, ReviewTimeout::Escalate);
    QCOMPARE(rule.checklist.size(), 2);
    QCOMPARE(rule.checklist.at(0).key, u"demand"_s);
    QCOMPARE(rule.checklist.at(0).text, u"需求关键词已记录"_s);
    QCOMPARE(rule.checklist.at(0).keywords, (QStringList{u"需求"_s, u"痛点"_s, u"CRM"_s}));
    QCOMPARE(rule.checklist.at(1).key, u"policy"_s);
    QVERIFY(rule.checklist.at(1).keywords.isEmpty());
}

void TestPipelineTemplate::reviewRoundTrip()
{
    QString error;
    const auto t = PipelineTemplate::fromJson(reviewJson(), &error);
    QVERIFY2(t, qPrintable(error));
    const QJsonObject json = t->toJson();
    QCOMPARE(json.value(u"discountReviewAbovePercent"_s).toInt(), 20);
    const QJsonArray stages = json.value(u"stages"_s).toArray();
    QVERIFY(!stages.at(0).toObject().contains(u"review"_s));
    QCOMPARE(stages.at(1).toObject().value(u"review"_s).toObject().value(u"onTimeout"_s).toString(),
             u"escalate"_s);
    const QByteArray text = QJsonDocument(json).toJson();
    const auto back = PipelineTemplate::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, *t);

    // operator== sees the rule: a changed keyword is a different template.
    PipelineTemplate changed = *t;
    changed.stages[1].review.checklist[0].keywords[2] = u"ERP"_s;
    QVERIFY(changed != *t);
    const auto changedBack = PipelineTemplate::fromJson(changed.toJson(), &error);
    QVERIFY2(changedBack, qPrintable(error));
    QCOMPARE(*changedBack, changed);
    changed = *t;
    changed.discountReviewAbovePercent = 0;
    QVERIFY(changed != *t);
    QCOMPARE(*PipelineTemplate::fromJson(changed.toJson(), &error), changed);
}

void TestPipelineTemplate::reviewBoundsAccepted()
{
    const QVariantList deadline{u"stages"_s, 1, u"review"_s, u"deadlineHours"_s};
    for (int hours : {1, 720}) {
        QString error;
        const auto t = PipelineTemplate::fromJson(patched(reviewJson(), deadline, hours).toObject(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->stages.at(1).review.deadlineHours, hours);
    }
    for (int percent : {0, 100}) {
        QString error;
        const auto t = PipelineTemplate::fromJson(
            patched(reviewJson(), {u"discountReviewAbovePercent"_s}, percent).toObject(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->discountReviewAbovePercent, percent);
    }
    QString error;
    const auto t = PipelineTemplate::fromJson(
        patched(reviewJson(), {u"stages"_s, 1, u"review"_s, u"onTimeout"_s}, QJsonValue(QJsonValue::Undefined))
            .toObject(),
        &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->stages.at(1).review.onTimeout, ReviewTimeout::AutoReject);
}

void TestPipelineTemplate::rejectsReview_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorStart");

    const QJsonValue gone = QJsonValue(QJsonValue::Undefined);
    const QString review = u"stages[1].review"_s;
    const QString item0 = review + u".checklist[0]."_s;
    const QVariantList reviewPath{u"stages"_s, 1, u"review"_s};
    const auto at = [&](const QVariantList& tail) { return reviewPath + tail; };
    const auto item = [&](int i, const QString& field) {
        return at({u"checklist"_s, i, field});
    };

    QTest::newRow("review not object") << reviewPath << QJsonValue(u"yes"_s) << review + u": must be an object"_s;
    QTest::newRow("unknown key in review") << at({u"deadline"_s}) << QJsonValue(24)
                                           << review + u".deadline: unknown field"_s;
    QTest::newRow("bad onTimeout") << at({u"onTimeout"_s}) << QJsonValue(u"explode"_s)
                                   << review + u".onTimeout: unknown timeout action"_s;
    QTest::newRow("onTimeout wrong case") << at({u"onTimeout"_s}) << QJsonValue(u"AutoReject"_s)
                                          << review + u".onTimeout: unknown timeout action"_s;
    QTest::newRow("onTimeout not string") << at({u"onTimeout"_s}) << QJsonValue(1)
                                          << review + u".onTimeout: must be a string"_s;
    QTest::newRow("deadlineHours 0") << at({u"deadlineHours"_s}) << QJsonValue(0)
                                     << review + u".deadlineHours: must be between 1 and 720"_s;
    QTest::newRow("deadlineHours 721") << at({u"deadlineHours"_s}) << QJsonValue(721)
                                       << review + u".deadlineHours: must be between 1 and 720"_s;
    QTest::newRow("deadlineHours fractional") << at({u"deadlineHours"_s}) << QJsonValue(1.5)
                                              << review + u".deadlineHours: must be an integer"_s;
    QTest::newRow("checklist not array") << at({u"checklist"_s}) << QJsonValue(u"x"_s)
                                         << review + u".checklist: must be an array"_s;
    QTest::newRow("item not object") << at({u"checklist"_s, 0}) << QJsonValue(3)
                                     << review + u".checklist[0]: must be an object"_s;
    QTest::newRow("unknown key in item") << item(0, u"weight"_s) << QJsonValue(2) << item0 + u"weight: unknown field"_s;
    QTest::newRow("item key missing") << item(0, u"key"_s) << gone << item0 + u"key: is required"_s;
    QTest::newRow("item key empty") << item(0, u"key"_s) << QJsonValue(u""_s) << item0 + u"key:"_s;
    QTest::newRow("duplicate checklist key") << item(1, u"key"_s) << QJsonValue(u"demand"_s)
                                             << review + u".checklist[1].key: duplicate checklist key \"demand\""_s;
    QTest::newRow("empty text") << item(0, u"text"_s) << QJsonValue(u" "_s) << item0 + u"text: must not be empty"_s;
    QTest::newRow("text missing") << item(1, u"text"_s) << gone << review + u".checklist[1].text: is required"_s;
    QTest::newRow("keywords not array") << item(0, u"keywords"_s) << QJsonValue(u"需求"_s)
                                        << item0 + u"keywords: must be an array"_s;
    QTest::newRow("empty keyword") << item(0, u"keywords"_s) << QJsonValue(QJsonArray{u"需求"_s, u" "_s})
                                   << item0 + u"keywords[1]: must be a non-empty string"_s;
    QTest::newRow("keyword not string") << item(0, u"keywords"_s) << QJsonValue(QJsonArray{3})
                                        << item0 + u"keywords[0]: must be a non-empty string"_s;
    QTest::newRow("review on a non-review stage") << QVariantList{u"stages"_s, 1, u"reviewRequired"_s} << QJsonValue(false)
                                                  << review + u": review given but reviewRequired is false"_s;
    QTest::newRow("review without reviewRequired") << QVariantList{u"stages"_s, 1, u"reviewRequired"_s} << gone
                                                   << review + u": review given but reviewRequired is false"_s;
    QTest::newRow("duplicate checklist key across stages")
        << QVariantList{u"stages"_s, 0}
        << QJsonValue(QJsonObject{{u"key"_s, u"a"_s}, {u"name"_s, u"甲"_s}, {u"slaHours"_s, 48},
                                  {u"winProbability"_s, 10}, {u"reviewRequired"_s, true},
                                  {u"review"_s, QJsonObject{{u"checklist"_s, QJsonArray{QJsonObject{
                                                    {u"key"_s, u"policy"_s}, {u"text"_s, u"x"_s}}}}}}})
        << review + u".checklist[1].key: duplicate checklist key \"policy\""_s;
    QTest::newRow("discount 101") << QVariantList{u"discountReviewAbovePercent"_s} << QJsonValue(101)
                                  << u"discountReviewAbovePercent: must be between 0 and 100"_s;
    QTest::newRow("discount -1") << QVariantList{u"discountReviewAbovePercent"_s} << QJsonValue(-1)
                                 << u"discountReviewAbovePercent: must be between 0 and 100"_s;
    QTest::newRow("discount as string") << QVariantList{u"discountReviewAbovePercent"_s} << QJsonValue(u"15"_s)
                                        << u"discountReviewAbovePercent: must be an integer"_s;
}

void TestPipelineTemplate::rejectsReview()
{
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorStart);
    const QJsonObject json = patched(reviewJson(), path, value).toObject();
    QString error;
    QVERIFY(!PipelineTemplate::fromJson(json, &error));
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
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
