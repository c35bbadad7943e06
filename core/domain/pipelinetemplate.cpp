// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinetemplate.h"

#include "jsonobjectreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sales {

namespace {

constexpr int kMaxHours = 24 * 365 * 10; // a sanity bound, far above any real SLA
// A review waits at most a month: longer and the lead's SLA has long since acted.
constexpr int kMaxReviewHours = 24 * 30;

bool readChecklistItem(const QJsonValue& value, const QString& path, ChecklistItem* item,
                       QString* error)
{
    if (!value.isObject()) {
        if (error)
            *error = path + u": must be an object"_s;
        return false;
    }
    const JsonObjectReader r(value.toObject(), path, error);
    QJsonArray keywords;
    if (!r.allowOnly({u"key"_s, u"text"_s, u"keywords"_s}) || !r.identifier(u"key"_s, &item->key)
        || !r.string(u"text"_s, true, &item->text) || !r.array(u"keywords"_s, false, &keywords))
        return false;
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        // A blank keyword would match every text and tick the item for nothing.
        const QJsonValue k = keywords.at(i);
        if (!k.isString() || k.toString().trimmed().isEmpty())
            return r.fail(u"keywords[%1]"_s.arg(i), u"must be a non-empty string"_s);
        item->keywords.append(k.toString());
    }
    return true;
}

bool readReviewRule(const QJsonValue& value, const QString& path, StageReviewRule* rule,
                    QString* error)
{
    if (!value.isObject()) {
        if (error)
            *error = path + u": must be an object"_s;
        return false;
    }
    const JsonObjectReader r(value.toObject(), path, error);
    QString timeout;
    QJsonArray checklist;
    if (!r.allowOnly({u"deadlineHours"_s, u"onTimeout"_s, u"checklist"_s})
        || !r.integer(u"deadlineHours"_s, 24, 1, kMaxReviewHours, &rule->deadlineHours)
        || !r.string(u"onTimeout"_s, false, &timeout) || !r.array(u"checklist"_s, false, &checklist))
        return false;
    const auto parsedTimeout = r.has(u"onTimeout"_s) ? reviewTimeoutFromKey(timeout)
                                                     : std::optional(ReviewTimeout::AutoReject);
    if (!parsedTimeout)
        return r.fail(u"onTimeout"_s, u"unknown timeout action \"%1\""_s.arg(timeout));
    rule->onTimeout = *parsedTimeout;
    for (qsizetype i = 0; i < checklist.size(); ++i) {
        ChecklistItem item;
        if (!readChecklistItem(checklist.at(i), r.fieldPath(u"checklist[%1]"_s.arg(i)), &item, error))
            return false;
        rule->checklist.append(item);
    }
    return true;
}

bool readRequirement(const QJsonValue& value, const QString& path, EvidenceRequirement* req,
                     QString* error)
{
    if (!value.isObject()) {
        if (error)
            *error = path + u": must be an object"_s;
        return false;
    }
    const JsonObjectReader r(value.toObject(), path, error);
    if (!r.allowOnly({u"key"_s, u"kind"_s, u"label"_s, u"minCount"_s, u"role"_s,
                      u"minTextLength"_s, u"hint"_s}))
        return false;
    QString kind;
    if (!r.identifier(u"key"_s, &req->key) || !r.string(u"kind"_s, true, &kind))
        return false;
    const auto parsedKind = evidenceKindFromKey(kind);
    if (!parsedKind)
        return r.fail(u"kind"_s, u"unknown evidence kind \"%1\""_s.arg(kind));
    req->kind = *parsedKind;
    if (!r.string(u"label"_s, true, &req->label) || !r.string(u"hint"_s, false, &req->hint)
        || !r.integer(u"minCount"_s, 1, 1, 1000, &req->minCount))
        return false;

    if (req->kind == EvidenceKind::Role) {
        if (!r.string(u"role"_s, true, &req->role))
            return false;
    } else if (r.has(u"role"_s)) {
        return r.fail(u"role"_s, u"only allowed for kind \"role\""_s);
    }
    if (req->kind == EvidenceKind::FreeText) {
        if (!r.integer(u"minTextLength"_s, 4, 1, 10000, &req->minTextLength))
            return false;
    } else if (r.has(u"minTextLength"_s)) {
        return r.fail(u"minTextLength"_s, u"only allowed for kind \"freeText\""_s);
    }
    return true;
}

bool readStage(const QJsonValue& value, const QString& path, StageDefinition* stage, QString* error)
{
    if (!value.isObject()) {
        if (error)
            *error = path + u": must be an object"_s;
        return false;
    }
    const JsonObjectReader r(value.toObject(), path, error);
    if (!r.allowOnly({u"key"_s, u"name"_s, u"entryRequirements"_s, u"slaHours"_s,
                      u"graceHours"_s, u"warnHours"_s, u"breachAction"_s,
                      u"winProbability"_s, u"reviewRequired"_s, u"review"_s}))
        return false;
    QString action;
    if (!r.identifier(u"key"_s, &stage->key) || !r.string(u"name"_s, true, &stage->name)
        || !r.integer(u"slaHours"_s, std::nullopt, 1, kMaxHours, &stage->slaHours)
        || !r.integer(u"graceHours"_s, 0, 0, kMaxHours, &stage->graceHours)
        || !r.integer(u"warnHours"_s, 0, 0, kMaxHours, &stage->warnHours)
        || !r.integer(u"winProbability"_s, std::nullopt, 0, 100, &stage->winProbability)
        || !r.boolean(u"reviewRequired"_s, false, &stage->reviewRequired)
        || !r.string(u"breachAction"_s, false, &action))
        return false;
    if (stage->warnHours >= stage->slaHours)
        return r.fail(u"warnHours"_s, u"must be less than slaHours"_s);
    const auto parsedAction = r.has(u"breachAction"_s) ? slaBreachActionFromKey(action)
                                                       : std::optional(SlaBreachAction::None);
    if (!parsedAction)
        return r.fail(u"breachAction"_s, u"unknown breach action \"%1\""_s.arg(action));
    stage->breachAction = *parsedAction;

    if (r.has(u"review"_s)) {
        // A rule nobody applies would read as if the stage were checked.
        if (!stage->reviewRequired)
            return r.fail(u"review"_s, u"review given but reviewRequired is false"_s);
        if (!readReviewRule(value.toObject().value(u"review"_s), r.fieldPath(u"review"_s),
                            &stage->review, error))
            return false;
    }

    QJsonArray reqs;
    if (!r.array(u"entryRequirements"_s, false, &reqs))
        return false;
    for (qsizetype i = 0; i < reqs.size(); ++i) {
        EvidenceRequirement req;
        const QString reqPath = r.fieldPath(u"entryRequirements[%1]"_s.arg(i));
        if (!readRequirement(reqs.at(i), reqPath, &req, error))
            return false;
        stage->entryRequirements.append(req);
    }
    return true;
}

QJsonObject requirementToJson(const EvidenceRequirement& req)
{
    QJsonObject o{{u"key"_s, req.key},
                  {u"kind"_s, evidenceKindKey(req.kind)},
                  {u"label"_s, req.label},
                  {u"minCount"_s, req.minCount}};
    if (req.kind == EvidenceKind::Role)
        o.insert(u"role"_s, req.role);
    if (req.kind == EvidenceKind::FreeText)
        o.insert(u"minTextLength"_s, req.minTextLength);
    if (!req.hint.isEmpty())
        o.insert(u"hint"_s, req.hint);
    return o;
}

QJsonObject reviewRuleToJson(const StageReviewRule& rule)
{
    QJsonArray checklist;
    for (const ChecklistItem& item : rule.checklist) {
        QJsonObject o{{u"key"_s, item.key}, {u"text"_s, item.text}};
        if (!item.keywords.isEmpty())
            o.insert(u"keywords"_s, QJsonArray::fromStringList(item.keywords));
        checklist.append(o);
    }
    return {{u"deadlineHours"_s, rule.deadlineHours},
            {u"onTimeout"_s, reviewTimeoutKey(rule.onTimeout)},
            {u"checklist"_s, checklist}};
}

} // namespace

int PipelineTemplate::indexOf(const QString& stageKey) const
{
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).key == stageKey)
            return static_cast<int>(i);
    }
    return -1;
}

const StageDefinition* PipelineTemplate::stage(const QString& stageKey) const
{
    const int i = indexOf(stageKey);
    return i < 0 ? nullptr : &stages.at(i);
}

const StageDefinition* PipelineTemplate::nextStage(const QString& stageKey) const
{
    const int i = indexOf(stageKey);
    return (i < 0 || i + 1 >= stages.size()) ? nullptr : &stages.at(i + 1);
}

const StageDefinition* PipelineTemplate::stageOfRequirement(const QString& requirementKey) const
{
    for (const StageDefinition& s : stages) {
        for (const EvidenceRequirement& req : s.entryRequirements) {
            if (req.key == requirementKey)
                return &s;
        }
    }
    return nullptr;
}

QJsonObject PipelineTemplate::toJson() const
{
    QJsonArray stageArray;
    for (const StageDefinition& s : stages) {
        QJsonArray reqs;
        for (const EvidenceRequirement& req : s.entryRequirements)
            reqs.append(requirementToJson(req));
        QJsonObject stage{{u"key"_s, s.key},
                          {u"name"_s, s.name},
                          {u"entryRequirements"_s, reqs},
                          {u"slaHours"_s, s.slaHours},
                          {u"graceHours"_s, s.graceHours},
                          {u"warnHours"_s, s.warnHours},
                          {u"breachAction"_s, slaBreachActionKey(s.breachAction)},
                          {u"winProbability"_s, s.winProbability},
                          {u"reviewRequired"_s, s.reviewRequired}};
        if (s.reviewRequired)
            stage.insert(u"review"_s, reviewRuleToJson(s.review));
        stageArray.append(stage);
    }
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"stages"_s, stageArray},
            {u"discountReviewAbovePercent"_s, discountReviewAbovePercent}};
}

std::optional<PipelineTemplate> PipelineTemplate::fromJson(const QJsonObject& json, QString* error)
{
    const JsonObjectReader r(json, QString(), error);
    PipelineTemplate t;
    QJsonArray stageArray;
    if (!r.allowOnly({u"id"_s, u"name"_s, u"stages"_s, u"discountReviewAbovePercent"_s})
        || !r.identifier(u"id"_s, &t.id) || !r.string(u"name"_s, true, &t.name)
        || !r.integer(u"discountReviewAbovePercent"_s, 10, 0, 100, &t.discountReviewAbovePercent)
        || !r.array(u"stages"_s, true, &stageArray))
        return std::nullopt;
    if (stageArray.isEmpty()) {
        r.fail(u"stages"_s, u"must contain at least one stage"_s);
        return std::nullopt;
    }
    QSet<QString> stageKeys;
    QSet<QString> requirementKeys;
    QSet<QString> checklistKeys; // unique across the template, like requirement keys
    for (qsizetype i = 0; i < stageArray.size(); ++i) {
        const QString path = u"stages[%1]"_s.arg(i);
        StageDefinition stage;
        if (!readStage(stageArray.at(i), path, &stage, error))
            return std::nullopt;
        if (stageKeys.contains(stage.key)) {
            r.fail(path + u".key"_s, u"duplicate stage key \"%1\""_s.arg(stage.key));
            return std::nullopt;
        }
        stageKeys.insert(stage.key);
        for (qsizetype j = 0; j < stage.entryRequirements.size(); ++j) {
            const QString key = stage.entryRequirements.at(j).key;
            if (requirementKeys.contains(key)) {
                r.fail(path + u".entryRequirements[%1].key"_s.arg(j),
                       u"duplicate requirement key \"%1\""_s.arg(key));
                return std::nullopt;
            }
            requirementKeys.insert(key);
        }
        for (qsizetype j = 0; j < stage.review.checklist.size(); ++j) {
            const QString key = stage.review.checklist.at(j).key;
            if (checklistKeys.contains(key)) {
                r.fail(path + u".review.checklist[%1].key"_s.arg(j),
                       u"duplicate checklist key \"%1\""_s.arg(key));
                return std::nullopt;
            }
            checklistKeys.insert(key);
        }
        t.stages.append(stage);
    }
    return t;
}

PipelineTemplate defaultPipelineTemplate()
{
    // Parsed once; the file is compiled in, so failure is a build defect that tests catch.
    static const PipelineTemplate cached = [] {
        QFile file(u":/sales/pipeline/default.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("default pipeline template missing from resources");
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            qFatal("default pipeline template: %s", qPrintable(parseError.errorString()));
        QString error;
        const auto t = PipelineTemplate::fromJson(doc.object(), &error);
        if (!t)
            qFatal("default pipeline template: %s", qPrintable(error));
        return *t;
    }();
    return cached;
}

QString evidenceKindKey(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::FreeText: return u"freeText"_s;
    case EvidenceKind::File: return u"file"_s;
    case EvidenceKind::CaseLink: return u"caseLink"_s;
    case EvidenceKind::Role: return u"role"_s;
    }
    return {};
}

std::optional<EvidenceKind> evidenceKindFromKey(QStringView key)
{
    for (EvidenceKind k : {EvidenceKind::FreeText, EvidenceKind::File, EvidenceKind::CaseLink,
                           EvidenceKind::Role}) {
        if (key == evidenceKindKey(k))
            return k;
    }
    return std::nullopt;
}

QString slaBreachActionKey(SlaBreachAction action)
{
    switch (action) {
    case SlaBreachAction::None: return u"none"_s;
    case SlaBreachAction::Freeze: return u"freeze"_s;
    case SlaBreachAction::Downgrade: return u"downgrade"_s;
    }
    return {};
}

std::optional<SlaBreachAction> slaBreachActionFromKey(QStringView key)
{
    for (SlaBreachAction a :
         {SlaBreachAction::None, SlaBreachAction::Freeze, SlaBreachAction::Downgrade}) {
        if (key == slaBreachActionKey(a))
            return a;
    }
    return std::nullopt;
}

} // namespace sales
