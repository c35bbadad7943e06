// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace sales {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace sales
