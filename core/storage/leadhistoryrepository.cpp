// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadhistoryrepository.h"

#include "domain/ids.h"
#include "enumcodec.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {

bool LeadHistoryRepository::saveEvidence(const EvidenceItem &e)
{
    return save(u"evidence_item"_s, e.id,
                {{u"lead_id"_s, e.leadId},
                 {u"stage_key"_s, e.stageKey},
                 {u"requirement_key"_s, e.requirementKey},
                 {u"kind"_s, codec::toCode(e.kind)},
                 {u"text"_s, sql::fromText(e.text)},
                 {u"blob_sha256"_s, sql::fromText(e.blobSha256)},
                 {u"file_name"_s, sql::fromText(e.fileName)},
                 {u"case_id"_s, sql::fromText(e.caseId)},
                 {u"role"_s, sql::fromText(e.role)},
                 {u"created_at"_s, sql::fromTime(e.createdAt)}});
}

QList<EvidenceItem> LeadHistoryRepository::evidenceOf(const QString &leadId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, lead_id, stage_key, requirement_key, kind, text, blob_sha256, file_name, case_id, role, "
              u"created_at FROM evidence_item WHERE lead_id = ? AND deleted = 0 ORDER BY created_at, id"_s);
    q.addBindValue(leadId);
    QList<EvidenceItem> out;
    if (!exec(q))
        return out;
    while (q.next()) {
        EvidenceItem e;
        e.id = q.value(0).toString();
        e.leadId = q.value(1).toString();
        e.stageKey = q.value(2).toString();
        e.requirementKey = q.value(3).toString();
        e.kind = codec::evidenceKind(q.value(4).toString()).value_or(EvidenceKind::FreeText);
        e.text = q.value(5).toString();
        e.blobSha256 = q.value(6).toString();
        e.fileName = q.value(7).toString();
        e.caseId = q.value(8).toString();
        e.role = q.value(9).toString();
        e.createdAt = sql::toTime(q.value(10));
        out.append(e);
    }
    if (readFailed(q))
        return {};
    return out;
}

bool LeadHistoryRepository::saveActivity(const Activity &a)
{
    return save(u"activity"_s, a.id,
                {{u"lead_id"_s, a.leadId},
                 {u"owner_id"_s, sql::fromText(a.ownerId)},
                 {u"kind"_s, codec::toCode(a.kind)},
                 {u"happened_at"_s, sql::fromTime(a.happenedAt)},
                 {u"entered_at"_s, sql::fromTime(a.enteredAt)},
                 {u"entry_seconds"_s, a.entrySeconds},
                 {u"text"_s, sql::fromText(a.text)},
                 {u"progress"_s, a.progress ? 1 : 0}});
}

QList<Activity> LeadHistoryRepository::activitiesOf(const QString &leadId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, lead_id, owner_id, kind, happened_at, entered_at, entry_seconds, text, progress "
              u"FROM activity WHERE lead_id = ? AND deleted = 0 ORDER BY happened_at DESC, id LIMIT ?"_s);
    q.addBindValue(leadId);
    q.addBindValue(limit);
    QList<Activity> out;
    if (!exec(q))
        return out;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toString();
        a.leadId = q.value(1).toString();
        a.ownerId = q.value(2).toString();
        a.kind = codec::activityKind(q.value(3).toString()).value_or(ActivityKind::Call);
        a.happenedAt = sql::toTime(q.value(4));
        a.enteredAt = sql::toTime(q.value(5));
        a.entrySeconds = q.value(6).toInt();
        a.text = q.value(7).toString();
        a.progress = q.value(8).toBool();
        out.append(a);
    }
    if (readFailed(q))
        return {};
    return out;
}

bool LeadHistoryRepository::saveActivityAttachment(const QString &activityId, const QString &blobSha256,
                                                   const QString &fileName)
{
    return save(u"activity_attachment"_s, newId(),
                {{u"activity_id"_s, activityId}, {u"blob_sha256"_s, blobSha256}, {u"file_name"_s, fileName}});
}

QHash<QString, int> LeadHistoryRepository::attachmentCountsOf(const QString &leadId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT t.activity_id, count(*) FROM activity_attachment t JOIN activity a ON a.id = t.activity_id "
              u"WHERE a.lead_id = ? AND t.deleted = 0 GROUP BY t.activity_id"_s);
    q.addBindValue(leadId);
    QHash<QString, int> counts;
    if (exec(q)) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        if (readFailed(q))
            return {};
    }
    return counts;
}

bool LeadHistoryRepository::saveStageChange(const StageChange &c)
{
    return save(u"stage_change"_s, c.id,
                {{u"lead_id"_s, c.leadId},
                 {u"from_stage"_s, sql::fromText(c.fromStage)},
                 {u"to_stage"_s, c.toStage},
                 {u"changed_at"_s, sql::fromTime(c.changedAt)},
                 {u"reason"_s, sql::fromText(c.reason)},
                 {u"by_user_id"_s, sql::fromText(c.byUserId)},
                 {u"backflow"_s, c.backflow ? 1 : 0}});
}

QList<StageChange> LeadHistoryRepository::stageChangesOf(const QString &leadId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, lead_id, from_stage, to_stage, changed_at, reason, by_user_id, backflow "
              u"FROM stage_change WHERE lead_id = ? AND deleted = 0 ORDER BY changed_at, id"_s);
    q.addBindValue(leadId);
    QList<StageChange> out;
    if (!exec(q))
        return out;
    while (q.next()) {
        out.append(StageChange{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), sql::toTime(q.value(4)), q.value(5).toString(),
                               q.value(6).toString(), q.value(7).toBool()});
    }
    if (readFailed(q))
        return {};
    return out;
}

} // namespace sales
