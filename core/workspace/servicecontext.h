// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sales {

class Clock;
class Session;

// What every service acts with: the replica, the clock and who acts. With a
// Session the actor is asked of it at each operation (never copied), so a later
// sign-in or a switch of user is followed; tools and tests may fix one user instead.
class ServiceContext final
{
public:
    explicit ServiceContext(const Session &session);
    ServiceContext(QSqlDatabase db, const Clock &clock, QString userId);

    const QSqlDatabase &db() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    QString actor() const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session *m_session = nullptr;
    QString m_userId; // when there is no session
};

} // namespace sales
