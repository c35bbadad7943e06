// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The SQL of LeadQuery, built from a filter and a sort (see leadquery.h).
#include "leadquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

constexpr qint64 MsPerHour = 3600 * 1000;

// FROM, WHERE and their values, shared by the count and the row-id statements.
struct Selection
{
    QString from = u"lead l"_s;
    QStringList where{u"l.deleted = 0"_s};
    QVariantList values;

    void add(const QString &term, const QVariant &value)
    {
        where.append(term);
        values.append(value);
    }
};

void addSearch(Selection &s, const QString &search)
{
    const QString text = search.simplified();
    if (text.isEmpty())
        return;
    // lead_search is the outer loop: a LIKE scan of its narrow rows, then each hit
    // looked up by id. Walking the list index and probing lead_search per lead
    // would read every lead for a search that finds ten.
    s.from = u"lead_search s CROSS JOIN lead l ON l.id = s.lead_id"_s;
    const QStringList words = LeadQuery::isPhoneSearch(text) ? QStringList{LeadQuery::phoneDigits(text)}
                                                              : text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        s.add(u"s.text LIKE ? ESCAPE '\\'"_s, LeadQuery::containsPattern(word));
}

// "Past the deadline" as stage_entered_at <= now - hours, per (template, stage),
// in one CASE so that SQLite scans lead_filter_idx instead of trying an OR of
// index lookups.
void addSla(Selection &s, LeadFilter::Sla sla, const QList<PipelineTemplate> &templates, const QDateTime &now)
{
    if (sla == LeadFilter::Sla::Any)
        return;
    QStringList cases;
    QVariantList values;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const PipelineTemplate &pipeline : templates) {
        for (const StageDefinition &stage : pipeline.stages) {
            const bool frozen = sla == LeadFilter::Sla::Frozen;
            if (frozen && stage.breachAction == SlaBreachAction::None)
                continue;
            const bool due = sla == LeadFilter::Sla::DueOrOverdue;
            const qint64 hours = qint64(stage.slaHours) + (frozen ? stage.graceHours : 0) - (due ? stage.warnHours : 0);
            cases.append(u"WHEN l.template_id = ? AND l.stage_key = ? THEN ?"_s);
            values << pipeline.id << stage.key << nowMs - hours * MsPerHour;
        }
    }
    if (cases.isEmpty()) {
        s.where.append(u"0"_s);
        return;
    }
    s.where.append(u"l.status = 'open'"_s);
    s.where.append(u"l.stage_entered_at <= CASE "_s + cases.join(u' ') + u" END"_s);
    s.values += values;
}

Selection selectionFor(const LeadFilter &filter, const QList<PipelineTemplate> &templates, const QDateTime &now)
{
    Selection s;
    addSearch(s, filter.search);
    if (!filter.stageKeys.isEmpty()) {
        QStringList marks;
        for (const QString &key : filter.stageKeys) {
            marks.append(u"?"_s);
            s.values.append(key);
        }
        s.where.append(u"l.stage_key IN ("_s + marks.join(u',') + u')');
    }
    if (!filter.templateId.isEmpty())
        s.add(u"l.template_id = ?"_s, filter.templateId);
    if (!filter.industry.isEmpty())
        s.add(u"l.industry = ?"_s, filter.industry);
    if (!filter.regionId.isEmpty())
        s.add(u"l.region_id = ?"_s, filter.regionId);
    if (!filter.source.isEmpty())
        s.add(u"l.source = ?"_s, filter.source);
    if (!filter.ownerId.isEmpty())
        s.add(u"l.owner_id = ?"_s, filter.ownerId);
    addSla(s, filter.sla, templates, now);
    return s;
}

bool usesTemplates(const LeadFilter &filter, const LeadSort &sort)
{
    return filter.sla != LeadFilter::Sla::Any || sort.column == LeadSort::Column::Stage;
}

struct Order
{
    QString join;
    QString by;
    QVariantList values;
};

Order orderFor(const LeadSort &sort, const QList<PipelineTemplate> &templates)
{
    const bool ascending = sort.order == Qt::AscendingOrder;
    Order o;
    if (sort.column == LeadSort::Column::LastActivity) {
        // The exact reverse of lead_list_idx when ascending, so both walk the index.
        o.by = ascending ? u"l.last_activity_at ASC, l.id DESC"_s : u"l.last_activity_at DESC, l.id"_s;
        return o;
    }
    QString key;
    switch (sort.column) {
    case LeadSort::Column::LastActivity: break;
    case LeadSort::Column::Title: key = u"l.title"_s; break;
    case LeadSort::Column::Amount: key = u"l.amount_yuan"_s; break;
    case LeadSort::Column::Industry: key = u"l.industry"_s; break;
    case LeadSort::Column::Source: key = u"l.source"_s; break;
    case LeadSort::Column::Account:
        o.join = u" JOIN account a ON a.id = l.account_id"_s;
        key = u"a.name"_s;
        break;
    case LeadSort::Column::Owner:
        o.join = u" LEFT JOIN app_user u ON u.id = l.owner_id"_s;
        key = u"u.name"_s;
        break;
    case LeadSort::Column::Region:
        o.join = u" LEFT JOIN region r ON r.id = l.region_id"_s;
        key = u"r.name"_s;
        break;
    case LeadSort::Column::Stage: {
        // Pipeline order of the default template; unknown stages last.
        const auto pipeline = std::find_if(templates.cbegin(), templates.cend(),
                                           [](const PipelineTemplate &p) { return p.id == u"default"_s; });
        const QList<StageDefinition> stages = pipeline != templates.cend() ? pipeline->stages
                                                                           : QList<StageDefinition>();
        QStringList whens;
        for (qsizetype i = 0; i < stages.size(); ++i) {
            whens.append(u"WHEN ? THEN %1"_s.arg(i));
            o.values.append(stages.at(i).key);
        }
        key = u"CASE l.stage_key %1 ELSE %2 END"_s.arg(whens.join(u' ')).arg(stages.size());
        break;
    }
    }
    // Ties: most recent first, then id, so that every order is total and stable.
    o.by = u"%1 %2, l.last_activity_at DESC, l.id"_s.arg(key, ascending ? u"ASC"_s : u"DESC"_s);
    return o;
}

} // namespace

bool LeadQuery::isPhoneSearch(const QString &search)
{
    bool digit = false;
    for (const QChar c : search) {
        if (c.isDigit() && c.unicode() < 128)
            digit = true;
        else if (!c.isSpace() && c != u'+' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digit;
}

QString LeadQuery::phoneDigits(const QString &search)
{
    QString digits;
    for (const QChar c : search) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    // lead_search keeps a phone's digits as typed (+86 or not): a full number with
    // its country code is looked for without it, which matches both.
    if (digits.size() > 13 && digits.startsWith(u"0086"_s))
        return digits.mid(4);
    if (digits.size() > 11 && digits.startsWith(u"86"_s))
        return digits.mid(2);
    return digits;
}

QString LeadQuery::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

LeadStatement LeadQuery::countStatement(const LeadFilter &filter) const
{
    static const QList<PipelineTemplate> none;
    const Selection s = selectionFor(filter, usesTemplates(filter, {}) ? templates() : none, m_now);
    return {u"SELECT count(*) FROM "_s + s.from + u" WHERE "_s + s.where.join(u" AND "_s), s.values};
}

LeadStatement LeadQuery::rowIdsStatement(const LeadFilter &filter, const LeadSort &sort, int offset, int limit) const
{
    static const QList<PipelineTemplate> none;
    const QList<PipelineTemplate> &pipelines = usesTemplates(filter, sort) ? templates() : none;
    const Selection s = selectionFor(filter, pipelines, m_now);
    const Order o = orderFor(sort, pipelines);
    LeadStatement statement;
    statement.sql = u"SELECT l.rowid FROM "_s + s.from + o.join + u" WHERE "_s + s.where.join(u" AND "_s)
                    + u" ORDER BY "_s + o.by + u" LIMIT ? OFFSET ?"_s;
    statement.values = s.values + o.values;
    statement.values << limit << offset;
    return statement;
}

} // namespace sales
