// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadrepository.h"

#include "enumcodec.h"
#include "leadquery.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

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
    if (!exec(q) || !q.next()) {
        readFailed(q); // an error, or no such row
        return std::nullopt;
    }
    return leadFrom(q);
}

int LeadRepository::count() const
{
    const LeadQuery query(m_db);
    const int n = query.count({});
    if (n < 0)
        m_errorText = query.errorText();
    return std::max(0, n);
}

QList<LeadListRow> LeadRepository::listPage(int offset, int limit) const
{
    // The offset is walked in lead_list_idx alone, so a page deep in 100k leads
    // costs index pages, not table pages (see LeadQuery).
    const LeadQuery query(m_db);
    QList<LeadListRow> rows = query.page({}, {}, offset, limit);
    if (!query.errorText().isEmpty())
        m_errorText = query.errorText();
    return rows;
}

} // namespace sales
