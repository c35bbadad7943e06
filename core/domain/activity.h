// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sales {

enum class ActivityKind { Call, Visit, Meeting, Message, MaterialSent, Demo };

// 跟进记录. happenedAt and enteredAt differ when an activity is back-filled;
// entrySeconds is how long the rep spent entering it. Both feed the authenticity rules.
struct Activity
{
    QString id;
    QString leadId;
    QString ownerId;
    ActivityKind kind = ActivityKind::Call;
    QDateTime happenedAt;
    QDateTime enteredAt;
    int entrySeconds = 0;
    QString text;
    bool progress = false;
};

} // namespace sales
