// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The free functions the services share (LeadService, EvidenceService,
// StageService, ActivityService and those to come); not an API for the UI.

#include "domain/lead.h"
#include "domain/pipelinetemplate.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sales {

class Clock;
class Transaction;

namespace leadops {

inline Result succeeded(const QString &id) { return Result::success(id); }
inline Result failed(const QString &message) { return Result::failure(message); }
inline Result fieldFailed(const QString &field, const QString &message) { return Result::fieldFailure(field, message); }
// message becomes a summary naming every field problem, for a UI that shows one line.
Result fieldsFailed(const QHash<QString, QString> &fieldErrors);

// Starting the transaction failed (e.g. the database is busy).
Result transactionFailed(const QSqlDatabase &db);
// Commits tx and returns result, or a failure if the commit did not succeed.
Result commit(Transaction &tx, const QSqlDatabase &db, Result result);

// A lead with the pipeline template stored in the replica for it.
struct LeadContext
{
    Lead lead;
    PipelineTemplate pipeline;
};
Expected<LeadContext> loadLead(const QSqlDatabase &db, const QString &leadId);

// Moves the lead to toStage now and records the StageChange.
Result moveStage(const QSqlDatabase &db, const Clock &clock, const QString &userId, LeadContext &context,
                 const QString &toStage, const QString &reason, bool backflow);

} // namespace leadops
} // namespace sales
