// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The review queue's rules on the server (issue 14): the same domain code the
// client runs (core/domain/review.h, reviewauthority.h), checked on every push, so
// a crafted push cannot approve its own item, decide for another team, edit the
// audit trail, backdate a decision or take a lead out of 待审核 undecided.

#include "syncrules.h"

#include "domain/review.h"

#include <QList>

namespace sales::server {

// lead: a reviewRequired stage is never skipped (review_skipped) and is left
// forward only once its item is approved (review_pending).
std::optional<RuleVerdict> checkLeadReview(const RuleInput &in);
// review_item: opened only for the stage the lead is in, when that stage needs
// review, once per stage (duplicate_item); a change is the next round only, after
// the round was decided (review_pending); never deleted, its stage never changed
// (audit_trail); submitted_at not in the future (bad_time).
std::optional<RuleVerdict> checkReviewItem(const RuleInput &in);
// review_decision: appended only (audit_trail); approve or reject of the item's
// current round (stale_round) by someone with the authority (own_item, other_team,
// escalated, not_escalated, other_region, forbidden); a reject with a reason
// (bad_value); decided_at neither before the submission (backdated) nor in the
// future (bad_time). A decision on a round already decided is kept as a comment
// and the pusher told who decided it and when (amendment already_decided).
std::optional<RuleVerdict> checkReviewDecision(const RuleInput &in);

// The deadline pass: for every open item whose deadline is past at now and that
// nobody decided, the decision the stage's onTimeout makes (AutoReject with
// "超时未审核", or Escalate to the region's manager), as rows to write. *ok is
// false on a database error.
struct TimeoutRow {
    QString id;
    QJsonObject fields;
};
QList<TimeoutRow> reviewTimeouts(QSqlDatabase &db, const QDateTime &now, bool *ok);

// The deadline pass of `sales-server serve` (the review-deadlines job): writes
// reviewTimeouts(now) as rows with revs, so they reach every client by sync.
// *written: how many decisions it made.
bool runReviewDeadlines(Store &store, const QDateTime &now, int *written, QString *error);

} // namespace sales::server
