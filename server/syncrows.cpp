// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales::server::rows {
namespace {
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Stored> load(QSqlDatabase &db, const QString &entity, const QString &id, bool *ok)
{
    const CachedQuery qKept = Store::prepared(db, u"SELECT rev, data, scope, owner_id, team_id, region_id, lead_id "
                                        "FROM sync_row WHERE entity = ? AND id = ?"_s);
    QSqlQuery &q = *qKept;
    q.addBindValue(entity);
    q.addBindValue(id);
    *ok = q.exec();
    if (!*ok || !q.next())
        return std::nullopt;
    Stored s;
    s.rev = q.value(0).toLongLong();
    s.fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    s.leadScoped = q.value(2).toString() == u"lead"_s;
    s.lead = {q.value(6).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return s;
}

bool exists(QSqlDatabase &db, const QString &entity, const QString &id, bool *ok)
{
    const CachedQuery qKept = Store::prepared(db, u"SELECT 1 FROM sync_row WHERE entity = ? AND id = ?"_s);
    QSqlQuery &q = *qKept;
    q.addBindValue(entity);
    q.addBindValue(id);
    *ok = q.exec();
    return *ok && q.next();
}

bool write(QSqlDatabase &db, const QString &entity, const QString &id, qint64 rev, const Stored &row,
           bool exists, QString *error)
{
    const CachedQuery qKept = Store::prepared(
        db, exists ? u"UPDATE sync_row SET rev = ?, scope = ?, owner_id = ?, team_id = ?, region_id = ?, "
                     "lead_id = ?, blob = ?, data = ? WHERE entity = ? AND id = ?"_s
                   : u"INSERT INTO sync_row (rev, scope, owner_id, team_id, region_id, lead_id, blob, data, entity, id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery &q = *qKept;
    q.addBindValue(rev);
    q.addBindValue(row.leadScoped ? u"lead"_s : u"global"_s);
    q.addBindValue(textOrNull(row.leadScoped ? row.lead.ownerId : QString()));
    q.addBindValue(textOrNull(row.leadScoped ? row.lead.teamId : QString()));
    q.addBindValue(textOrNull(row.leadScoped ? row.lead.regionId : QString()));
    q.addBindValue(textOrNull(row.leadScoped ? row.lead.leadId : QString()));
    const protocol::EntitySpec *spec = protocol::entity(entity);
    q.addBindValue(textOrNull(spec && !spec->blobField.isEmpty() ? row.fields.value(spec->blobField).toString()
                                                                 : QString()));
    q.addBindValue(compactJson(row.fields));
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<qint64> reserveRevs(QSqlDatabase &db, int n, QString *error)
{
    const CachedQuery takeKept = Store::prepared(db, u"UPDATE rev SET value = value + ? WHERE id = 1"_s);
    QSqlQuery &take = *takeKept;
    take.addBindValue(n);
    if (!take.exec()) {
        *error = take.lastError().text();
        return std::nullopt;
    }
    const CachedQuery qKept = Store::prepared(db, u"SELECT value FROM rev WHERE id = 1"_s);
    QSqlQuery &q = *qKept;
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong() - n + 1;
}

} // namespace sales::server::rows

namespace sales::server::rows {

QString resolveScope(Store &store, QSqlDatabase &db, const protocol::EntitySpec &spec, const QString &id,
                     Stored &row, bool trustFields)
{
    using protocol::Scope;
    row.leadScoped = spec.scope != Scope::Global;
    row.lead = {};
    switch (spec.scope) {
    case Scope::Global:
        return {};
    case Scope::Lead: {
        const QString owner = row.fields.value(u"owner_id"_s).toString();
        row.lead.leadId = id;
        row.lead.ownerId = owner;
        if (trustFields) {
            row.lead.teamId = row.fields.value(u"team_id"_s).toString();
            row.lead.regionId = row.fields.value(u"region_id"_s).toString();
            return {};
        }
        const auto user = store.userByUid(owner);
        if (!user)
            return u"unknown_owner"_s;
        row.lead.teamId = user->teamId;
        row.lead.regionId = user->regionId;
        row.fields.insert(u"team_id"_s, user->teamId.isEmpty() ? QJsonValue() : QJsonValue(user->teamId));
        row.fields.insert(u"region_id"_s, user->regionId.isEmpty() ? QJsonValue() : QJsonValue(user->regionId));
        return {};
    }
    case Scope::LeadChild:
    case Scope::ActivityChild: {
        const QString parentEntity = spec.scope == Scope::LeadChild ? u"lead"_s : u"activity"_s;
        bool ok = true;
        const auto parent = load(db, parentEntity, row.fields.value(spec.parentField).toString(), &ok);
        if (!parent)
            return u"missing_parent"_s;
        row.lead = parent->lead;
        return {};
    }
    }
    return {};
}

} // namespace sales::server::rows
