// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leads/leadsarea.h"
#include "mainwindow.h"

namespace sales::test {

// The window's current area as the lead list it is expected to be.
inline LeadsArea &leadsOf(MainWindow &window)
{
    auto *area = window.currentArea<LeadsArea>();
    Q_ASSERT_X(area, "leadsOf", "the current work area is not a lead list");
    return *area;
}

} // namespace sales::test
