// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadrepository.h"

#include "enumcodec.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

Lead leadFrom(const QSqlQuery &q)
{
    Lead l;
    l.id = q.value(u"id"_s).toString();
    l.accountId = q.value(u"account_id"_s).toString();
    l.contactId = q.value(u"contact_id"_s).toString();
    l.ownerId = q.value(u"owner_id"_s).toString();
    l.teamId = q.value(u"team_id"_s).toString();
    l.regionId = q.value(u"region_id"_s).toString();
    l.title = q.value(u"title"_s).toString();
    l.industry = q.value(u"industry"_s).toString();
    l.source = q.value(u"source"_s).toString();
    l.templateId = q.value(u"template_id"_s).toString();
    l.stageKey = q.value(u"stage_key"_s).toString();
    l.stageEnteredAt = sql::toTime(q.value(u"stage_entered_at"_s));
    l.amountYuan = q.value(u"amount_yuan"_s).toLongLong();
    l.status = codec::leadStatus(q.value(u"status"_s).toString()).value_or(LeadStatus::Open);
    l.createdAt = sql::toTime(q.value(u"created_at"_s));
    l.lastActivityAt = sql::toTime(q.value(u"last_activity_at"_s));
    return l;
}

} // namespace

QVariantMap LeadRepository::toFields(const Lead &l)
{
    return {
        {u"account_id"_s, l.accountId},
        {u"contact_id"_s, sql::fromText(l.contactId)},
        {u"owner_id"_s, sql::fromText(l.ownerId)},
        {u"team_id"_s, sql::fromText(l.teamId)},
        {u"region_id"_s, sql::fromText(l.regionId)},
        {u"title"_s, l.title},
        {u"industry"_s, sql::fromText(l.industry)},
        {u"source"_s, sql::fromText(l.source)},
        {u"template_id"_s, l.templateId},
        {u"stage_key"_s, l.stageKey},
        {u"stage_entered_at"_s, sql::fromTime(l.stageEnteredAt)},
        {u"amount_yuan"_s, l.amountYuan},
        {u"status"_s, codec::toCode(l.status)},
        {u"created_at"_s, sql::fromTime(l.createdAt)},
        {u"last_activity_at"_s, sql::fromTime(l.lastActivityAt)},
    };
}

bool LeadRepository::save(const Lead &lead)
{
    return Repository::save(u"lead"_s, lead.id, toFields(lead));
}

std::optional<Lead> LeadRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT * FROM lead WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return leadFrom(q);
}

int LeadRepository::count() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT count(*) FROM lead WHERE deleted = 0"_s) || !exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<LeadListRow> LeadRepository::listPage(int offset, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT l.id, l.title, a.name, c.name, c.phone, l.industry, l.source, l.stage_key, u.name, r.name, "
              u"l.amount_yuan, l.stage_entered_at, l.last_activity_at "
              u"FROM lead l JOIN account a ON a.id = l.account_id "
              u"LEFT JOIN contact c ON c.id = l.contact_id "
              u"LEFT JOIN app_user u ON u.id = l.owner_id "
              u"LEFT JOIN region r ON r.id = l.region_id "
              // The offset is walked in lead_list_idx alone (the subquery needs no table
              // row), so a page deep in 100k leads costs index pages, not table pages.
              u"WHERE l.rowid IN (SELECT rowid FROM lead WHERE deleted = 0 "
              u"ORDER BY last_activity_at DESC, id LIMIT ? OFFSET ?) "
              u"ORDER BY l.last_activity_at DESC, l.id"_s);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<LeadListRow> rows;
    if (!exec(q))
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        LeadListRow r;
        r.id = q.value(0).toString();
        r.title = q.value(1).toString();
        r.accountName = q.value(2).toString();
        r.contactName = q.value(3).toString();
        r.contactPhone = q.value(4).toString();
        r.industry = q.value(5).toString();
        r.source = q.value(6).toString();
        r.stageKey = q.value(7).toString();
        r.ownerName = q.value(8).toString();
        r.regionName = q.value(9).toString();
        r.amountYuan = q.value(10).toLongLong();
        r.stageEnteredAt = sql::toTime(q.value(11));
        r.lastActivityAt = sql::toTime(q.value(12));
        rows.append(r);
    }
    return rows;
}

} // namespace sales
