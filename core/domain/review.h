// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// 审核: the rules of the review queue, pure and shared by client and server, so an
// offline client shows (as provisional) exactly what the server will decide.

#include "evidenceitem.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sales {

// What happens to an item nobody decided by its deadline.
enum class ReviewTimeout { AutoReject, Escalate };

// One line of a stage's checklist (seed 000: demand keywords present, competitor
// mentions, decision-maker role marked). With keywords it is pre-checked
// automatically against the lead's evidence and activities; without, only by hand.
struct ChecklistItem
{
    QString key;
    QString text;
    QStringList keywords;

    bool operator==(const ChecklistItem &) const = default;
};

// A reviewRequired stage's rule (template data, "review" in a stage's JSON).
struct StageReviewRule
{
    QList<ChecklistItem> checklist;
    int deadlineHours = 24;
    ReviewTimeout onTimeout = ReviewTimeout::AutoReject;

    bool operator==(const StageReviewRule &) const = default;
};

// A rep's advance into a reviewRequired stage: the lead waits for it (待审核).
// A resubmission after a reject is the same item's next round.
struct ReviewItem
{
    QString id;
    QString leadId;
    QString stageKey;
    int round = 1;
    QString submittedBy;
    QDateTime submittedAt; // of the current round
};

enum class ReviewDecisionKind {
    Approve,
    Reject,
    Escalate,   // made by the server when the deadline passed (onTimeout escalate)
    AutoReject, // made by the server when the deadline passed (onTimeout autoReject)
    Comment,    // a decision that came after the round was already decided: kept, not counted
};

struct ReviewDecision
{
    QString id;
    QString itemId;
    int round = 1;
    ReviewDecisionKind kind = ReviewDecisionKind::Approve;
    QString reason;         // required for Reject; "超时未审核" for AutoReject
    QString evidenceDigest; // of the evidence the decider saw (evidenceDigest())
    QString decidedBy;      // user id; empty for the server's own (Escalate, AutoReject)
    QDateTime decidedAt;
};

enum class ReviewState {
    Pending,   // waiting for the team's supervisor
    Escalated, // waiting for the region's manager (the deadline passed, onTimeout escalate)
    Approved,
    Rejected,  // back with the rep: add evidence and resubmit
};

struct ReviewStatus
{
    ReviewState state = ReviewState::Pending;
    int round = 1;
    QDateTime deadline;     // of the current round: submittedAt + deadlineHours
    qint64 secondsLeft = 0; // to the deadline; negative once past
    // The decision that settled the round (approve, reject, auto-reject, or the
    // escalation while it waits for the manager); none while pending.
    std::optional<ReviewDecision> decision;
    // The escalation of this round (real or, when provisional, the one onTimeout will
    // make), kept after a manager's decision so the UI can say it went up.
    std::optional<ReviewDecision> escalation;
    // Approved, but the evidence changed since (removed, replaced or added): the
    // approval is void and the item pending again.
    bool approvalVoided = false;
    // Past the deadline with no decision row yet: the state shown is what onTimeout
    // will make it, computed here, provisional until the server's row arrives.
    bool provisional = false;
    // Decisions of this round after the one that counted (two supervisors offline).
    QList<ReviewDecision> comments;
};

// submittedAt + deadlineHours.
QDateTime reviewDeadline(const QDateTime &submittedAt, const StageReviewRule &rule);

// The item's state at now from its decisions (in the order the server accepted
// them; the first Approve/Reject/Escalate/AutoReject of the current round counts,
// later ones are comments; a manager's decision after an escalation counts). The
// server runs the same rule for its deadline pass and when it checks a push.
//  - no counted decision, now < deadline: Pending
//  - no counted decision, now >= deadline: provisional AutoReject ("超时未审核") or
//    Escalated, per rule.onTimeout
//  - Approve with a digest different from currentDigest: Pending, approvalVoided
// An approve or reject made on other evidence than a counted approval (its digest
// differs: the evidence changed after it, which voided it) counts in its place.
// Decisions of other rounds are ignored.
ReviewStatus reviewStatus(const ReviewItem &item, const QList<ReviewDecision> &decisions,
                          const StageReviewRule &rule, const QString &currentDigest, const QDateTime &now);

// A digest of what a decider sees: every item of evidence (id, stage, requirement,
// kind and its payload: text, file content address, case, role), order-independent.
// Removing, replacing or adding any item changes it.
QString evidenceDigest(const QList<EvidenceItem> &evidence);

// Where a pre-check found a keyword: the source's label (e.g. "证据：需求痛点" or
// "跟进 3月2日"), the keyword and a short excerpt around it.
struct PreCheckHit
{
    QString keyword;
    QString source;
    QString excerpt;
};

struct PreCheckResult
{
    QString itemKey;
    bool automatic = false; // the item has keywords
    QList<PreCheckHit> hits;
    bool passed() const { return automatic && !hits.isEmpty(); }
};

// A text the pre-check reads: its label and content.
struct PreCheckSource
{
    QString label;
    QString text;
};

// For each checklist item with keywords, every source that contains one of them
// (case-insensitive for Latin letters); items without keywords come back with
// automatic = false. One result per checklist item, in checklist order.
QList<PreCheckResult> preCheck(const StageReviewRule &rule, const QList<PreCheckSource> &sources);

// Stable names used in JSON and storage: "autoReject", "escalate";
// "approve", "reject", "escalate", "autoReject", "comment";
// "pending", "escalated", "approved", "rejected".
QString reviewTimeoutKey(ReviewTimeout timeout);
std::optional<ReviewTimeout> reviewTimeoutFromKey(QStringView key);
QString reviewDecisionKindKey(ReviewDecisionKind kind);
std::optional<ReviewDecisionKind> reviewDecisionKindFromKey(QStringView key);
QString reviewStateKey(ReviewState state);
std::optional<ReviewState> reviewStateFromKey(QStringView key);

// The reason an auto-reject carries.
QString autoRejectReason(); // "超时未审核"

} // namespace sales
