// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace sales::server::cli {

// `sales-server` commands: init, serve, users add|list, devices list|revoke.
// args[0] is the program name. Returns the process exit code.
int run(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace sales::server::cli
