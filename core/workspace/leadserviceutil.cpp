// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadserviceutil.h"

#include "clock.h"
#include "domain/ids.h"
#include "domain/stagechange.h"
#include "storage/knowledgerepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales::leadops {

LeadResult succeeded(const QString &id)
{
    LeadResult r;
    r.ok = true;
    r.id = id;
    return r;
}

LeadResult failed(const QString &error)
{
    LeadResult r;
    r.error = error;
    return r;
}

LeadResult fieldsFailed(const QHash<QString, QString> &fieldErrors)
{
    QStringList keys = fieldErrors.keys();
    keys.sort(); // a stable summary whatever the hash order
    QStringList sentences;
    for (const QString &key : std::as_const(keys))
        sentences.append(fieldErrors.value(key));
    LeadResult r;
    r.fieldErrors = fieldErrors;
    r.error = LeadService::tr("请修改以下 %1 处后再保存：%2")
                  .arg(QString::number(sentences.size()), sentences.join(LeadService::tr("；", "list separator")));
    return r;
}

LeadResult fieldFailed(const QString &field, const QString &error)
{
    LeadResult r = failed(error);
    r.fieldErrors.insert(field, error);
    return r;
}

LeadResult transactionFailed(const QSqlDatabase &db)
{
    return failed(LeadService::tr("数据库忙，未能保存：%1").arg(db.lastError().text()));
}

LeadResult commit(Transaction &tx, const QSqlDatabase &db, LeadResult result)
{
    if (tx.commit())
        return result;
    return failed(LeadService::tr("保存失败：%1").arg(db.lastError().text()));
}

std::optional<LeadContext> loadLead(const QSqlDatabase &db, const QString &leadId, LeadResult *failure)
{
    const LeadRepository leads(db);
    auto lead = leads.find(leadId);
    if (!lead) {
        *failure = failed(leads.errorText().isEmpty() ? LeadService::tr("找不到该线索，可能已被删除")
                                                      : leads.errorText());
        return std::nullopt;
    }
    const KnowledgeRepository knowledge(db);
    auto pipeline = knowledge.findTemplate(lead->templateId);
    if (!pipeline) {
        *failure = failed(knowledge.errorText().isEmpty()
                              ? LeadService::tr("找不到该线索使用的流程模板“%1”").arg(lead->templateId)
                              : knowledge.errorText());
        return std::nullopt;
    }
    return LeadContext{*lead, *pipeline};
}

LeadResult moveStage(const QSqlDatabase &db, const Clock &clock, const QString &userId, LeadContext &context,
                     const QString &toStage, const QString &reason, bool backflow)
{
    Lead &lead = context.lead;
    const QDateTime now = clock.now();
    const StageChange change{newId(), lead.id, lead.stageKey, toStage, now, reason, userId, backflow};
    lead.stageKey = toStage;
    lead.stageEnteredAt = now;
    LeadRepository leads(db, clock);
    if (!leads.save(lead))
        return failed(leads.errorText());
    LeadHistoryRepository history(db, clock);
    if (!history.saveStageChange(change))
        return failed(history.errorText());
    return succeeded(lead.id);
}

} // namespace sales::leadops
