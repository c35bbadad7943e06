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

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

// The shared sentences belong to no one service: their context is sales::ServiceResult.
namespace sales::leadops {

Result fieldsFailed(const QHash<QString, QString> &fieldErrors)
{
    QStringList keys = fieldErrors.keys();
    keys.sort(); // a stable summary whatever the hash order
    QStringList sentences;
    for (const QString &key : std::as_const(keys))
        sentences.append(fieldErrors.value(key));
    Result r;
    r.fieldErrors = fieldErrors;
    const QString list = sentences.join(QCoreApplication::translate("sales::ServiceResult", "；", "list separator"));
    r.message = QCoreApplication::translate("sales::ServiceResult", "请修改以下 %1 处后再保存：%2")
                    .arg(QString::number(sentences.size()), list);
    return r;
}

Result transactionFailed(const QSqlDatabase &db)
{
    return failed(
        QCoreApplication::translate("sales::ServiceResult", "数据库忙，未能保存：%1").arg(db.lastError().text()));
}

Result commit(Transaction &tx, const QSqlDatabase &db, Result result)
{
    if (tx.commit())
        return result;
    return failed(QCoreApplication::translate("sales::ServiceResult", "保存失败：%1").arg(db.lastError().text()));
}

Expected<LeadContext> loadLead(const QSqlDatabase &db, const QString &leadId)
{
    const LeadRepository leads(db);
    auto lead = leads.find(leadId);
    if (!lead)
        return failed(leads.errorText().isEmpty()
                          ? QCoreApplication::translate("sales::ServiceResult", "找不到该线索，可能已被删除")
                          : leads.errorText());
    const KnowledgeRepository knowledge(db);
    auto pipeline = knowledge.findTemplate(lead->templateId);
    if (!pipeline)
        return failed(knowledge.errorText().isEmpty()
                          ? QCoreApplication::translate("sales::ServiceResult", "找不到该线索使用的流程模板“%1”")
                                .arg(lead->templateId)
                          : knowledge.errorText());
    return LeadContext{*lead, *pipeline};
}

Result moveStage(const QSqlDatabase &db, const Clock &clock, const QString &userId, LeadContext &context,
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
