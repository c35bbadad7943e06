// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncrows.h"

#include <QDateTime>
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

// What a rule changes in the row it accepts, and what it tells the pusher: a
// review decision that arrives after the round was decided is kept as a comment
// (kind rewritten), the pusher told who decided and when (code, message).
struct RuleAmendment {
    QJsonObject fields;
    QString code;
    QString message;
};

// One op's row as a rule sees it: before is null for a new row. now is the
// server's clock (SyncStore's), rowId the op's row, amend where a rule may rewrite the row it accepts.
struct RuleInput {
    QSqlDatabase &db;
    const Viewer &viewer;
    const protocol::EntitySpec &spec;
    const rows::Stored *before;
    const rows::Stored &after;
    QDateTime now;
    QString rowId;
    RuleAmendment *amend = nullptr;
};
using RuleCheck = std::optional<RuleVerdict> (*)(const RuleInput &);

// What the server checks and stamps for one entity, a row of the rule table
// (syncrules.cpp): a new entity's rules are one more row there.
struct EntityRules {
    QString entity;
    // The field naming who did it: stamped with the pusher when empty, and only
    // an admin may name someone else. Empty for rows that record no action.
    QString authorField;
    // Run in order, the first verdict wins. Built from the table's row, then the
    // file rule for an entity whose catalog spec names a blobField: a file a row
    // newly names must be one the viewer may name (mayNameBlob), one it already
    // named must still exist.
    QList<RuleCheck> checks;
};

// The rules of a catalog entity (one without a row in the table has no checks
// and no author field); nullptr for a name the catalog does not know.
const EntityRules *entityRules(const QString &entity);

// The entity's checks on the row an op would leave; unknown_entity for an
// entity the table does not know.
std::optional<RuleVerdict> checkRules(QSqlDatabase &db, const Viewer &viewer, const protocol::EntitySpec &spec,
                                      const rows::Stored *before, const rows::Stored &after, const QDateTime &now,
                                      const QString &rowId = {}, RuleAmendment *amend = nullptr);

} // namespace sales::server
