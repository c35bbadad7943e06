// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageservice.h"

#include "clock.h"
#include "domain/labels.h"
#include "leadserviceutil.h"
#include "reviewservice.h"
#include "storage/leadhistoryrepository.h"
#include "storage/transaction.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales {

using namespace leadops;

namespace {

constexpr qsizetype MinReasonLength = 2;

// What moving in either direction checks first: the lead is open and both stages
// are in its template. Sets the stage indexes; returns the refusal if any.
std::optional<Result> checkStageMove(const LeadContext &c, const QString &toStageKey, const QString &closed,
                                     int &from, int &to)
{
    if (c.lead.status != LeadStatus::Open)
        return failed(closed.arg(leadStatusLabel(c.lead.status)));
    from = c.pipeline.indexOf(c.lead.stageKey);
    to = c.pipeline.indexOf(toStageKey);
    if (to < 0)
        return failed(StageService::tr("流程中没有阶段“%1”").arg(toStageKey));
    if (from < 0)
        return failed(StageService::tr("线索当前的阶段“%1”不在流程模板中，请联系管理员").arg(c.lead.stageKey));
    return std::nullopt;
}

} // namespace

StageMoveResult StageService::advance(const QString &leadId, const QString &toStageKey)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return {transactionFailed(db)};
    auto context = loadLead(db, leadId);
    if (!context)
        return {context.result()};
    const Lead &lead = context->lead;
    const PipelineTemplate &pipeline = context->pipeline;
    int from = -1, to = -1;
    if (const auto refused = checkStageMove(*context, toStageKey, tr("该线索已%1，不能再推进阶段"), from, to))
        return {*refused};
    if (to <= from)
        return {failed(tr("只能推进到后面的阶段；要回到“%1”，请用“退回”并写明原因").arg(pipeline.stages.at(to).name))};

    // A stage that needs review is never skipped: the lead stops in it.
    for (int between = from + 1; between < to; ++between) {
        if (pipeline.stages.at(between).reviewRequired)
            return {failed(tr("“%1”需要主管审核，不能跳过：请先推进到“%1”").arg(pipeline.stages.at(between).name))};
    }
    // A stage that needs review is left forward only once its item is approved.
    if (const StageDefinition *current = pipeline.stage(lead.stageKey); current && current->reviewRequired) {
        const auto review = ReviewService(m_context.db(), m_context.clock(), m_context.actor()).reviewOf(leadId);
        if (!review)
            return {review.result()};
        if (const QString blocker = ReviewService::advanceBlocker(*review); !blocker.isEmpty())
            return {failed(blocker)};
    }
    const GateResult gate = checkAdvance(pipeline, lead.stageKey, toStageKey,
                                         LeadHistoryRepository(db).evidenceOf(leadId));
    if (!gate.passed) {
        QStringList missing;
        for (const MissingEvidence &m : gate.missing)
            missing.append(describeMissing(m));
        const QString list = missing.join(tr("；", "list separator"));
        return {failed(tr("还不能进入“%1”，缺少：%2").arg(pipeline.stages.at(to).name, list)), gate};
    }
    const Result moved = moveStage(db, m_context.clock(), m_context.actor(), *context, toStageKey, QString(), false);
    if (!moved.ok)
        return {moved};
    if (pipeline.stages.at(to).reviewRequired) { // 待审核 from now on, in the same commit
        if (const Result opened = ReviewService::openFor(m_context, leadId, toStageKey); !opened.ok)
            return {opened};
    }
    const Result committed = commit(tx, db, moved);
    return committed.ok ? StageMoveResult{committed, gate} : StageMoveResult{committed};
}

StageMoveResult StageService::moveBack(const QString &leadId, const QString &toStageKey, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.size() < MinReasonLength)
        return {fieldFailed(u"reason"_s, tr("请写明退回的原因（至少 %1 个字）").arg(MinReasonLength))};
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return {transactionFailed(db)};
    auto context = loadLead(db, leadId);
    if (!context)
        return {context.result()};
    int from = -1, to = -1;
    if (const auto refused = checkStageMove(*context, toStageKey, tr("该线索已%1，不能再变更阶段"), from, to))
        return {*refused};
    if (to >= from)
        return {failed(tr("只能退回到前面的阶段；推进请用“推进”"))};
    const Result moved = moveStage(db, m_context.clock(), m_context.actor(), *context, toStageKey, why, true);
    return {moved.ok ? commit(tx, db, moved) : moved};
}

} // namespace sales
