// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "storage/localstate.h"
#include "storage/organisationrepository.h"

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

} // namespace sales
