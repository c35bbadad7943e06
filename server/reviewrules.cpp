// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

#include "domain/reviewauthority.h"
#include "leadfacts.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales::server {
namespace {

// How far ahead of the server's clock a device's clock may run.
constexpr qint64 kClockSkewMs = 5 * 60 * 1000;

RuleVerdict verdict(const char *code, const QString &message) { return {QString::fromLatin1(code), message}; }

bool isDeleted(const QJsonObject &f) { return f.value(u"deleted"_s).toInteger() != 0; }

qint64 msOf(const QJsonObject &f, const QString &name) { return f.value(name).toInteger(-1); }

// Beijing time: what the people reading the message keep on their walls.
QString inWords(const QDateTime &t) { return t.toOffsetFromUtc(8 * 3600).toString(u"yyyy-MM-dd HH:mm"_s); }

// The item's stage definition in the lead's template; nullptr (and *why) when
// the template is unknown, the stage not in it or not reviewRequired.
struct StageOfItem {
    std::optional<PipelineTemplate> pipeline;
    const StageDefinition *stage = nullptr;
};

StageOfItem stageOf(QSqlDatabase &db, const QJsonObject &lead, const QString &stageKey, QString *why)
{
    StageOfItem out;
    out.pipeline = templateOf(db, lead.value(u"template_id"_s).toString(), why);
    if (!out.pipeline)
        return out;
    out.stage = out.pipeline->stage(stageKey);
    if (!out.stage)
        *why = u"流程模板中没有阶段 %1"_s.arg(stageKey);
    else if (!out.stage->reviewRequired)
        *why = u"阶段「%1」不需要审核"_s.arg(out.stage->name);
    if (out.stage && !out.stage->reviewRequired)
        out.stage = nullptr;
    return out;
}

ReviewStatus statusOf(QSqlDatabase &db, const ReviewItem &item, const StageDefinition &stage, const QDateTime &now)
{
    return reviewStatus(item, reviewDecisionsOf(db, item.leadId, item.id), stage.review,
                        evidenceDigest(evidenceOf(db, item.leadId)), now);
}

QString userName(QSqlDatabase &db, const QString &uid)
{
    if (uid.isEmpty())
        return u"服务器（审核期限已过）"_s;
    bool ok = true;
    const auto user = rows::load(db, u"app_user"_s, uid, &ok);
    const QString name = user ? user->fields.value(u"name"_s).toString() : QString();
    return name.isEmpty() ? uid : name;
}

QString decisionInWords(ReviewDecisionKind kind)
{
    switch (kind) {
    case ReviewDecisionKind::Approve: return u"审核通过"_s;
    case ReviewDecisionKind::Reject: return u"驳回"_s;
    case ReviewDecisionKind::AutoReject: return u"超时驳回"_s;
    case ReviewDecisionKind::Escalate: return u"升级给区域经理"_s;
    case ReviewDecisionKind::Comment: break;
    }
    return u"备注"_s;
}

// Why the lead cannot leave its review stage forward yet; empty when approved.
QString pendingBlocker(const ReviewStatus &s)
{
    switch (s.state) {
    case ReviewState::Approved: return {};
    case ReviewState::Rejected: return u"审核未通过：补充证据后重新提交审核"_s;
    case ReviewState::Escalated: return u"待审核（已升级给区域经理）：审核通过后才能推进"_s;
    case ReviewState::Pending: break;
    }
    return s.approvalVoided ? u"通过审核后证据有变动，审核已失效：待主管重新审核"_s
                            : u"待审核：主管审核通过后才能推进"_s;
}

} // namespace

std::optional<RuleVerdict> checkLeadReview(const RuleInput &in)
{
    const QJsonObject &f = in.after.fields;
    const QString to = f.value(u"stage_key"_s).toString();
    const QString from = in.before ? in.before->fields.value(u"stage_key"_s).toString() : QString();
    if (in.before && to == from)
        return std::nullopt;
    QString why;
    const auto pipeline = templateOf(in.db, f.value(u"template_id"_s).toString(), &why);
    if (!pipeline) // checkLead has answered for it
        return std::nullopt;
    const int toIndex = pipeline->indexOf(to);
    const int fromIndex = in.before ? pipeline->indexOf(from) : -1;
    if (toIndex <= fromIndex) // back, or to where it was: moving back is always allowed
        return std::nullopt;
    for (int between = fromIndex + 1; between < toIndex; ++between) {
        const StageDefinition &skipped = pipeline->stages.at(between);
        if (skipped.reviewRequired)
            return verdict("review_skipped",
                           u"「%1」需要主管审核，不能跳过：请先推进到「%1」"_s.arg(skipped.name));
    }
    if (fromIndex < 0 || !pipeline->stages.at(fromIndex).reviewRequired)
        return std::nullopt;
    const StageDefinition &stage = pipeline->stages.at(fromIndex);
    const auto item = reviewItemFor(in.db, in.after.lead.leadId, stage.key);
    if (!item)
        return verdict("review_pending", u"「%1」需要主管审核：请先提交审核"_s.arg(stage.name));
    if (const QString blocker = pendingBlocker(statusOf(in.db, *item, stage, in.now)); !blocker.isEmpty())
        return verdict("review_pending", blocker);
    return std::nullopt;
}

std::optional<RuleVerdict> checkReviewItem(const RuleInput &in)
{
    const QJsonObject &f = in.after.fields;
    if (isDeleted(f) || (in.before && f.value(u"stage_key"_s) != in.before->fields.value(u"stage_key"_s)))
        return verdict("audit_trail", u"审核记录不能删除，也不能改到别的阶段"_s);
    if (msOf(f, u"submitted_at"_s) > in.now.toMSecsSinceEpoch() + kClockSkewMs)
        return verdict("bad_time", u"提交时间晚于服务器时间，请校准电脑时钟"_s);
    const ReviewItem item = reviewItemFrom(in.rowId, f);
    bool ok = true;
    const auto lead = rows::load(in.db, u"lead"_s, in.after.lead.leadId, &ok);
    if (!lead) // resolveScope has answered for a missing lead
        return std::nullopt;
    QString why;
    const StageOfItem stage = stageOf(in.db, lead->fields, item.stageKey, &why);
    if (!stage.stage)
        return verdict("bad_value", why);
    if (lead->fields.value(u"stage_key"_s).toString() != item.stageKey)
        return verdict("review_not_in_stage",
                       u"线索不在「%1」阶段，不能提交这个阶段的审核"_s.arg(stage.stage->name));
    if (!in.before) {
        if (item.round != 1)
            return verdict("bad_value", u"新的审核从第 1 轮开始"_s);
        if (reviewItemFor(in.db, item.leadId, item.stageKey))
            return verdict("duplicate_item", u"「%1」已有审核记录：请重新提交那一条"_s.arg(stage.stage->name));
        return std::nullopt;
    }
    const ReviewItem was = reviewItemFrom(item.id, in.before->fields);
    if (item.round == was.round && item.submittedAt == was.submittedAt)
        return std::nullopt;
    if (item.round != was.round + 1 || item.submittedAt < was.submittedAt)
        return verdict("bad_value", u"重新提交是下一轮审核（第 %1 轮）"_s.arg(was.round + 1));
    const ReviewStatus status = statusOf(in.db, was, *stage.stage, in.now);
    if (status.state != ReviewState::Approved && status.state != ReviewState::Rejected)
        return verdict("review_pending", u"这一轮审核还没有结论，不能重新提交"_s);
    return std::nullopt;
}

std::optional<RuleVerdict> checkReviewDecision(const RuleInput &in)
{
    const QJsonObject &f = in.after.fields;
    if (in.before || isDeleted(f))
        return verdict("audit_trail", u"审核记录只能追加，不能修改或删除"_s);
    const ReviewDecision d = reviewDecisionFrom({}, f);
    if (d.kind != ReviewDecisionKind::Approve && d.kind != ReviewDecisionKind::Reject)
        return verdict("forbidden", u"超时驳回、升级和备注由服务器记录"_s);
    if (d.kind == ReviewDecisionKind::Reject && d.reason.trimmed().size() < 2)
        return verdict("bad_value", u"驳回必须写明原因"_s);
    bool ok = true;
    const auto itemRow = rows::load(in.db, u"review_item"_s, d.itemId, &ok);
    if (!itemRow || isDeleted(itemRow->fields))
        return verdict("missing_parent", u"服务器上没有这条审核"_s);
    const ReviewItem item = reviewItemFrom(d.itemId, itemRow->fields);
    if (item.leadId != in.after.lead.leadId)
        return verdict("bad_value", u"审核结论与审核不属于同一条线索"_s);
    if (d.round != item.round)
        return verdict("stale_round", u"这条审核已重新提交（第 %1 轮），请按最新的证据审核"_s.arg(item.round));
    const qint64 decidedAt = msOf(f, u"decided_at"_s);
    if (decidedAt > in.now.toMSecsSinceEpoch() + kClockSkewMs)
        return verdict("bad_time", u"审核时间晚于服务器时间，请校准电脑时钟"_s);
    if (decidedAt < item.submittedAt.toMSecsSinceEpoch())
        return verdict("backdated", u"审核时间早于这一轮的提交时间"_s);
    const auto lead = rows::load(in.db, u"lead"_s, item.leadId, &ok);
    if (!lead)
        return std::nullopt;
    QString why;
    const StageOfItem stage = stageOf(in.db, lead->fields, item.stageKey, &why);
    if (!stage.stage)
        return verdict("bad_value", why);
    if (lead->fields.value(u"stage_key"_s).toString() != item.stageKey)
        return verdict("review_not_in_stage", u"线索已不在「%1」阶段，这条审核不再需要结论"_s.arg(stage.stage->name));

    const ReviewStatus status = statusOf(in.db, item, *stage.stage, in.now);
    const User decider = userOf(in.viewer.uid, in.viewer.role, in.viewer.teamId, in.viewer.regionId);
    const ReviewLeadScope scope{item.submittedBy, in.after.lead.teamId, in.after.lead.regionId};
    const auto refusal = reviewAuthorityRefusal(decider, scope, status.state);
    if (!refusal)
        return std::nullopt;
    if (refusal->code != u"already_decided"_s)
        return RuleVerdict{refusal->code, refusal->message};
    // Decided already (two supervisors offline): if this decider could have decided
    // it, their words are kept as a comment and they learn who was first.
    const ReviewState open = status.escalation ? ReviewState::Escalated : ReviewState::Pending;
    if (const auto notTheirs = reviewAuthorityRefusal(decider, scope, open))
        return RuleVerdict{notTheirs->code, notTheirs->message};
    if (in.amend) {
        const ReviewDecision &first = *status.decision;
        in.amend->fields.insert(u"kind"_s, reviewDecisionKindKey(ReviewDecisionKind::Comment));
        in.amend->code = u"already_decided"_s;
        in.amend->message = u"已由 %1 于 %2 %3；你的意见已作为备注保存"_s.arg(
            userName(in.db, first.decidedBy), inWords(first.decidedAt), decisionInWords(first.kind));
    }
    return std::nullopt;
}

QList<TimeoutRow> reviewTimeouts(QSqlDatabase &db, const QDateTime &now, bool *ok)
{
    *ok = true;
    QList<TimeoutRow> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, data FROM sync_row WHERE entity = 'review_item'"_s)) {
        *ok = false;
        return out;
    }
    QList<ReviewItem> items;
    while (q.next()) {
        const QJsonObject f = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (!isDeleted(f))
            items.append(reviewItemFrom(q.value(0).toString(), f));
    }
    QHash<QString, std::optional<PipelineTemplate>> templates;
    for (const ReviewItem &item : std::as_const(items)) {
        const auto lead = rows::load(db, u"lead"_s, item.leadId, ok);
        if (!*ok)
            return {};
        if (!lead || lead->fields.value(u"stage_key"_s).toString() != item.stageKey
            || lead->fields.value(u"status"_s).toString() != u"open"_s)
            continue; // the lead moved on or back, or closed: nothing waits for this item
        const QString templateId = lead->fields.value(u"template_id"_s).toString();
        if (!templates.contains(templateId)) {
            QString why;
            templates.insert(templateId, templateOf(db, templateId, &why));
        }
        const std::optional<PipelineTemplate> &pipeline = templates[templateId];
        const StageDefinition *stage = pipeline ? pipeline->stage(item.stageKey) : nullptr;
        if (!stage || !stage->reviewRequired || reviewDeadline(item.submittedAt, stage->review) > now)
            continue;
        const ReviewStatus status = statusOf(db, item, *stage, now);
        if (!status.provisional || !status.decision)
            continue;
        const ReviewDecision &made = *status.decision;
        QJsonObject fields{{u"item_id"_s, item.id},
                           {u"lead_id"_s, item.leadId},
                           {u"round"_s, made.round},
                           {u"kind"_s, reviewDecisionKindKey(made.kind)},
                           {u"evidence_digest"_s, made.evidenceDigest},
                           {u"decided_at"_s, made.decidedAt.toMSecsSinceEpoch()},
                           {u"updated_at"_s, now.toMSecsSinceEpoch()}};
        if (!made.reason.isEmpty())
            fields.insert(u"reason"_s, made.reason);
        // One id per round: a pass that runs twice writes the same row, not two.
        out.append({u"timeout-%1-r%2"_s.arg(item.id).arg(made.round), fields});
    }
    return out;
}

bool runReviewDeadlines(Store &store, const QDateTime &now, int *written, QString *error)
{
    *written = 0;
    QSqlDatabase db = store.db();
    bool ok = true;
    const QList<TimeoutRow> made = reviewTimeouts(db, now, &ok);
    if (!ok) {
        *error = u"审核期限检查无法读取数据库"_s;
        return false;
    }
    if (made.isEmpty())
        return true;
    QList<SyncStore::RowIn> rows;
    rows.reserve(made.size());
    for (const TimeoutRow &r : made)
        rows.append({u"review_decision"_s, r.id, r.fields});
    if (!SyncStore(store).putRows(rows, error))
        return false;
    *written = int(made.size());
    return true;
}

} // namespace sales::server
