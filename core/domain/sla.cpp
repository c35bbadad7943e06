// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sla.h"

#include "stagegate.h"

#include <QHash>

namespace sales {

namespace {

constexpr qint64 kSecondsPerHour = 3600;
constexpr qint64 kMsPerHour = kSecondsPerHour * 1000;

// When the material for req first became complete-able: for each distinct piece, the
// first time it was filed. Returns the newest of those.
QDateTime newestDistinctEvidence(const EvidenceRequirement& req, const QList<EvidenceItem>& evidence)
{
    QHash<QString, QDateTime> firstFiled;
    for (const EvidenceItem& item : evidence) {
        if (!item.createdAt.isValid())
            continue;
        const QString identity = evidenceIdentity(req, item);
        if (identity.isEmpty())
            continue;
        auto it = firstFiled.find(identity);
        if (it == firstFiled.end())
            firstFiled.insert(identity, item.createdAt);
        else if (item.createdAt < it.value())
            it.value() = item.createdAt;
    }
    QDateTime newest;
    for (const QDateTime& t : std::as_const(firstFiled)) {
        if (!newest.isValid() || t > newest)
            newest = t;
    }
    return newest;
}

} // namespace

QDateTime slaClockStart(const QDateTime& stageEnteredAt, const QList<EvidenceItem>& evidence,
                        const PipelineTemplate& pipeline, const QString& currentStage)
{
    const StageDefinition* next = pipeline.nextStage(currentStage);
    QDateTime start = stageEnteredAt;
    if (!next)
        return start;
    for (const EvidenceRequirement& req : next->entryRequirements) {
        const QDateTime filed = newestDistinctEvidence(req, evidence);
        if (filed.isValid() && (!start.isValid() || filed > start))
            start = filed;
    }
    return start;
}

SlaStatus evaluateSla(const StageDefinition& stage, const QDateTime& clockStart,
                      const QDateTime& now)
{
    SlaStatus status;
    if (!clockStart.isValid() || !now.isValid())
        return status;
    status.deadline = clockStart.addSecs(stage.slaHours * kSecondsPerHour);
    // Milliseconds decide the state so that 47:59:59.5 is still Due, not Overdue.
    const qint64 msLeft = now.msecsTo(status.deadline);
    status.secondsLeft = msLeft >= 0 ? msLeft / 1000 : -((-msLeft + 999) / 1000);
    if (msLeft > stage.warnHours * kMsPerHour)
        status.state = SlaState::OnTrack;
    else if (msLeft > 0)
        status.state = SlaState::Due;
    else if (-msLeft < stage.graceHours * kMsPerHour)
        status.state = SlaState::Overdue;
    else if (stage.breachAction == SlaBreachAction::Freeze)
        status.state = SlaState::Frozen;
    else if (stage.breachAction == SlaBreachAction::Downgrade)
        status.state = SlaState::Downgraded;
    else
        status.state = SlaState::Overdue;
    return status;
}

bool meetingNotesOverdue(const QDateTime& firstContactAt, const std::optional<QDateTime>& notesAt,
                         const QDateTime& now, int dueHours)
{
    if (!firstContactAt.isValid() || !now.isValid())
        return false;
    const QDateTime due = firstContactAt.addSecs(dueHours * kSecondsPerHour);
    if (notesAt && notesAt->isValid() && *notesAt <= now)
        return *notesAt > due;
    return now > due;
}

} // namespace sales
