// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sales {

// 战例: a won (or lost) deal written down so others can reuse it.
struct CaseStudy
{
    QString id;
    QString title;
    QString industry;
    QString background;
    QString blocker;
    QString actions;
    QString result;
    QString reflection;
};

} // namespace sales
