// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sales {

// One move of a lead between stages. Moving to an earlier stage is backflow.
struct StageChange
{
    QString id;
    QString leadId;
    QString fromStage; // empty for the first entry
    QString toStage;
    QDateTime changedAt;
    QString reason;
    QString byUserId;
    bool backflow = false;
};

} // namespace sales
