// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrepository.h"

#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const QString kItemColumns = u"i.id, i.lead_id, i.stage_key, i.round, i.submitted_by, i.submitted_at"_s;

ReviewItem itemFrom(const QSqlQuery &q, int at = 0)
{
    return ReviewItem{q.value(at).toString(),     q.value(at + 1).toString(), q.value(at + 2).toString(),
                      q.value(at + 3).toInt(),    q.value(at + 4).toString(), sql::toTime(q.value(at + 5))};
}

const QString kDecisionColumns =
    u"id, item_id, round, kind, reason, evidence_digest, decided_by, decided_at"_s;

ReviewDecision decisionFrom(const QSqlQuery &q)
{
    ReviewDecision d;
    d.id = q.value(0).toString();
    d.itemId = q.value(1).toString();
    d.round = q.value(2).toInt();
    d.kind = reviewDecisionKindFromKey(q.value(3).toString()).value_or(ReviewDecisionKind::Comment);
    d.reason = q.value(4).toString();
    d.evidenceDigest = q.value(5).toString();
    d.decidedBy = q.value(6).toString();
    d.decidedAt = sql::toTime(q.value(7));
    return d;
}

// Accepted order: the server's rev; rows made here and not yet accepted (rev 0) after them.
const QString kAcceptedOrder = u" ORDER BY rev = 0, rev, decided_at, id"_s;

} // namespace

bool ReviewRepository::saveItem(const ReviewItem &item)
{
    return save(u"review_item"_s, item.id,
                {{u"lead_id"_s, item.leadId},
                 {u"stage_key"_s, item.stageKey},
                 {u"round"_s, item.round},
                 {u"submitted_by"_s, sql::fromText(item.submittedBy)},
                 {u"submitted_at"_s, sql::fromTime(item.submittedAt)}});
}

std::optional<ReviewItem> ReviewRepository::findItem(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM review_item i WHERE i.id = ? AND i.deleted = 0"_s.arg(kItemColumns));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return itemFrom(q);
}

std::optional<ReviewItem> ReviewRepository::itemFor(const QString &leadId, const QString &stageKey) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM review_item i WHERE i.lead_id = ? AND i.stage_key = ? AND i.deleted = 0 "
              "ORDER BY i.submitted_at DESC, i.id LIMIT 1"_s.arg(kItemColumns));
    q.addBindValue(leadId);
    q.addBindValue(stageKey);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return itemFrom(q);
}

bool ReviewRepository::saveDecision(const ReviewDecision &d)
{
    // The lead is the decision's scope on the server: read it from the item.
    const std::optional<ReviewItem> item = findItem(d.itemId);
    if (!item) {
        if (m_errorText.isEmpty())
            m_errorText = QCoreApplication::translate("sales::ReviewRepository", "找不到这条审核");
        return false;
    }
    return save(u"review_decision"_s, d.id,
                {{u"item_id"_s, d.itemId},
                 {u"lead_id"_s, item->leadId},
                 {u"round"_s, d.round},
                 {u"kind"_s, reviewDecisionKindKey(d.kind)},
                 {u"reason"_s, sql::fromText(d.reason)},
                 {u"evidence_digest"_s, sql::fromText(d.evidenceDigest)},
                 {u"decided_by"_s, sql::fromText(d.decidedBy)},
                 {u"decided_at"_s, sql::fromTime(d.decidedAt)}});
}

QList<ReviewDecision> ReviewRepository::decisionsOf(const QString &itemId) const
{
    return decisionsOf(QStringList{itemId}).value(itemId);
}

QHash<QString, QList<ReviewDecision>> ReviewRepository::decisionsOf(const QStringList &itemIds) const
{
    QHash<QString, QList<ReviewDecision>> out;
    if (itemIds.isEmpty())
        return out;
    // One statement for a whole queue; SQLite 3.15 allows 999 parameters.
    for (qsizetype from = 0; from < itemIds.size(); from += 900) {
        const QStringList part = itemIds.mid(from, 900);
        QStringList marks;
        marks.fill(u"?"_s, part.size());
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT %1 FROM review_decision WHERE deleted = 0 AND item_id IN (%2)%3"_s.arg(
            kDecisionColumns, marks.join(u", "_s), kAcceptedOrder));
        for (const QString &id : part)
            q.addBindValue(id);
        if (!exec(q))
            return {};
        while (q.next()) {
            ReviewDecision d = decisionFrom(q);
            out[d.itemId].append(std::move(d));
        }
        if (readFailed(q))
            return {};
    }
    return out;
}

QList<ReviewQueueRow> ReviewRepository::openItems(const QString &teamId, const QString &regionId) const
{
    QString sql = u"SELECT %1, l.title, a.name, l.owner_id, u.name, l.team_id, l.region_id, l.template_id, l.industry "
                  "FROM review_item i JOIN lead l ON l.id = i.lead_id AND l.stage_key = i.stage_key "
                  "LEFT JOIN account a ON a.id = l.account_id LEFT JOIN app_user u ON u.id = l.owner_id "
                  "WHERE i.deleted = 0 AND l.deleted = 0 AND l.status = 'open'"_s.arg(kItemColumns);
    if (!teamId.isEmpty())
        sql += u" AND l.team_id = ?"_s;
    if (!regionId.isEmpty())
        sql += u" AND l.region_id = ?"_s;
    sql += u" ORDER BY i.submitted_at, i.id"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!teamId.isEmpty())
        q.addBindValue(teamId);
    if (!regionId.isEmpty())
        q.addBindValue(regionId);
    QList<ReviewQueueRow> out;
    if (!exec(q))
        return out;
    while (q.next()) {
        out.append(ReviewQueueRow{itemFrom(q), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                  q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                                  q.value(12).toString(), q.value(13).toString()});
    }
    if (readFailed(q))
        return {};
    return out;
}

bool ReviewRepository::saveScriptPack(const ScriptPack &p)
{
    return save(u"script_pack"_s, p.id,
                {{u"stage_key"_s, p.stageKey},
                 {u"industry"_s, sql::fromText(p.industry)},
                 {u"objection"_s, sql::fromText(p.objection)},
                 {u"title"_s, p.title},
                 {u"body"_s, p.body}});
}

QList<ScriptPack> ReviewRepository::scriptPacksFor(const QString &stageKey, const QString &industry) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, stage_key, industry, objection, title, body FROM script_pack "
              "WHERE deleted = 0 AND stage_key = ? AND (industry IS NULL OR industry = '' OR industry = ?) "
              "ORDER BY (industry IS NULL OR industry = ''), title, id"_s);
    q.addBindValue(stageKey);
    q.addBindValue(industry);
    QList<ScriptPack> out;
    if (!exec(q))
        return out;
    while (q.next())
        out.append(ScriptPack{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    if (readFailed(q))
        return {};
    return out;
}

} // namespace sales
