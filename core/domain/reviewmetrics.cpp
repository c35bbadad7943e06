// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewmetrics.h"

namespace sales {

MetricHealth metricHealth(const Rate &rate, double low, std::optional<double> high)
{
    const std::optional<double> v = rate.value();
    if (!v)
        return MetricHealth::NoData;
    if (*v < low)
        return MetricHealth::Low;
    if (high && *v > *high)
        return MetricHealth::High;
    return MetricHealth::Healthy;
}

std::optional<bool> firstPassApproved(const QList<ReviewDecision> &decisions, QDateTime *decidedAt)
{
    for (const ReviewDecision &d : decisions) {
        if (d.round != 1)
            continue;
        switch (d.kind) {
        case ReviewDecisionKind::Approve:
        case ReviewDecisionKind::Reject:
        case ReviewDecisionKind::AutoReject:
            if (decidedAt)
                *decidedAt = d.decidedAt;
            return d.kind == ReviewDecisionKind::Approve;
        case ReviewDecisionKind::Escalate:
        case ReviewDecisionKind::Comment:
            break;
        }
    }
    return std::nullopt;
}

Rate firstPassRate(const QList<QList<ReviewDecision>> &decisionsPerItem, const QDateTime &from, const QDateTime &to)
{
    Rate rate;
    for (const QList<ReviewDecision> &decisions : decisionsPerItem) {
        QDateTime at;
        const std::optional<bool> approved = firstPassApproved(decisions, &at);
        if (!approved || at < from || at >= to)
            continue;
        ++rate.total;
        if (*approved)
            ++rate.hits;
    }
    return rate;
}

Rate onTimeUpgradeRate(const PipelineTemplate &pipeline, const QList<StageChange> &changes, const QDateTime &from,
                       const QDateTime &to)
{
    Rate rate;
    QDateTime enteredAt; // of the stage the lead is in, as the changes go
    QString current;
    for (const StageChange &c : changes) {
        const int fromIndex = pipeline.indexOf(c.fromStage);
        const bool forward = !c.backflow && fromIndex >= 0 && pipeline.indexOf(c.toStage) > fromIndex;
        if (forward && c.fromStage == current && enteredAt.isValid() && c.changedAt >= from && c.changedAt < to) {
            const StageDefinition *stage = pipeline.stage(c.fromStage);
            ++rate.total;
            if (stage && c.changedAt <= enteredAt.addSecs(qint64(stage->slaHours) * 3600))
                ++rate.hits;
        }
        current = c.toStage;
        enteredAt = c.changedAt;
    }
    return rate;
}

} // namespace sales
