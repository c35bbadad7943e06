// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetail.h"

#include "clock.h"

#include "domain/stagehistory.h"
#include "storage/accountrepository.h"
#include "storage/knowledgerepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"
#include "storage/organisationrepository.h"
#include "storage/replicadamage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sales {

Expected<LeadDetail> loadLeadDetail(const QSqlDatabase &db, const QString &leadId, const QDateTime &now,
                                    int activityLimit)
{
    // A read that stops on an error fails the whole detail: a partial evidence list
    // would show the stage gate wrong, a partial activity list a wrong history.
    auto failed = [&db](const Repository &read) -> std::optional<Result> {
        if (read.errorText().isEmpty())
            return std::nullopt;
        return Result::failure(read.isDamaged() ? ReplicaDamage::messageFor(db) : read.errorText());
    };
    const LeadRepository leads(db);
    const auto lead = leads.find(leadId);
    if (!lead)
        return failed(leads).value_or(
            Result::failure(QCoreApplication::translate("sales::LeadDetail", "找不到该线索")));

    LeadDetail d;
    d.lead = *lead;
    const KnowledgeRepository knowledge(db);
    const auto pipeline = knowledge.findTemplate(lead->templateId);
    if (!pipeline)
        return failed(knowledge).value_or(Result::failure(
            QCoreApplication::translate("sales::LeadDetail", "找不到流程模板 %1").arg(lead->templateId)));
    d.pipeline = *pipeline;

    const AccountRepository accounts(db);
    d.account = accounts.find(lead->accountId).value_or(Account{});
    if (!lead->contactId.isEmpty())
        d.contact = accounts.findContact(lead->contactId).value_or(Contact{});
    if (auto why = failed(accounts))
        return *why;
    const OrganisationRepository organisation(db);
    if (const auto owner = organisation.findUser(lead->ownerId))
        d.ownerName = owner->name;
    if (auto why = failed(organisation))
        return *why;

    const LeadHistoryRepository history(db);
    d.evidence = history.evidenceOf(leadId);
    d.recentActivities = history.activitiesOf(leadId, activityLimit);
    d.attachmentCounts = history.attachmentCountsOf(leadId);
    d.history = history.stageChangesOf(leadId);
    if (auto why = failed(history))
        return *why;

    if (const StageDefinition *next = d.pipeline.nextStage(lead->stageKey))
        d.nextGate = checkStageGate(d.pipeline, next->key, d.evidence);
    if (const StageDefinition *stage = d.pipeline.stage(lead->stageKey))
        d.sla = evaluateSla(*stage, slaClockStart(lead->stageEnteredAt, d.evidence, d.pipeline, lead->stageKey), now);
    d.backflows = backflowCount(d.pipeline, d.history);

    const FixedClock at(now);
    const auto review = ReviewService(db, at, QString()).reviewOf(leadId);
    if (!review)
        return review.result();
    d.review = *review;
    if (d.review && d.review->status.decision && !d.review->status.decision->decidedBy.isEmpty()) {
        if (const auto decider = organisation.findUser(d.review->status.decision->decidedBy))
            d.reviewDeciderName = decider->name;
        if (auto why = failed(organisation))
            return *why;
    }
    return d;
}

} // namespace sales
