// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycatalog.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sales::protocol {
namespace {

constexpr qint64 kNoMax = std::numeric_limits<qint64>::max();

FieldSpec text(const QString &name, bool required = false, QStringList allowed = {})
{
    FieldSpec f;
    f.name = name;
    f.required = required;
    f.allowed = std::move(allowed);
    f.nullable = !required;
    return f;
}
// The id of a row of `entity`; empty (null) only when not required.
FieldSpec ref(const QString &name, const QString &entity, bool required = false)
{
    FieldSpec f = text(name, required);
    f.references = entity;
    return f;
}
// Integers are never null unless they say so: the replica's columns are NOT NULL.
FieldSpec integer(const QString &name, qint64 min, qint64 max, bool required)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Integer;
    f.required = required;
    f.nullable = false;
    f.min = min;
    f.max = max;
    return f;
}
// Milliseconds since the epoch.
FieldSpec timestamp(const QString &name, bool required = true) { return integer(name, 0, kNoMax, required); }
// An amount or a duration.
FieldSpec count(const QString &name) { return integer(name, 0, kNoMax, true); }
FieldSpec flag(const QString &name, bool required = true) { return integer(name, 0, 1, required); }
// A time that only moves forward; `nullable` when "never" is a value.
FieldSpec latest(const QString &name, bool required, bool nullable = false)
{
    FieldSpec f = timestamp(name, required);
    f.merge = MergeRule::Max;
    f.nullable = nullable;
    return f;
}

// A count that only moves forward (a review item's round).
FieldSpec rising(const QString &name)
{
    FieldSpec f = count(name);
    f.merge = MergeRule::Max;
    return f;
}

// Every row ends with these two.
QList<FieldSpec> withTail(QList<FieldSpec> fields)
{
    fields << latest(u"updated_at"_s, true) << flag(u"deleted"_s, false);
    return fields;
}

QList<EntitySpec> build()
{
    const QStringList roles{u"rep"_s, u"supervisor"_s, u"manager"_s, u"admin"_s};
    QList<EntitySpec> all{
        {u"region"_s, withTail({text(u"name"_s, true)}), Scope::Global, Writer::Admin, {}, {}, 0},
        // supervisor_id names a user, who comes later: the one cycle (app_user.team_id names the team).
        {u"team"_s,
         withTail({text(u"name"_s, true), ref(u"region_id"_s, u"region"_s), ref(u"supervisor_id"_s, u"app_user"_s)}),
         Scope::Global, Writer::Admin, {}, {}, 0},
        {u"app_user"_s,
         withTail({text(u"name"_s, true), text(u"phone"_s), text(u"role"_s, true, roles),
                   ref(u"team_id"_s, u"team"_s), ref(u"region_id"_s, u"region"_s)}),
         Scope::Global, Writer::Admin, {}, {}, 0},
        {u"pipeline_template"_s, withTail({text(u"name"_s, true), text(u"definition"_s, true)}), Scope::Global,
         Writer::Admin, {}, {}, 0},
        {u"case_study"_s,
         withTail({text(u"title"_s, true), text(u"industry"_s), text(u"background"_s), text(u"blocker"_s),
                   text(u"actions"_s), text(u"result"_s), text(u"reflection"_s)}),
         Scope::Global, Writer::Supervisor, {}, {}, 0},
        {u"account"_s,
         withTail({text(u"name"_s, true), text(u"industry"_s), ref(u"region_id"_s, u"region"_s), text(u"city"_s),
                   text(u"website"_s), timestamp(u"created_at"_s)}),
         Scope::Global, Writer::Anyone, {}, {}, 0},
        {u"contact"_s,
         withTail({ref(u"account_id"_s, u"account"_s, true), text(u"name"_s, true), text(u"title"_s),
                   text(u"phone"_s), text(u"role"_s), timestamp(u"created_at"_s)}),
         Scope::Global, Writer::Anyone, {}, {}, 0},
        {u"lead"_s,
         withTail({ref(u"account_id"_s, u"account"_s, true), ref(u"contact_id"_s, u"contact"_s),
                   ref(u"owner_id"_s, u"app_user"_s, true), ref(u"team_id"_s, u"team"_s),
                   ref(u"region_id"_s, u"region"_s), text(u"title"_s, true), text(u"industry"_s),
                   text(u"source"_s), ref(u"template_id"_s, u"pipeline_template"_s, true),
                   text(u"stage_key"_s, true), timestamp(u"stage_entered_at"_s), count(u"amount_yuan"_s),
                   text(u"status"_s, true, {u"open"_s, u"won"_s, u"lost"_s}), timestamp(u"created_at"_s),
                   latest(u"last_activity_at"_s, false, true)}),
         Scope::Lead, Writer::Anyone, {}, {}, 0},
        {u"evidence_item"_s,
         withTail({ref(u"lead_id"_s, u"lead"_s, true), text(u"stage_key"_s, true), text(u"requirement_key"_s, true),
                   text(u"kind"_s, true, {u"text"_s, u"file"_s, u"case"_s, u"role"_s}), text(u"text"_s),
                   ref(u"case_id"_s, u"case_study"_s), text(u"role"_s), timestamp(u"created_at"_s),
                   text(u"blob_sha256"_s), text(u"file_name"_s)}),
         Scope::LeadChild, Writer::Anyone, u"lead_id"_s, u"blob_sha256"_s, 0},
        {u"activity"_s,
         withTail({ref(u"lead_id"_s, u"lead"_s, true), ref(u"owner_id"_s, u"app_user"_s),
                   text(u"kind"_s, true,
                        {u"call"_s, u"visit"_s, u"meeting"_s, u"message"_s, u"material"_s, u"demo"_s}),
                   timestamp(u"happened_at"_s), timestamp(u"entered_at"_s), count(u"entry_seconds"_s), text(u"text"_s),
                   flag(u"progress"_s)}),
         Scope::LeadChild, Writer::Anyone, u"lead_id"_s, {}, 0},
        {u"activity_attachment"_s,
         withTail({ref(u"activity_id"_s, u"activity"_s, true), text(u"blob_sha256"_s, true),
                   text(u"file_name"_s, true)}),
         Scope::ActivityChild, Writer::Anyone, u"activity_id"_s, u"blob_sha256"_s, 0},
        {u"stage_change"_s,
         withTail({ref(u"lead_id"_s, u"lead"_s, true), text(u"from_stage"_s), text(u"to_stage"_s, true),
                   timestamp(u"changed_at"_s), text(u"reason"_s), ref(u"by_user_id"_s, u"app_user"_s),
                   flag(u"backflow"_s)}),
         Scope::LeadChild, Writer::Anyone, u"lead_id"_s, {}, 0},
        {u"script_pack"_s,
         withTail({text(u"stage_key"_s, true), text(u"industry"_s), text(u"objection"_s), text(u"title"_s, true),
                   text(u"body"_s, true)}),
         Scope::Global, Writer::Admin, {}, {}, 0},
        {u"review_item"_s,
         withTail({ref(u"lead_id"_s, u"lead"_s, true), text(u"stage_key"_s, true), rising(u"round"_s),
                   ref(u"submitted_by"_s, u"app_user"_s), latest(u"submitted_at"_s, true)}),
         Scope::LeadChild, Writer::Anyone, u"lead_id"_s, {}, 0},
        {u"review_decision"_s,
         withTail({ref(u"item_id"_s, u"review_item"_s, true), ref(u"lead_id"_s, u"lead"_s, true), count(u"round"_s),
                   text(u"kind"_s, true, {u"approve"_s, u"reject"_s, u"escalate"_s, u"autoReject"_s, u"comment"_s}),
                   text(u"reason"_s), text(u"evidence_digest"_s), ref(u"decided_by"_s, u"app_user"_s),
                   timestamp(u"decided_at"_s)}),
         Scope::LeadChild, Writer::Supervisor, u"lead_id"_s, {}, 0},
    };
    for (qsizetype i = 0; i < all.size(); ++i)
        all[i].order = int(i);
    return all;
}

} // namespace

const FieldSpec *EntitySpec::field(const QString &fieldName) const
{
    for (const FieldSpec &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const QList<EntitySpec> &entities()
{
    static const QList<EntitySpec> all = build();
    return all;
}

const QStringList &entityNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const EntitySpec &e : entities())
            n << e.name;
        return n;
    }();
    return names;
}

const EntitySpec *entity(const QString &name)
{
    static const QHash<QString, const EntitySpec *> byName = [] {
        QHash<QString, const EntitySpec *> h;
        for (const EntitySpec &e : entities())
            h.insert(e.name, &e);
        return h;
    }();
    return byName.value(name, nullptr);
}

} // namespace sales::protocol
