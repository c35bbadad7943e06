// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewmetricsquery.h"

#include "knowledgerepository.h"
#include "organisationrepository.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {

std::optional<ReviewMetricsReport> ReviewMetricsQuery::report(const QString &teamId, const QString &regionId,
                                                              const QDateTime &from, const QDateTime &to) const
{
    QString scope = u"l.deleted = 0"_s;
    if (!teamId.isEmpty())
        scope += u" AND l.team_id = :team"_s;
    if (!regionId.isEmpty())
        scope += u" AND l.region_id = :region"_s;
    auto prepare = [&](QSqlQuery &q, const QString &sql) {
        q.setForwardOnly(true);
        q.prepare(sql);
        if (!teamId.isEmpty())
            q.bindValue(u":team"_s, teamId);
        if (!regionId.isEmpty())
            q.bindValue(u":region"_s, regionId);
    };

    struct LeadFacts
    {
        QString ownerId;
        QString templateId;
    };
    QHash<QString, LeadFacts> leads;
    QSqlQuery q(m_db);
    prepare(q, u"SELECT l.id, l.owner_id, l.template_id FROM lead l WHERE "_s + scope);
    if (!exec(q))
        return std::nullopt;
    while (q.next())
        leads.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    if (readFailed(q))
        return std::nullopt;

    // Decisions in the order the server accepted them, per item; each item under its lead's owner.
    QHash<QString, QList<QList<ReviewDecision>>> decisionsByOwner;
    prepare(q, u"SELECT i.lead_id, d.item_id, d.round, d.kind, d.decided_at FROM review_decision d "
               "JOIN review_item i ON i.id = d.item_id JOIN lead l ON l.id = i.lead_id "
               "WHERE d.deleted = 0 AND i.deleted = 0 AND "_s
                   + scope + u" ORDER BY d.item_id, d.rev = 0, d.rev, d.decided_at, d.id"_s);
    if (!exec(q))
        return std::nullopt;
    QString item;
    QList<ReviewDecision> decisions;
    QString owner;
    auto flush = [&] {
        if (!item.isEmpty())
            decisionsByOwner[owner].append(decisions);
        decisions.clear();
    };
    while (q.next()) {
        if (q.value(1).toString() != item) {
            flush();
            item = q.value(1).toString();
            owner = leads.value(q.value(0).toString()).ownerId;
        }
        ReviewDecision d;
        d.itemId = item;
        d.round = q.value(2).toInt();
        d.kind = reviewDecisionKindFromKey(q.value(3).toString()).value_or(ReviewDecisionKind::Comment);
        d.decidedAt = sql::toTime(q.value(4));
        decisions.append(d);
    }
    if (readFailed(q))
        return std::nullopt;
    flush();

    QHash<QString, QList<StageChange>> changesByLead;
    prepare(q, u"SELECT c.lead_id, c.from_stage, c.to_stage, c.changed_at, c.backflow FROM stage_change c "
               "JOIN lead l ON l.id = c.lead_id WHERE c.deleted = 0 AND "_s
                   + scope + u" ORDER BY c.lead_id, c.changed_at, c.id"_s);
    if (!exec(q))
        return std::nullopt;
    while (q.next()) {
        StageChange c;
        c.leadId = q.value(0).toString();
        c.fromStage = q.value(1).toString();
        c.toStage = q.value(2).toString();
        c.changedAt = sql::toTime(q.value(3));
        c.backflow = q.value(4).toBool();
        changesByLead[c.leadId].append(c);
    }
    if (readFailed(q))
        return std::nullopt;

    const KnowledgeRepository knowledge(m_db);
    QHash<QString, std::optional<PipelineTemplate>> templates;
    QHash<QString, ReviewMetricsRow> rows;
    for (auto it = changesByLead.cbegin(); it != changesByLead.cend(); ++it) {
        const LeadFacts facts = leads.value(it.key());
        if (!templates.contains(facts.templateId)) {
            templates.insert(facts.templateId, knowledge.findTemplate(facts.templateId));
            if (!knowledge.errorText().isEmpty()) {
                m_errorText = knowledge.errorText();
                return std::nullopt;
            }
        }
        if (const std::optional<PipelineTemplate> &pipeline = templates[facts.templateId])
            rows[facts.ownerId].onTimeUpgrade += onTimeUpgradeRate(*pipeline, it.value(), from, to);
    }
    for (auto it = decisionsByOwner.cbegin(); it != decisionsByOwner.cend(); ++it)
        rows[it.key()].firstPass += firstPassRate(it.value(), from, to);

    const OrganisationRepository organisation(m_db);
    QHash<QString, QString> names;
    for (const User &u : organisation.users())
        names.insert(u.id, u.name);
    if (!organisation.errorText().isEmpty()) {
        m_errorText = organisation.errorText();
        return std::nullopt;
    }
    ReviewMetricsReport report{from, to, {}, {}, {}};
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it->firstPass.total == 0 && it->onTimeUpgrade.total == 0)
            continue;
        it->ownerId = it.key();
        it->ownerName = names.value(it.key(), it.key());
        report.firstPass += it->firstPass;
        report.onTimeUpgrade += it->onTimeUpgrade;
        report.reps.append(*it);
    }
    std::sort(report.reps.begin(), report.reps.end(),
              [](const ReviewMetricsRow &a, const ReviewMetricsRow &b) { return a.ownerName < b.ownerName; });
    return report;
}

} // namespace sales
