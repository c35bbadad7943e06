// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagegate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sales {

namespace {

qsizetype concreteLength(const QString& text)
{
    qsizetype n = 0;
    for (char32_t c : QStringView(text).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            ++n;
    }
    return n;
}

bool isSha256Hex(const QString& s)
{
    static const QRegularExpression re(u"^[0-9A-Fa-f]{64}$"_s);
    return re.match(s).hasMatch();
}

QString unitFor(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::FreeText: return QCoreApplication::translate("sales::StageGate", "条");
    case EvidenceKind::File: return QCoreApplication::translate("sales::StageGate", "份");
    case EvidenceKind::CaseLink: return QCoreApplication::translate("sales::StageGate", "个");
    case EvidenceKind::Role: return QCoreApplication::translate("sales::StageGate", "位");
    }
    return {};
}

void collectMissing(const StageDefinition& stage, const QList<EvidenceItem>& evidence,
                    QList<MissingEvidence>* missing)
{
    for (const EvidenceRequirement& req : stage.entryRequirements) {
        const int have = countEvidence(req, evidence);
        if (have < req.minCount)
            missing->append({req, have, req.minCount, stage.key});
    }
}

GateResult unknown(const QString& target)
{
    GateResult r;
    r.targetStage = target;
    r.unknownStage = true;
    return r;
}

} // namespace

QString evidenceIdentity(const EvidenceRequirement& req, const EvidenceItem& item)
{
    if (item.requirementKey != req.key || item.kind != req.kind)
        return {};
    switch (req.kind) {
    case EvidenceKind::FreeText:
        if (concreteLength(item.text) < req.minTextLength)
            return {};
        return item.text.simplified().toCaseFolded();
    case EvidenceKind::File:
        return isSha256Hex(item.blobSha256) ? item.blobSha256.toLower() : QString();
    case EvidenceKind::CaseLink:
        return item.caseId.trimmed();
    case EvidenceKind::Role:
        if (item.role.trimmed() != req.role.trimmed())
            return {};
        return item.text.simplified().toCaseFolded();
    }
    return {};
}

int countEvidence(const EvidenceRequirement& req, const QList<EvidenceItem>& evidence)
{
    QSet<QString> seen;
    for (const EvidenceItem& item : evidence) {
        const QString identity = evidenceIdentity(req, item);
        if (!identity.isEmpty())
            seen.insert(identity);
    }
    return static_cast<int>(seen.size());
}

GateResult checkStageGate(const PipelineTemplate& pipeline, const QString& targetStageKey,
                          const QList<EvidenceItem>& evidence)
{
    const StageDefinition* stage = pipeline.stage(targetStageKey);
    if (!stage)
        return unknown(targetStageKey);
    GateResult r;
    r.targetStage = targetStageKey;
    collectMissing(*stage, evidence, &r.missing);
    r.passed = r.missing.isEmpty();
    return r;
}

GateResult checkAdvance(const PipelineTemplate& pipeline, const QString& fromStageKey,
                        const QString& toStageKey, const QList<EvidenceItem>& evidence)
{
    const int to = pipeline.indexOf(toStageKey);
    const int from = fromStageKey.isEmpty() ? -1 : pipeline.indexOf(fromStageKey);
    if (to < 0 || (from < 0 && !fromStageKey.isEmpty()))
        return unknown(toStageKey);
    GateResult r;
    r.targetStage = toStageKey;
    for (int i = from + 1; i <= to; ++i)
        collectMissing(pipeline.stages.at(i), evidence, &r.missing);
    r.passed = r.missing.isEmpty();
    return r;
}

QString describeMissing(const MissingEvidence& missing)
{
    return QCoreApplication::translate("sales::StageGate", "%1：还差 %2 %3（已有 %4/%5）")
        .arg(missing.requirement.label, QString::number(missing.need - missing.have),
             unitFor(missing.requirement.kind), QString::number(missing.have),
             QString::number(missing.need));
}

} // namespace sales
