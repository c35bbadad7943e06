// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycatalog.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sales::protocol {
namespace {

FieldSpec text(const QString &name, bool required = false, QStringList allowed = {})
{
    return {name, FieldType::Text, required, MergeRule::ThreeWay, std::move(allowed)};
}
FieldSpec integer(const QString &name, bool required = false)
{
    return {name, FieldType::Integer, required, MergeRule::ThreeWay, {}};
}
FieldSpec latest(const QString &name, bool required = false)
{
    return {name, FieldType::Integer, required, MergeRule::Max, {}};
}

// Every row ends with these two.
QList<FieldSpec> withTail(QList<FieldSpec> fields)
{
    fields << latest(u"updated_at"_s, true) << integer(u"deleted"_s);
    return fields;
}

QList<EntitySpec> build()
{
    const QStringList roles{u"rep"_s, u"supervisor"_s, u"manager"_s, u"admin"_s};
    QList<EntitySpec> all{
        {u"region"_s, withTail({text(u"name"_s, true)}), Scope::Global, Writer::Admin, {}, {}, 0},
        {u"team"_s, withTail({text(u"name"_s, true), text(u"region_id"_s), text(u"supervisor_id"_s)}),
         Scope::Global, Writer::Admin, {}, {}, 0},
        {u"app_user"_s,
         withTail({text(u"name"_s, true), text(u"phone"_s), text(u"role"_s, true, roles), text(u"team_id"_s),
                   text(u"region_id"_s)}),
         Scope::Global, Writer::Admin, {}, {}, 0},
        {u"pipeline_template"_s, withTail({text(u"name"_s, true), text(u"definition"_s, true)}), Scope::Global,
         Writer::Admin, {}, {}, 0},
        {u"case_study"_s,
         withTail({text(u"title"_s, true), text(u"industry"_s), text(u"background"_s), text(u"blocker"_s),
                   text(u"actions"_s), text(u"result"_s), text(u"reflection"_s)}),
         Scope::Global, Writer::Supervisor, {}, {}, 0},
        {u"account"_s,
         withTail({text(u"name"_s, true), text(u"industry"_s), text(u"region_id"_s), text(u"city"_s),
                   text(u"website"_s), integer(u"created_at"_s, true)}),
         Scope::Global, Writer::Anyone, {}, {}, 0},
        {u"contact"_s,
         withTail({text(u"account_id"_s, true), text(u"name"_s, true), text(u"title"_s), text(u"phone"_s),
                   text(u"role"_s), integer(u"created_at"_s, true)}),
         Scope::Global, Writer::Anyone, {}, {}, 0},
        {u"lead"_s,
         withTail({text(u"account_id"_s, true), text(u"contact_id"_s), text(u"owner_id"_s, true),
                   text(u"team_id"_s), text(u"region_id"_s), text(u"title"_s, true), text(u"industry"_s),
                   text(u"source"_s), text(u"template_id"_s, true), text(u"stage_key"_s, true),
                   integer(u"stage_entered_at"_s, true), integer(u"amount_yuan"_s, true),
                   text(u"status"_s, true, {u"open"_s, u"won"_s, u"lost"_s}), integer(u"created_at"_s, true),
                   latest(u"last_activity_at"_s)}),
         Scope::Lead, Writer::Anyone, {}, {}, 0},
        {u"evidence_item"_s,
         withTail({text(u"lead_id"_s, true), text(u"stage_key"_s, true), text(u"requirement_key"_s, true),
                   text(u"kind"_s, true, {u"text"_s, u"file"_s, u"case"_s, u"role"_s}), text(u"text"_s),
                   text(u"case_id"_s), text(u"role"_s), integer(u"created_at"_s, true), text(u"blob_sha256"_s),
                   text(u"file_name"_s)}),
         Scope::LeadChild, Writer::Anyone, u"lead_id"_s, u"blob_sha256"_s, 0},
        {u"activity"_s,
         withTail({text(u"lead_id"_s, true), text(u"owner_id"_s),
                   text(u"kind"_s, true,
                        {u"call"_s, u"visit"_s, u"meeting"_s, u"message"_s, u"material"_s, u"demo"_s}),
                   integer(u"happened_at"_s, true), integer(u"entered_at"_s, true),
                   integer(u"entry_seconds"_s, true), text(u"text"_s), integer(u"progress"_s, true)}),
         Scope::LeadChild, Writer::Anyone, u"lead_id"_s, {}, 0},
        {u"activity_attachment"_s,
         withTail({text(u"activity_id"_s, true), text(u"blob_sha256"_s, true), text(u"file_name"_s, true)}),
         Scope::ActivityChild, Writer::Anyone, u"activity_id"_s, u"blob_sha256"_s, 0},
        {u"stage_change"_s,
         withTail({text(u"lead_id"_s, true), text(u"from_stage"_s), text(u"to_stage"_s, true),
                   integer(u"changed_at"_s, true), text(u"reason"_s), text(u"by_user_id"_s),
                   integer(u"backflow"_s, true)}),
         Scope::LeadChild, Writer::Anyone, u"lead_id"_s, {}, 0},
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
