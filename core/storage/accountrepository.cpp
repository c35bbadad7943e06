// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountrepository.h"

#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const auto ContactColumns = u"id, account_id, name, title, phone, role, created_at"_s;

Contact contactFrom(const QSqlQuery &q)
{
    return Contact{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), sql::toTime(q.value(6))};
}

} // namespace

bool AccountRepository::save(const Account &a)
{
    return Repository::save(u"account"_s, a.id,
                            {{u"name"_s, a.name},
                             {u"industry"_s, sql::fromText(a.industry)},
                             {u"region_id"_s, sql::fromText(a.regionId)},
                             {u"city"_s, sql::fromText(a.city)},
                             {u"website"_s, sql::fromText(a.website)},
                             {u"created_at"_s, sql::fromTime(a.createdAt)}});
}

std::optional<Account> AccountRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name, industry, region_id, city, website, created_at FROM account "
              u"WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next()) {
        readFailed(q); // an error, or no such row
        return std::nullopt;
    }
    return Account{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), sql::toTime(q.value(6))};
}

bool AccountRepository::saveContact(const Contact &c)
{
    return Repository::save(u"contact"_s, c.id,
                            {{u"account_id"_s, c.accountId},
                             {u"name"_s, c.name},
                             {u"title"_s, sql::fromText(c.title)},
                             {u"phone"_s, sql::fromText(c.phone)},
                             {u"role"_s, sql::fromText(c.role)},
                             {u"created_at"_s, sql::fromTime(c.createdAt)}});
}

std::optional<Contact> AccountRepository::findContact(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM contact WHERE id = ? AND deleted = 0"_s.arg(ContactColumns));
    q.addBindValue(id);
    if (!exec(q) || !q.next()) {
        readFailed(q); // an error, or no such row
        return std::nullopt;
    }
    return contactFrom(q);
}

QList<Contact> AccountRepository::contactsOf(const QString &accountId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM contact WHERE account_id = ? AND deleted = 0 ORDER BY created_at"_s.arg(ContactColumns));
    q.addBindValue(accountId);
    QList<Contact> contacts;
    if (!exec(q))
        return contacts;
    while (q.next())
        contacts.append(contactFrom(q));
    return contacts;
}

} // namespace sales
