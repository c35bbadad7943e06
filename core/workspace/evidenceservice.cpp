// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceservice.h"

#include "clock.h"
#include "domain/ids.h"
#include "domain/labels.h"
#include "domain/stagegate.h"
#include "leadserviceutil.h"
#include "storage/blobstore.h"
#include "storage/knowledgerepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {

using namespace leadops;

namespace {

// The lead, its template and the requirement an item is filed against.
struct Target
{
    LeadContext context;
    EvidenceRequirement requirement;
    QString stageKey; // the stage whose entry requires it
};

Expected<Target> targetFor(const QSqlDatabase &db, const QString &leadId, const QString &requirementKey,
                           EvidenceKind kind)
{
    auto context = loadLead(db, leadId);
    if (!context)
        return context.result();
    const StageDefinition *stage = context->pipeline.stageOfRequirement(requirementKey);
    if (!stage)
        return failed(EvidenceService::tr("流程模板“%1”中没有证据项“%2”").arg(context->pipeline.name, requirementKey));
    const auto req = std::find_if(stage->entryRequirements.cbegin(), stage->entryRequirements.cend(),
                                  [&](const EvidenceRequirement &r) { return r.key == requirementKey; });
    if (req->kind != kind)
        return failed(EvidenceService::tr("“%1”需要的是%2，不能用%3")
                          .arg(req->label, evidenceKindLabel(req->kind), evidenceKindLabel(kind)));
    return Target{*context, *req, stage->key};
}

EvidenceItem itemFor(const Target &target, EvidenceKind kind, const QDateTime &now)
{
    EvidenceItem item;
    item.id = newId();
    item.leadId = target.context.lead.id;
    item.stageKey = target.stageKey;
    item.requirementKey = target.requirement.key;
    item.kind = kind;
    item.createdAt = now;
    return item;
}

// Whether an item with the same identity is already filed: the gate would not count it twice.
bool alreadyFiled(const QSqlDatabase &db, const Target &target, const QString &identity)
{
    const QList<EvidenceItem> evidence = LeadHistoryRepository(db).evidenceOf(target.context.lead.id);
    return std::any_of(evidence.cbegin(), evidence.cend(), [&](const EvidenceItem &e) {
        return evidenceIdentity(target.requirement, e) == identity;
    });
}

Result saveItem(const QSqlDatabase &db, const Clock &clock, Transaction &tx, const EvidenceItem &item)
{
    LeadHistoryRepository history(db, clock);
    if (!history.saveEvidence(item))
        return failed(history.errorText());
    return commit(tx, db, succeeded(item.id));
}

} // namespace

Result EvidenceService::addTextEvidence(const QString &leadId, const QString &requirementKey, const QString &text)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    const auto target = targetFor(db, leadId, requirementKey, EvidenceKind::FreeText);
    if (!target)
        return target.result();
    EvidenceItem item = itemFor(*target, EvidenceKind::FreeText, m_context.clock().now());
    item.text = text.trimmed();
    if (item.text.isEmpty())
        return fieldFailed(u"text"_s, tr("请填写内容"));
    const QString identity = evidenceIdentity(target->requirement, item);
    if (identity.isEmpty())
        return fieldFailed(u"text"_s, tr("“%1”每条至少要有 %2 个字（标点和空格不算），请写得具体些")
                                          .arg(target->requirement.label)
                                          .arg(target->requirement.minTextLength));
    if (alreadyFiled(db, *target, identity))
        return fieldFailed(u"text"_s, tr("这一条已经记录过了"));
    return saveItem(db, m_context.clock(), tx, item);
}

Result EvidenceService::addFileEvidence(const QString &leadId, const QString &requirementKey, const QString &fileName,
                                       const QByteArray &data, const QString &mimeType)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    const auto target = targetFor(db, leadId, requirementKey, EvidenceKind::File);
    if (!target)
        return target.result();
    EvidenceItem item = itemFor(*target, EvidenceKind::File, m_context.clock().now());
    // Only the name: a local path says nothing the customer's file needs and leaks the rep's folders.
    item.fileName = QFileInfo(fileName.trimmed()).fileName();
    if (item.fileName.isEmpty())
        return fieldFailed(u"fileName"_s, tr("请填写文件名"));
    if (data.isEmpty())
        return fieldFailed(u"data"_s, tr("文件是空的，请重新选择"));
    if (alreadyFiled(db, *target, BlobStore::addressOf(data)))
        return fieldFailed(u"data"_s, tr("同一个文件已经上传过了"));
    BlobStore blobs(db, m_context.clock());
    item.blobSha256 = blobs.put(data, mimeType);
    if (item.blobSha256.isEmpty())
        return fieldFailed(u"data"_s, blobs.errorText());
    return saveItem(db, m_context.clock(), tx, item);
}

Result EvidenceService::linkCase(const QString &leadId, const QString &requirementKey, const QString &caseId)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    const auto target = targetFor(db, leadId, requirementKey, EvidenceKind::CaseLink);
    if (!target)
        return target.result();
    EvidenceItem item = itemFor(*target, EvidenceKind::CaseLink, m_context.clock().now());
    item.caseId = caseId.trimmed();
    if (item.caseId.isEmpty())
        return fieldFailed(u"caseId"_s, tr("请选择一个案例"));
    if (!KnowledgeRepository(db).findCase(item.caseId))
        return fieldFailed(u"caseId"_s, tr("找不到该案例，可能已被删除"));
    if (alreadyFiled(db, *target, evidenceIdentity(target->requirement, item)))
        return fieldFailed(u"caseId"_s, tr("这个案例已经关联过了"));
    return saveItem(db, m_context.clock(), tx, item);
}

Result EvidenceService::markRole(const QString &leadId, const QString &requirementKey, const QString &role,
                                const QString &personName)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    const auto target = targetFor(db, leadId, requirementKey, EvidenceKind::Role);
    if (!target)
        return target.result();
    EvidenceItem item = itemFor(*target, EvidenceKind::Role, m_context.clock().now());
    item.role = role.trimmed();
    item.text = personName.simplified();
    QHash<QString, QString> errors;
    if (item.role != target->requirement.role.trimmed())
        errors.insert(u"role"_s, tr("“%1”要标注的是%2，不是%3")
                                     .arg(target->requirement.label, target->requirement.role,
                                          item.role.isEmpty() ? tr("空") : item.role));
    if (item.text.isEmpty())
        errors.insert(u"personName"_s, tr("请填写此人的姓名"));
    if (!errors.isEmpty())
        return fieldsFailed(errors);
    if (alreadyFiled(db, *target, evidenceIdentity(target->requirement, item)))
        return fieldFailed(u"personName"_s, tr("%1 已经标注为%2").arg(item.text, item.role));
    return saveItem(db, m_context.clock(), tx, item);
}

Result EvidenceService::removeEvidence(const QString &evidenceId)
{
    const QSqlDatabase &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT 1 FROM evidence_item WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(evidenceId);
    if (!q.exec() || !q.next())
        return failed(tr("找不到该证据，可能已被删除"));
    q.finish();
    LeadHistoryRepository history(db, m_context.clock());
    if (!history.removeEvidence(evidenceId))
        return failed(history.errorText());
    return commit(tx, db, succeeded(evidenceId));
}

} // namespace sales
