// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/activity.h"
#include "domain/evidenceitem.h"
#include "domain/stagechange.h"
#include "repository.h"

#include <QHash>
#include <QList>

namespace sales {

// What accumulates under a lead: its evidence, its activities and its stage moves.
class LeadHistoryRepository final : public Repository
{
public:
    explicit LeadHistoryRepository(QSqlDatabase db, const Clock &clock = systemClock())
        : Repository(std::move(db), clock)
    {
    }

    bool saveEvidence(const EvidenceItem &item);
    bool removeEvidence(const QString &id) { return remove(QStringLiteral("evidence_item"), id); }
    QList<EvidenceItem> evidenceOf(const QString &leadId) const;

    bool saveActivity(const Activity &activity);
    // Newest first; limit < 0 means all.
    QList<Activity> activitiesOf(const QString &leadId, int limit = -1) const;

    // A file attached to an activity; the blob must already be in the BlobStore.
    bool saveActivityAttachment(const QString &activityId, const QString &blobSha256, const QString &fileName);
    // activity id -> number of attached files, for the lead's activities.
    QHash<QString, int> attachmentCountsOf(const QString &leadId) const;

    bool saveStageChange(const StageChange &change);
    // Oldest first.
    QList<StageChange> stageChangesOf(const QString &leadId) const;
};

} // namespace sales
