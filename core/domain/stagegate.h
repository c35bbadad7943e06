// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidenceitem.h"
#include "pipelinetemplate.h"

#include <QList>
#include <QString>

namespace sales {

// One requirement that is not yet met: the rep sees "have of need".
struct MissingEvidence
{
    EvidenceRequirement requirement;
    int have = 0;
    int need = 0;
    QString stageKey; // the stage whose entry needs it
};

// 阶段锁 verdict for entering targetStage.
struct GateResult
{
    QString targetStage;
    bool passed = false;
    QList<MissingEvidence> missing; // in template order
    bool unknownStage = false;      // a stage key is not in the template: never passes
};

// The identity under which an item counts toward req, or an empty string when it
// does not count (wrong requirement or kind, or a payload that is not concrete).
// Items with the same identity are one piece of evidence: the same pain point typed
// twice, the same file uploaded twice, the same person marked twice.
//  FreeText: at least minTextLength letters or digits (punctuation and spaces do not
//            count); identity is the whitespace-simplified, case-folded text.
//  File:     blobSha256 is 64 hex digits.   CaseLink: caseId is not blank.
//  Role:     role equals req.role and text (the person's name) is not blank.
QString evidenceIdentity(const EvidenceRequirement& req, const EvidenceItem& item);

// Distinct items in evidence that count toward req.
int countEvidence(const EvidenceRequirement& req, const QList<EvidenceItem>& evidence);

// Whether evidence satisfies the entry requirements of targetStageKey alone.
GateResult checkStageGate(const PipelineTemplate& pipeline, const QString& targetStageKey,
                          const QList<EvidenceItem>& evidence);

// Moving forward checks the entry requirements of every stage after fromStageKey up
// to and including toStageKey; an empty fromStageKey means the lead is entering the
// pipeline. Moving backwards or staying put always passes: that is backflow, which
// stagehistory.h counts.
GateResult checkAdvance(const PipelineTemplate& pipeline, const QString& fromStageKey,
                        const QString& toStageKey, const QList<EvidenceItem>& evidence);

// e.g. "痛点描述：还差 2 条（已有 1/3）"
QString describeMissing(const MissingEvidence& missing);

} // namespace sales
