// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"
#include "domain/scriptpack.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace sales {

// An item waiting in a queue, with what the queue shows of its lead.
struct ReviewQueueRow
{
    ReviewItem item;
    QString leadTitle;
    QString accountName;
    QString ownerId;
    QString ownerName;
    QString teamId;
    QString regionId;
    QString templateId;
    QString industry;
};

// The review tables (migration 10): items, their append-only decisions, script packs.
class ReviewRepository final : public Repository
{
public:
    explicit ReviewRepository(QSqlDatabase db, const Clock &clock = systemClock())
        : Repository(std::move(db), clock)
    {
    }

    bool saveItem(const ReviewItem &item);
    std::optional<ReviewItem> findItem(const QString &id) const;
    // The lead's item for stageKey (one per lead and stage; a resubmission is its next round).
    std::optional<ReviewItem> itemFor(const QString &leadId, const QString &stageKey) const;

    bool saveDecision(const ReviewDecision &decision);
    // In the order they were accepted (rev; local ones not yet pushed last), then id.
    QList<ReviewDecision> decisionsOf(const QString &itemId) const;
    // Every decision of every item in itemIds, by item id; the same order within each.
    QHash<QString, QList<ReviewDecision>> decisionsOf(const QStringList &itemIds) const;

    // Open leads' items in the current stage of their lead, with what a queue shows:
    // where the decision is still to make or was just made (the status decides).
    // teamId / regionId narrow it (empty: all the replica holds).
    QList<ReviewQueueRow> openItems(const QString &teamId = {}, const QString &regionId = {}) const;

    bool saveScriptPack(const ScriptPack &pack);
    // For the stage: packs of the lead's industry first, then those for any industry.
    QList<ScriptPack> scriptPacksFor(const QString &stageKey, const QString &industry) const;
};

} // namespace sales
