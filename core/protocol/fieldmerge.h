// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitycatalog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace sales::protocol {

// Values as the protocol compares them: null and "" are the same (the replica
// never tells them apart), numbers compare as integers.
bool sameValue(const QJsonValue &a, const QJsonValue &b);

// A field both sides changed: the server kept its value, the client's is here.
struct FieldConflict {
    QString field;
    QJsonValue mine;
    QJsonValue server;
    QJsonValue base; // the value both started from
};

struct MergeResult {
    QJsonObject row;               // the server row after the merge
    QStringList changed;           // fields whose stored value changed
    QList<FieldConflict> conflicts;
};

// Field-level three-way merge of one op into the server's current row. A field
// the client changed and the server did not takes the client's value; a field
// both changed to the same value is fine; a field both changed differently keeps
// the server's value and is returned as a conflict. MergeRule::Max fields take
// the larger value. `mine` holds only the fields the op changes; `base` their
// values when the client first changed them.
MergeResult mergeFields(const EntitySpec &spec, const QJsonObject &server, const QJsonObject &mine,
                        const QJsonObject &base);

// Why an op's fields are not acceptable, with a stable code.
struct Rejection {
    QString code;    // unknown_field, bad_type, missing_field, bad_value, missing_parent
    QString message; // in Chinese, naming the field: the client shows it as the reason
};

// Checks the values against the catalog's rules: names, types, closed sets,
// ranges, blank required text (bad_value), null where the field takes none
// (missing_field when required, else bad_value). `creating` also requires every
// required field to be present and non-null (missing_field). References are
// checked by whoever holds the rows, through referencesIn.
std::optional<Rejection> validateFields(const EntitySpec &spec, const QJsonObject &fields, bool creating);

// A reference field of `fields` that names a row (empty ids name none).
struct Reference {
    const FieldSpec *field = nullptr; // field->references is the entity named
    QString id;
};
QList<Reference> referencesIn(const EntitySpec &spec, const QJsonObject &fields);
// missing_parent: the row a reference names does not exist.
Rejection missingReference(const EntitySpec &spec, const Reference &ref);

} // namespace sales::protocol
