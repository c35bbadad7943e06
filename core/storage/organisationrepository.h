// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/organisation.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace sales {

// Regions, teams and users as replicated from the server.
class OrganisationRepository final : public Repository
{
public:
    explicit OrganisationRepository(QSqlDatabase db, const Clock &clock = systemClock())
        : Repository(std::move(db), clock)
    {
    }

    bool saveRegion(const Region &region);
    bool saveTeam(const Team &team);
    bool saveUser(const User &user);
    QList<Region> regions() const;
    QList<Team> teams() const;
    QList<User> users() const;
    std::optional<User> findUser(const QString &id) const;
};

} // namespace sales
