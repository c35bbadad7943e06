// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "storage/localstate.h"
#include "storage/organisationrepository.h"
#include "storage/replicareader.h"

namespace sales {
namespace {

bool sameUser(const std::optional<User> &a, const std::optional<User> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return a->id == b->id && a->role == b->role && a->teamId == b->teamId && a->regionId == b->regionId
        && a->name == b->name;
}

} // namespace

Session::Session(QSqlDatabase db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock)
{
    read();
}

bool Session::read()
{
    const QString id = LocalState(m_db).value(LocalState::SignedInUser);
    std::optional<User> user = id.isEmpty() ? std::nullopt : OrganisationRepository(m_db).findUser(id);
    if (id == m_userId && sameUser(user, m_user))
        return false;
    m_userId = id;
    m_user = std::move(user);
    return true;
}

void Session::reload()
{
    if (read())
        Q_EMIT userChanged();
}

ReplicaConfig Session::replicaConfig() const
{
    // The key stays in memory, as it already is in m_db.
    ReplicaConfig config = m_replicaConfig.value_or(ReplicaConfig{m_db.databaseName(), m_db.password()});
    config.create = false;
    return config;
}

bool Session::setReplicaConfig(const ReplicaConfig &config)
{
    if (m_reader)
        return false;
    m_replicaConfig = config;
    return true;
}

ReplicaReader &Session::reader()
{
    if (!m_reader)
        m_reader = new ReplicaReader(replicaConfig(), this);
    return *m_reader;
}

} // namespace sales
