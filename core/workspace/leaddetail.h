// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/activity.h"
#include "domain/contact.h"
#include "domain/evidenceitem.h"
#include "domain/lead.h"
#include "domain/pipelinetemplate.h"
#include "domain/sla.h"
#include "domain/stagechange.h"
#include "domain/stagegate.h"
#include "result.h"
#include "reviewservice.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace sales {

// Everything the lead view shows, with the rules already applied: what is
// missing for the next stage, the SLA state at `now`, backflow so far.
struct LeadDetail
{
    Lead lead;
    Account account;
    Contact contact;
    QString ownerName;
    PipelineTemplate pipeline;
    QList<EvidenceItem> evidence;
    QList<Activity> recentActivities; // newest first
    QHash<QString, int> attachmentCounts; // activity id -> files attached
    QList<StageChange> history;       // oldest first
    std::optional<GateResult> nextGate; // none at the last stage
    SlaStatus sla;
    int backflows = 0;
    // The review of the current stage when it needs one (待审核, rejected with the
    // stage's script packs, approved), at now by the shared rule.
    std::optional<LeadReview> review;
    QString reviewDeciderName; // who made the decision that counts, when a person did
};

// Loads a LeadDetail from the replica on the calling thread's connection, or says why not.
Expected<LeadDetail> loadLeadDetail(const QSqlDatabase &db, const QString &leadId, const QDateTime &now,
                                    int activityLimit = 200);

} // namespace sales
