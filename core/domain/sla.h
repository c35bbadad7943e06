// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidenceitem.h"
#include "pipelinetemplate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sales {

enum class SlaState { OnTrack, Due, Overdue, Frozen, Downgraded };

struct SlaStatus
{
    SlaState state = SlaState::OnTrack;
    QDateTime deadline;
    qint64 secondsLeft = 0; // negative once overdue
};

// The SLA rule is "slaHours without next-stage material": the clock starts at the
// later of entering the stage and the newest piece of material filed for the next
// stage's entry requirements. Only material that counts (see evidenceIdentity)
// restarts it; re-filing something already counted does not. The last stage, or an
// unknown one, runs from stage entry.
QDateTime slaClockStart(const QDateTime& stageEnteredAt, const QList<EvidenceItem>& evidence,
                        const PipelineTemplate& pipeline, const QString& currentStage);

// Deadline = clockStart + slaHours.
//  OnTrack    now < deadline - warnHours
//  Due        deadline - warnHours <= now < deadline
//  Overdue    deadline <= now < deadline + graceHours
//  Frozen / Downgraded from deadline + graceHours, per breachAction (None: Overdue).
// An invalid clockStart yields OnTrack with an invalid deadline.
SlaStatus evaluateSla(const StageDefinition& stage, const QDateTime& clockStart,
                      const QDateTime& now);

// Meeting notes are due dueHours after first contact (on time up to and including
// that instant). True when they missed it: none filed by now and the due time has
// passed, or filed after the due time. Notes stamped after now are not yet filed.
bool meetingNotesOverdue(const QDateTime& firstContactAt, const std::optional<QDateTime>& notesAt,
                         const QDateTime& now, int dueHours = 2);

} // namespace sales
