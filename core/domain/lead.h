// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sales {

enum class LeadStatus { Open, Won, Lost };

// 线索/商机: one sales opportunity with an account, moving through a pipeline.
struct Lead
{
    QString id;
    QString accountId;
    QString contactId;
    QString ownerId;
    QString teamId;
    QString regionId;
    QString title;
    QString industry;
    QString source;
    QString templateId;
    QString stageKey;
    QDateTime stageEnteredAt;
    qint64 amountYuan = 0;
    LeadStatus status = LeadStatus::Open;
    QDateTime createdAt;
    QDateTime lastActivityAt;
};

} // namespace sales
