// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationrepository.h"

#include "enumcodec.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const auto UserColumns = u"id, name, phone, role, team_id, region_id"_s;

User userFrom(const QSqlQuery &q)
{
    return User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                codec::userRole(q.value(3).toString()).value_or(UserRole::Rep), q.value(4).toString(),
                q.value(5).toString()};
}

} // namespace

bool OrganisationRepository::saveRegion(const Region &r)
{
    return save(u"region"_s, r.id, {{u"name"_s, r.name}});
}

bool OrganisationRepository::saveTeam(const Team &t)
{
    return save(u"team"_s, t.id,
                {{u"name"_s, t.name},
                 {u"region_id"_s, sql::fromText(t.regionId)},
                 {u"supervisor_id"_s, sql::fromText(t.supervisorId)}});
}

bool OrganisationRepository::saveUser(const User &u)
{
    return save(u"app_user"_s, u.id,
                {{u"name"_s, u.name},
                 {u"phone"_s, sql::fromText(u.phone)},
                 {u"role"_s, codec::toCode(u.role)},
                 {u"team_id"_s, sql::fromText(u.teamId)},
                 {u"region_id"_s, sql::fromText(u.regionId)}});
}

QList<Region> OrganisationRepository::regions() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name FROM region WHERE deleted = 0 ORDER BY name"_s);
    QList<Region> out;
    if (exec(q)) {
        while (q.next())
            out.append(Region{q.value(0).toString(), q.value(1).toString()});
        if (readFailed(q))
            return {};
    }
    return out;
}

QList<Team> OrganisationRepository::teams() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name, region_id, supervisor_id FROM team WHERE deleted = 0 ORDER BY name"_s);
    QList<Team> out;
    if (exec(q)) {
        while (q.next())
            out.append(Team{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        if (readFailed(q))
            return {};
    }
    return out;
}

QList<User> OrganisationRepository::users() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM app_user WHERE deleted = 0 ORDER BY name"_s.arg(UserColumns));
    QList<User> out;
    if (exec(q)) {
        while (q.next())
            out.append(userFrom(q));
        if (readFailed(q))
            return {};
    }
    return out;
}

std::optional<User> OrganisationRepository::findUser(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM app_user WHERE id = ? AND deleted = 0"_s.arg(UserColumns));
    q.addBindValue(id);
    if (!exec(q) || !q.next()) {
        readFailed(q); // an error, or no such row
        return std::nullopt;
    }
    return userFrom(q);
}

} // namespace sales
