// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicecontext.h"

#include "session.h"

namespace sales {

ServiceContext::ServiceContext(const Session &session)
    : m_db(session.database()), m_clock(session.clock()), m_session(&session)
{
}

ServiceContext::ServiceContext(QSqlDatabase db, const Clock &clock, QString userId)
    : m_db(std::move(db)), m_clock(clock), m_userId(std::move(userId))
{
}

QString ServiceContext::actor() const
{
    return m_session ? m_session->userId() : m_userId;
}

} // namespace sales
