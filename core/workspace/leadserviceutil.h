// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the LeadService source files only; not an API.

#include "domain/lead.h"
#include "domain/pipelinetemplate.h"
#include "leadservice.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sales {

class Clock;
class Transaction;

namespace leadops {

LeadResult succeeded(const QString &id);
LeadResult failed(const QString &error);
// error becomes a summary naming every field problem, for a UI that shows one line.
LeadResult fieldsFailed(const QHash<QString, QString> &fieldErrors);
LeadResult fieldFailed(const QString &field, const QString &error);

// Starting the transaction failed (e.g. the database is busy).
LeadResult transactionFailed(const QSqlDatabase &db);
// Commits tx and returns result, or a failure if the commit did not succeed.
LeadResult commit(Transaction &tx, const QSqlDatabase &db, LeadResult result);

// A lead with the pipeline template stored in the replica for it.
struct LeadContext
{
    Lead lead;
    PipelineTemplate pipeline;
};
std::optional<LeadContext> loadLead(const QSqlDatabase &db, const QString &leadId, LeadResult *failure);

// Moves the lead to toStage now and records the StageChange.
LeadResult moveStage(const QSqlDatabase &db, const Clock &clock, const QString &userId, LeadContext &context,
                     const QString &toStage, const QString &reason, bool backflow);

} // namespace leadops
} // namespace sales
