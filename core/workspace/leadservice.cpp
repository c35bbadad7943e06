// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadservice.h"

#include "session.h"

#include "clock.h"
#include "domain/ids.h"
#include "domain/labels.h"
#include "leadserviceutil.h"
#include "storage/blobstore.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales {

using namespace leadops;

namespace {

constexpr qint64 FutureToleranceSeconds = 60;
constexpr int BackfillDaysBeforeCreation = 1;
constexpr qsizetype MinReasonLength = 2;
constexpr qsizetype MinActivityTextLength = 2;

// What moving in either direction checks first: the lead is open and both stages
// are in its template. Sets the stage indexes; returns the refusal if any.
std::optional<LeadResult> checkStageMove(const LeadContext &c, const QString &toStageKey, const QString &closed,
                                         int &from, int &to)
{
    if (c.lead.status != LeadStatus::Open)
        return failed(closed.arg(leadStatusLabel(c.lead.status)));
    from = c.pipeline.indexOf(c.lead.stageKey);
    to = c.pipeline.indexOf(toStageKey);
    if (to < 0)
        return failed(LeadService::tr("流程中没有阶段“%1”").arg(toStageKey));
    if (from < 0)
        return failed(LeadService::tr("线索当前的阶段“%1”不在流程模板中，请联系管理员").arg(c.lead.stageKey));
    return std::nullopt;
}

} // namespace

LeadService::LeadService(const Session &session)
    : m_db(session.database()), m_clock(session.clock()), m_session(&session)
{
}

LeadService::LeadService(QSqlDatabase db, const Clock &clock, QString userId)
    : m_db(std::move(db)), m_clock(clock), m_userId(std::move(userId))
{
}

QString LeadService::actor() const
{
    return m_session ? m_session->userId() : m_userId;
}

LeadResult LeadService::advance(const QString &leadId, const QString &toStageKey)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return transactionFailed(m_db);
    LeadResult failure;
    auto context = loadLead(m_db, leadId, &failure);
    if (!context)
        return failure;
    const Lead &lead = context->lead;
    const PipelineTemplate &pipeline = context->pipeline;
    int from = -1, to = -1;
    if (const auto refused = checkStageMove(*context, toStageKey, tr("该线索已%1，不能再推进阶段"), from, to))
        return *refused;
    if (to <= from)
        return failed(tr("只能推进到后面的阶段；要回到“%1”，请用“退回”并写明原因").arg(pipeline.stages.at(to).name));

    const GateResult gate = checkAdvance(pipeline, lead.stageKey, toStageKey,
                                         LeadHistoryRepository(m_db).evidenceOf(leadId));
    if (!gate.passed) {
        QStringList missing;
        for (const MissingEvidence &m : gate.missing)
            missing.append(describeMissing(m));
        LeadResult r = failed(tr("还不能进入“%1”，缺少：%2").arg(pipeline.stages.at(to).name, missing.join(u"；"_s)));
        r.gate = gate;
        return r;
    }
    LeadResult r = moveStage(m_db, m_clock, actor(), *context, toStageKey, QString(), false);
    if (r.ok)
        r.gate = gate;
    return r.ok ? commit(tx, m_db, r) : r;
}

LeadResult LeadService::moveBack(const QString &leadId, const QString &toStageKey, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.size() < MinReasonLength)
        return fieldFailed(u"reason"_s, tr("请写明退回的原因（至少 %1 个字）").arg(MinReasonLength));
    Transaction tx(m_db);
    if (!tx.isActive())
        return transactionFailed(m_db);
    LeadResult failure;
    auto context = loadLead(m_db, leadId, &failure);
    if (!context)
        return failure;
    int from = -1, to = -1;
    if (const auto refused = checkStageMove(*context, toStageKey, tr("该线索已%1，不能再变更阶段"), from, to))
        return *refused;
    if (to >= from)
        return failed(tr("只能退回到前面的阶段；推进请用“推进”"));
    const LeadResult r = moveStage(m_db, m_clock, actor(), *context, toStageKey, why, true);
    return r.ok ? commit(tx, m_db, r) : r;
}

LeadResult LeadService::logActivity(const QString &leadId, ActivityKind kind, const QDateTime &happenedAt,
                                    const QString &text, bool progress, int entrySeconds,
                                    const QList<AttachmentInput> &attachments)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return transactionFailed(m_db);
    LeadResult failure;
    auto context = loadLead(m_db, leadId, &failure);
    if (!context)
        return failure;
    Lead &lead = context->lead;
    const QDateTime now = m_clock.now();

    QHash<QString, QString> errors;
    const QDateTime earliest = lead.createdAt.addDays(-BackfillDaysBeforeCreation);
    if (!happenedAt.isValid())
        errors.insert(u"happenedAt"_s, tr("请填写发生时间"));
    else if (happenedAt > now.addSecs(FutureToleranceSeconds))
        errors.insert(u"happenedAt"_s, tr("发生时间不能晚于现在"));
    else if (lead.createdAt.isValid() && happenedAt < earliest)
        errors.insert(u"happenedAt"_s, tr("发生时间不能早于线索创建前一天（%1）")
                                          .arg(earliest.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    const QString body = text.trimmed();
    if (body.size() < MinActivityTextLength)
        errors.insert(u"text"_s, tr("请写下这次跟进的内容（至少 %1 个字）").arg(MinActivityTextLength));
    if (entrySeconds < 0)
        errors.insert(u"entrySeconds"_s, tr("录入用时不能为负数"));
    if (!errors.isEmpty())
        return fieldsFailed(errors);

    const Activity activity{newId(), leadId, actor(), kind, happenedAt.toUTC(), now, entrySeconds, body, progress};
    LeadHistoryRepository history(m_db, m_clock);
    if (!history.saveActivity(activity))
        return failed(history.errorText());
    BlobStore blobs(m_db, m_clock);
    for (const AttachmentInput &file : attachments) {
        const QString sha = blobs.put(file.data, file.mimeType);
        if (sha.isEmpty())
            return fieldsFailed({{u"attachments"_s, tr("附件「%1」无法保存：%2").arg(file.fileName, blobs.errorText())}});
        if (!history.saveActivityAttachment(activity.id, sha, QFileInfo(file.fileName).fileName()))
            return failed(history.errorText());
    }
    if (!lead.lastActivityAt.isValid() || activity.happenedAt > lead.lastActivityAt) {
        lead.lastActivityAt = activity.happenedAt;
        LeadRepository leads(m_db, m_clock);
        if (!leads.save(lead))
            return failed(leads.errorText());
    }
    return commit(tx, m_db, succeeded(activity.id));
}

} // namespace sales
