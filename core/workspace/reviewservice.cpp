// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewservice.h"

#include "clock.h"
#include "domain/ids.h"
#include "domain/reviewauthority.h"
#include "leadserviceutil.h"
#include "storage/knowledgerepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/organisationrepository.h"
#include "storage/transaction.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {

using namespace leadops;

namespace {

constexpr qsizetype MinReasonLength = 2;

Result readFailed(const Repository &r, const QString &what)
{
    return failed(ReviewService::tr("无法读取%1：%2").arg(what, r.errorText()));
}

} // namespace

Result ReviewService::openFor(const ServiceContext &context, const QString &leadId, const QString &stageKey)
{
    ReviewRepository reviews(context.db(), context.clock());
    std::optional<ReviewItem> item = reviews.itemFor(leadId, stageKey);
    if (!item && !reviews.errorText().isEmpty())
        return readFailed(reviews, tr("审核记录"));
    const QDateTime now = context.clock().now();
    if (item) {
        // Back in the stage after a move back. A decided round is decided again in
        // the next one; a round still waiting stays as it is (the server refuses
        // a new round while one is pending: it would only move the deadline).
        auto lead = loadLead(context.db(), leadId);
        if (!lead)
            return lead.result();
        const StageDefinition *stage = lead->pipeline.stage(stageKey);
        const QList<ReviewDecision> decisions = reviews.decisionsOf(item->id);
        if (!reviews.errorText().isEmpty())
            return readFailed(reviews, tr("审核结论"));
        const LeadHistoryRepository history(context.db());
        const QList<EvidenceItem> evidence = history.evidenceOf(leadId);
        if (!history.errorText().isEmpty())
            return readFailed(history, tr("证据"));
        const ReviewState state = stage
            ? reviewStatus(*item, decisions, stage->review, evidenceDigest(evidence), now).state
            : ReviewState::Pending;
        if (state != ReviewState::Approved && state != ReviewState::Rejected)
            return succeeded(item->id);
        ++item->round;
    } else {
        item = ReviewItem{newId(), leadId, stageKey, 1, {}, {}};
    }
    item->submittedBy = context.actor();
    item->submittedAt = now;
    if (!reviews.saveItem(*item))
        return failed(tr("无法提交审核：%1").arg(reviews.errorText()));
    return succeeded(item->id);
}

Expected<std::optional<LeadReview>> ReviewService::reviewOf(const QString &leadId) const
{
    const QSqlDatabase &db = m_context.db();
    auto context = loadLead(db, leadId);
    if (!context)
        return context.result();
    const StageDefinition *stage = context->pipeline.stage(context->lead.stageKey);
    if (!stage || !stage->reviewRequired)
        return std::optional<LeadReview>();
    const ReviewRepository reviews(db);
    const std::optional<ReviewItem> item = reviews.itemFor(leadId, stage->key);
    if (!item) {
        if (!reviews.errorText().isEmpty())
            return readFailed(reviews, tr("审核记录"));
        // In the stage without an item (entered before reviews existed): waiting for a submission.
        LeadReview none{ReviewItem{{}, leadId, stage->key, 0, {}, {}}, {}, stage->review, stage->name, {}};
        return std::optional<LeadReview>(none);
    }
    const QList<ReviewDecision> decisions = reviews.decisionsOf(item->id);
    if (!reviews.errorText().isEmpty())
        return readFailed(reviews, tr("审核结论"));
    const LeadHistoryRepository history(db);
    const QList<EvidenceItem> evidence = history.evidenceOf(leadId);
    if (!history.errorText().isEmpty())
        return readFailed(history, tr("证据"));
    LeadReview review{*item,
                      reviewStatus(*item, decisions, stage->review, evidenceDigest(evidence), m_context.clock().now()),
                      stage->review, stage->name, {}};
    if (review.status.state == ReviewState::Rejected)
        review.scripts = reviews.scriptPacksFor(stage->key, context->lead.industry);
    return std::optional<LeadReview>(review);
}

QString ReviewService::advanceBlocker(const std::optional<LeadReview> &review)
{
    if (!review)
        return {};
    if (review->item.id.isEmpty())
        return tr("“%1”需要主管审核：请先提交审核").arg(review->stageName);
    switch (review->status.state) {
    case ReviewState::Approved:
        return {};
    case ReviewState::Rejected:
        return tr("审核未通过：补充证据后重新提交审核");
    case ReviewState::Escalated:
        return tr("待审核（已升级给区域经理）：审核通过后才能推进");
    case ReviewState::Pending:
        break;
    }
    if (review->status.approvalVoided)
        return tr("通过审核后证据有变动，审核已失效：待主管重新审核");
    return tr("待审核：主管审核通过后才能推进");
}

Expected<QList<ReviewQueueEntry>> ReviewService::queue() const
{
    const QSqlDatabase &db = m_context.db();
    const OrganisationRepository organisation(db);
    const std::optional<User> me = organisation.findUser(m_context.actor());
    if (!me)
        return failed(tr("没有登录的用户：审核队列按用户的团队与区域显示"));
    const ReviewRepository reviews(db);
    const bool manager = me->role == UserRole::Manager;
    const QList<ReviewQueueRow> rows = me->role == UserRole::Admin ? reviews.openItems()
        : manager ? reviews.openItems({}, me->regionId)
                  : reviews.openItems(me->teamId, {});
    if (!reviews.errorText().isEmpty())
        return readFailed(reviews, tr("审核队列"));
    QStringList ids;
    for (const ReviewQueueRow &r : rows)
        ids << r.item.id;
    const QHash<QString, QList<ReviewDecision>> decisions = reviews.decisionsOf(ids);
    if (!reviews.errorText().isEmpty())
        return readFailed(reviews, tr("审核结论"));
    const KnowledgeRepository knowledge(db);
    QHash<QString, std::optional<PipelineTemplate>> templates;
    const LeadHistoryRepository history(db);
    const QDateTime now = m_context.clock().now();
    QList<ReviewQueueEntry> out;
    for (const ReviewQueueRow &r : rows) {
        if (!templates.contains(r.templateId))
            templates.insert(r.templateId, knowledge.findTemplate(r.templateId));
        const std::optional<PipelineTemplate> &pipeline = templates[r.templateId];
        const StageDefinition *stage = pipeline ? pipeline->stage(r.item.stageKey) : nullptr;
        if (!stage || !stage->reviewRequired)
            continue;
        const QList<EvidenceItem> evidence = history.evidenceOf(r.item.leadId);
        if (!history.errorText().isEmpty())
            return readFailed(history, tr("证据"));
        ReviewQueueEntry entry{r, reviewStatus(r.item, decisions.value(r.item.id), stage->review,
                                               evidenceDigest(evidence), now),
                               stage->review, stage->name};
        const ReviewLeadScope scope{r.item.submittedBy, r.teamId, r.regionId};
        if (reviewAuthorityRefusal(*me, scope, entry.status.state))
            continue; // decided, or not theirs to decide (their own, another team, not escalated)
        out.append(entry);
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewQueueEntry &a, const ReviewQueueEntry &b) {
        return a.status.deadline < b.status.deadline;
    });
    return out;
}

Result ReviewService::approve(const QString &itemId)
{
    return decide(itemId, ReviewDecisionKind::Approve, QString());
}

Result ReviewService::reject(const QString &itemId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.size() < MinReasonLength)
        return fieldFailed(u"reason"_s, tr("请写明驳回的原因（至少 %1 个字），销售据此补充证据").arg(MinReasonLength));
    return decide(itemId, ReviewDecisionKind::Reject, why);
}

Result ReviewService::decide(const QString &itemId, ReviewDecisionKind kind, const QString &reason)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    ReviewRepository reviews(db, m_context.clock());
    const std::optional<ReviewItem> item = reviews.findItem(itemId);
    if (!item)
        return reviews.errorText().isEmpty() ? failed(tr("找不到这条审核，可能已被撤回")) : readFailed(reviews, tr("审核"));
    auto context = loadLead(db, item->leadId);
    if (!context)
        return context.result();
    const StageDefinition *stage = context->pipeline.stage(item->stageKey);
    if (!stage || context->lead.stageKey != item->stageKey)
        return failed(tr("线索已不在“%1”阶段，这条审核已作废").arg(stage ? stage->name : item->stageKey));
    const std::optional<User> me = OrganisationRepository(db).findUser(m_context.actor());
    if (!me)
        return failed(tr("没有登录的用户，不能审核"));
    const QList<EvidenceItem> evidence = LeadHistoryRepository(db).evidenceOf(item->leadId);
    const QString digest = evidenceDigest(evidence);
    const QDateTime now = m_context.clock().now();
    const ReviewStatus status = reviewStatus(*item, reviews.decisionsOf(itemId), stage->review, digest, now);
    const ReviewLeadScope scope{item->submittedBy, context->lead.teamId, context->lead.regionId};
    if (const auto refused = reviewAuthorityRefusal(*me, scope, status.state))
        return failed(refused->message);
    const ReviewDecision decision{newId(), itemId, item->round, kind, reason, digest, me->id, now};
    if (!reviews.saveDecision(decision))
        return failed(tr("无法保存审核结论：%1").arg(reviews.errorText()));
    return commit(tx, db, succeeded(decision.id));
}

Result ReviewService::resubmit(const QString &leadId)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    const auto review = reviewOf(leadId);
    if (!review)
        return review.result();
    if (!*review)
        return failed(tr("线索当前的阶段不需要审核"));
    const LeadReview &r = **review;
    const bool again = r.item.id.isEmpty() || r.status.state == ReviewState::Rejected;
    if (!again)
        return failed(r.status.state == ReviewState::Approved ? tr("已审核通过，无需重新提交")
                                                              : tr("已在等待审核，无需重复提交"));
    const Result opened = openFor(m_context, leadId, r.item.stageKey);
    return opened.ok ? commit(tx, db, opened) : opened;
}

} // namespace sales
