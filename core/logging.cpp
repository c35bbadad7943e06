// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "sales.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "sales.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "sales.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "sales.sync", QtInfoMsg)
