// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/contact.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace sales {

// Accounts and the contacts that belong to them.
class AccountRepository final : public Repository
{
public:
    explicit AccountRepository(QSqlDatabase db, const Clock &clock = systemClock())
        : Repository(std::move(db), clock)
    {
    }

    bool save(const Account &account);
    std::optional<Account> find(const QString &id) const;
    bool saveContact(const Contact &contact);
    std::optional<Contact> findContact(const QString &id) const;
    QList<Contact> contactsOf(const QString &accountId) const;
};

} // namespace sales
