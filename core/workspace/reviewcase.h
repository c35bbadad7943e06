// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leaddetail.h"
#include "reviewservice.h"

#include <QByteArray>
#include <QHash>

namespace sales {

// What a file of evidence is, for showing it inside the client.
enum class EvidenceFileKind { Image, Pdf, Recording, Text, Other };
EvidenceFileKind evidenceFileKind(const QString &fileName, const QByteArray &head);

// The requirement's label in the lead's template (its key when the template has none).
QString evidenceRequirementLabel(const PipelineTemplate &pipeline, const QString &requirementKey);

// One item of the queue with everything a decider looks at: the lead, every item
// of its evidence (files read from the encrypted replica), the checklist with the
// automatic pre-check already run over the evidence and the activities, and the
// decisions so far (a previous reject, a voided approval, comments).
struct ReviewCase
{
    ReviewQueueEntry entry;
    LeadDetail detail;
    QList<PreCheckResult> checks;          // one per checklist item, in order
    QHash<QString, QByteArray> files;      // blob sha256 -> content (shown inline)
    QHash<QString, qint64> fileSizes;      // blob sha256 -> bytes, also for files not loaded
    QList<ReviewDecision> decisions;       // of the item, in server order
    QHash<QString, QString> deciderNames;  // user id -> name
    QHash<QString, QString> caseTitles;    // case id -> title, for linked cases
};

// Reads the case on the calling thread's connection (the queue's reader thread).
// Files larger than maxInlineBytes are listed but not loaded.
Expected<ReviewCase> loadReviewCase(const QSqlDatabase &db, const QDateTime &now, const ReviewQueueEntry &entry,
                                    qint64 maxInlineBytes = 20 * 1024 * 1024);

// The texts the pre-check reads: each item of evidence (labelled by what it was
// filed for) and each activity (labelled by its day).
QList<PreCheckSource> preCheckSources(const LeadDetail &detail);

} // namespace sales
