// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reviewmetrics.h"
#include "repository.h"

#include <QDateTime>
#include <QList>

namespace sales {

// The review metrics of one rep over a period.
struct ReviewMetricsRow
{
    QString ownerId;
    QString ownerName;
    Rate firstPass;
    Rate onTimeUpgrade;
};

// The metrics of a team or a region, per rep and in total, for [from, to).
struct ReviewMetricsReport
{
    QDateTime from, to;
    QList<ReviewMetricsRow> reps; // by name
    Rate firstPass;
    Rate onTimeUpgrade;
};

// Reads what the metrics need for the leads of a team or region (empty: every lead
// the replica holds) in three statements and applies the rules of
// domain/reviewmetrics.h. Runs on the reader's connection (off the GUI thread).
class ReviewMetricsQuery final : public Repository
{
public:
    explicit ReviewMetricsQuery(QSqlDatabase db) : Repository(std::move(db)) {}

    // Empty on a read error (errorText(), isDamaged()).
    std::optional<ReviewMetricsReport> report(const QString &teamId, const QString &regionId, const QDateTime &from,
                                              const QDateTime &to) const;
};

} // namespace sales
