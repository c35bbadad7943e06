// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidencekind.h"
#include "review.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sales {

// One piece of evidence a lead must carry to enter a stage. key is unique across
// the whole template, so an EvidenceItem names its requirement by key alone.
struct EvidenceRequirement
{
    QString key;
    EvidenceKind kind = EvidenceKind::FreeText;
    QString label;
    int minCount = 1;
    QString role;          // Role: the buying role that must be marked, e.g. 决策人
    int minTextLength = 4; // FreeText: characters an item needs to count as concrete
    QString hint;          // optional: what a good item looks like, shown before filing

    bool operator==(const EvidenceRequirement&) const = default;
};

enum class SlaBreachAction { None, Freeze, Downgrade };

// 阶段. The SLA clock runs for slaHours; warnHours before the deadline the lead is
// due, graceHours after it the breach action applies.
struct StageDefinition
{
    QString key;
    QString name;
    QList<EvidenceRequirement> entryRequirements;
    int slaHours = 48;
    int graceHours = 0;
    SlaBreachAction breachAction = SlaBreachAction::None;
    int warnHours = 0;
    int winProbability = 0; // percent
    bool reviewRequired = false;
    StageReviewRule review{}; // used only when reviewRequired (JSON "review"); {} keeps brace-init short

    bool operator==(const StageDefinition&) const = default;
};

struct PipelineTemplate
{
    QString id;
    QString name;
    QList<StageDefinition> stages; // in pipeline order
    // A quote whose discount is above this percent needs a supervisor's approval (0-100).
    int discountReviewAbovePercent = 10;

    int indexOf(const QString& stageKey) const; // -1 when unknown
    const StageDefinition* stage(const QString& stageKey) const;
    const StageDefinition* nextStage(const QString& stageKey) const; // null at the end
    // The stage whose entry requirements include requirementKey, or null.
    const StageDefinition* stageOfRequirement(const QString& requirementKey) const;

    QJsonObject toJson() const;
    // Strict: unknown or mistyped fields, duplicate keys and out-of-range numbers are
    // rejected; *error (if given) names the field, e.g. "stages[2].slaHours: ...".
    static std::optional<PipelineTemplate> fromJson(const QJsonObject& json, QString* error);

    bool operator==(const PipelineTemplate&) const = default;
};

// The six-stage template compiled in from :/sales/pipeline/default.json (id "default").
PipelineTemplate defaultPipelineTemplate();

// Stable names used in JSON (and storage): "freeText", "file", "caseLink", "role".
QString evidenceKindKey(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromKey(QStringView key);
// "none", "freeze", "downgrade".
QString slaBreachActionKey(SlaBreachAction action);
std::optional<SlaBreachAction> slaBreachActionFromKey(QStringView key);

} // namespace sales
