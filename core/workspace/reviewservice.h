// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"
#include "result.h"
#include "servicecontext.h"
#include "storage/reviewrepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sales {

// A lead's review as everyone sees it: the item of its current stage, its state at
// now by the shared rule (provisional when the deadline passed and the server's
// row has not come yet), the stage's rule, and the script packs after a reject.
struct LeadReview
{
    ReviewItem item;
    ReviewStatus status;
    StageReviewRule rule;
    QString stageName;
    QList<ScriptPack> scripts; // rejected: what to say and bring next time
};

// One line of a queue: the item, its lead and its state.
struct ReviewQueueEntry
{
    ReviewQueueRow row;
    ReviewStatus status;
    StageReviewRule rule;
    QString stageName;
};

// 审核: items are opened by an advance into a reviewRequired stage (StageService
// calls openFor in its transaction), decided by supervisors (escalated ones by the
// region's manager), resubmitted by the rep after a reject. Everything is decided
// again by the server when it syncs; here the same rules run offline.
class ReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(sales::ReviewService)

public:
    explicit ReviewService(const Session &session) : m_context(session) {}
    ReviewService(QSqlDatabase db, const Clock &clock, QString userId)
        : m_context(std::move(db), clock, std::move(userId))
    {
    }

    // In the caller's transaction: the lead entered stageKey, which needs review.
    // A new item, or the next round of the one the stage already has.
    static Result openFor(const ServiceContext &context, const QString &leadId, const QString &stageKey);

    // The review of the lead's current stage; none when that stage needs none.
    Expected<std::optional<LeadReview>> reviewOf(const QString &leadId) const;
    // Whether the lead may leave its current stage forward: empty when it may,
    // otherwise why not (待审核, rejected, approval voided).
    static QString advanceBlocker(const std::optional<LeadReview> &review);

    // The signed-in user's queue: what they may decide now, nearest deadline first
    // (a supervisor: their team's pending items; a manager: their region's escalated ones).
    Expected<QList<ReviewQueueEntry>> queue() const;

    Result approve(const QString &itemId);
    Result reject(const QString &itemId, const QString &reason);
    // The rep, after a reject (or a voided approval): the item's next round.
    Result resubmit(const QString &leadId);

private:
    Result decide(const QString &itemId, ReviewDecisionKind kind, const QString &reason);

    ServiceContext m_context;
};

} // namespace sales
