// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncrows.h"

#include <optional>

namespace sales::server {

struct RuleVerdict {
    QString code;    // stage_gate, unknown_stage, unknown_template, missing_blob, bad_value
    QString message; // in Chinese: the client shows it as the reason
};

// The rules a client could bypass, checked again on the row an op would leave:
// the stage gate (the same domain code the client runs), closed sets, blobs.
std::optional<RuleVerdict> checkRules(QSqlDatabase &db, const protocol::EntitySpec &spec,
                                      const rows::Stored *before, const rows::Stored &after);

} // namespace sales::server
