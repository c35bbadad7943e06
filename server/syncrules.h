// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncrows.h"

#include <QJsonObject>

#include <optional>

namespace sales::server {

struct RuleVerdict {
    QString code;    // stage_gate, unknown_stage, unknown_template, missing_blob, bad_value, missing_parent
    QString message; // in Chinese: the client shows it as the reason
};

// The rules a client could bypass, checked again on the row an op would leave:
// the stage gate (the same domain code the client runs), closed sets, blobs.
// The references an op sets that name no stored row (the catalog's
// FieldSpec::references): missing_parent, the message naming the field. A
// child's parent and a lead's owner are left to rows::resolveScope, which
// answers for them with its own codes (missing_parent, unknown_owner). *ok is
// false on a database error.
std::optional<RuleVerdict> checkReferences(QSqlDatabase &db, const protocol::EntitySpec &spec,
                                           const QJsonObject &fields, bool *ok);

// A file a row newly names must be one the viewer may name (mayNameBlob); one it
// already named must still exist.
std::optional<RuleVerdict> checkRules(QSqlDatabase &db, const Viewer &viewer, const protocol::EntitySpec &spec,
                                      const rows::Stored *before, const rows::Stored &after);

} // namespace sales::server
