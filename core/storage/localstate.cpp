// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localstate.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {

QString LocalState::value(const char *key, bool *ok) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM local_state WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(key));
    const bool found = q.exec() && q.next();
    if (ok)
        *ok = found || !q.lastError().isValid();
    return found ? q.value(0).toString() : QString();
}

bool LocalState::setValue(const char *key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)"_s);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(value);
    return q.exec();
}

} // namespace sales
