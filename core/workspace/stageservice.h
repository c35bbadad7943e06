// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stagegate.h"
#include "result.h"
#include "servicecontext.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sales {

// A stage move's Result, with the gate that was checked: on a refused advance
// it lists the missing evidence; on a successful one it passed. None for moveBack.
struct StageMoveResult : Result
{
    StageMoveResult() = default;
    StageMoveResult(Result result, std::optional<GateResult> checked = std::nullopt) // NOLINT: implicit on purpose
        : Result(std::move(result)), gate(std::move(checked))
    {
    }

    std::optional<GateResult> gate;
};

// Moving a lead through its pipeline: forward only through the stage gate,
// backward always, with a reason, counted as backflow. Each move is a StageChange.
class StageService final
{
    Q_DECLARE_TR_FUNCTIONS(sales::StageService)

public:
    explicit StageService(const Session &session) : m_context(session) {}
    StageService(QSqlDatabase db, const Clock &clock, QString userId)
        : m_context(std::move(db), clock, std::move(userId))
    {
    }

    // Forward: refused with the gate's missing items unless the evidence is complete.
    StageMoveResult advance(const QString &leadId, const QString &toStageKey);
    // Backward: always allowed, needs a reason, counted as backflow.
    StageMoveResult moveBack(const QString &leadId, const QString &toStageKey, const QString &reason);

private:
    ServiceContext m_context;
};

} // namespace sales
