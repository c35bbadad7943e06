// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sales {

// 联系人 at an account. role is the buying role (决策人, 采购, 技术, 使用者).
struct Contact
{
    QString id;
    QString accountId;
    QString name;
    QString title;
    QString phone;
    QString role;
    QDateTime createdAt;
};

} // namespace sales
