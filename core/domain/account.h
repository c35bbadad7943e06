// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sales {

// 客户: the company a lead is sold to.
struct Account
{
    QString id;
    QString name;
    QString industry;
    QString regionId;
    QString city;
    QString website;
    QDateTime createdAt;
};

} // namespace sales
