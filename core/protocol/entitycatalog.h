// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace sales::protocol {

enum class FieldType { Text, Integer };

// How a field changed on both sides is merged.
enum class MergeRule {
    ThreeWay, // the server's value wins, the client's becomes a conflict record
    Max,      // timestamps that only move forward (updated_at, last_activity_at)
};

// One field and the rules its values obey (validateFields, checked by client and
// server alike): the type, a closed set, a range, whether null goes, and for an
// id the entity whose row it must name.
struct FieldSpec {
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;     // must be present and non-null when the row is created; text non-blank
    MergeRule merge = MergeRule::ThreeWay;
    QStringList allowed;       // a closed set of codes, empty when any value goes
    QString references;        // Text: the entity whose row this id names, empty when not an id
    bool nullable = true;      // null (or "") is a value of its own; false for required fields
    qint64 min = std::numeric_limits<qint64>::min(); // Integer: the range of values
    qint64 max = std::numeric_limits<qint64>::max();
};

// Who may see a row of the entity.
enum class Scope {
    Global,       // everyone: organisation, templates, the customer directory, cases
    Lead,         // the lead's owner, their team's supervisor, the region's manager
    LeadChild,    // as the lead named by parentField
    ActivityChild // as the lead of the activity named by parentField
};

// Who may write rows of a Global entity.
enum class Writer { Anyone, Supervisor, Admin };

struct EntitySpec {
    QString name;              // the table in the replica, the "e" in the protocol
    QList<FieldSpec> fields;   // every replicated column except id and rev
    Scope scope = Scope::Global;
    Writer writer = Writer::Anyone;
    QString parentField;       // LeadChild: lead_id, ActivityChild: activity_id
    QString blobField;         // a column naming a blob that must exist on the server
    int order = 0;             // parents before children when ops share a moment

    const FieldSpec *field(const QString &name) const;
};

// The replicated entities in dependency order. The replica's schema must match
// them column for column (tst_entitycatalog checks it against the migrations).
const QList<EntitySpec> &entities();
// Their names (the replica's and the server's table names), in the same order.
const QStringList &entityNames();
const EntitySpec *entity(const QString &name);

} // namespace sales::protocol
