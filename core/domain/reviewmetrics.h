// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The review queue's metrics (PRODUCT.md §2), pure rules over the rows a replica
// holds, so a supervisor's laptop and the server count the same way.

#include "pipelinetemplate.h"
#include "review.h"
#include "stagechange.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace sales {

// hits out of total; no value without a total.
struct Rate
{
    int hits = 0;
    int total = 0;
    std::optional<double> value() const
    {
        return total > 0 ? std::optional<double>(double(hits) / total) : std::nullopt;
    }
    Rate &operator+=(const Rate &o)
    {
        hits += o.hits;
        total += o.total;
        return *this;
    }
};

enum class MetricHealth { Healthy, Low, High, NoData };

// A rate against its healthy range [low, high] (high absent: no upper bound).
MetricHealth metricHealth(const Rate &rate, double low, std::optional<double> high = std::nullopt);

// 一次通过率: of the items whose first round was decided in [from, to), those whose
// first round ended approved. The deciding decision is the first approve, reject or
// auto-reject of round 1 (an escalation is not a decision; the manager's after it
// is; comments never count). Healthy 65–78 %.
constexpr double FirstPassLow = 0.65;
constexpr double FirstPassHigh = 0.78;
// Whether the item's first round ended approved; none while it is undecided.
std::optional<bool> firstPassApproved(const QList<ReviewDecision> &decisions, QDateTime *decidedAt = nullptr);
Rate firstPassRate(const QList<QList<ReviewDecision>> &decisionsPerItem, const QDateTime &from, const QDateTime &to);

// 按时升级率: of the forward moves in [from, to) out of a stage the lead had
// entered (not a backflow, not its first entry), those made within that stage's
// slaHours of entering it. changes: one lead's, oldest first. Healthy ≥ 85 %.
constexpr double OnTimeUpgradeLow = 0.85;
Rate onTimeUpgradeRate(const PipelineTemplate &pipeline, const QList<StageChange> &changes, const QDateTime &from,
                       const QDateTime &to);

} // namespace sales
