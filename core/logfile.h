// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sales {

// Sends Qt's log messages (also) to a file, one line each with time, level and
// category. Call once at start-up; returns false if the file cannot be opened.
bool installLogFile(const QString &path);
QString logFilePath();

} // namespace sales
