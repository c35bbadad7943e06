// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sales {

struct Region
{
    QString id;
    QString name;
};

struct Team
{
    QString id;
    QString name;
    QString regionId;
    QString supervisorId;
};

enum class UserRole { Rep, Supervisor, Manager, Admin };

struct User
{
    QString id;
    QString name;
    QString phone;
    UserRole role = UserRole::Rep;
    QString teamId;
    QString regionId;
};

} // namespace sales
