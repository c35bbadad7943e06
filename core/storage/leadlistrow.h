// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sales {

// One line of the lead list: the lead with the names a rep reads it by.
struct LeadListRow
{
    QString id;
    QString title;
    QString accountName;
    QString contactName;
    QString contactPhone;
    QString industry;
    QString source;
    QString templateId; // the pipeline template stageKey belongs to
    QString stageKey;
    QString ownerName;
    QString regionName;
    qint64 amountYuan = 0;
    QDateTime stageEnteredAt;
    QDateTime lastActivityAt;
};

} // namespace sales
