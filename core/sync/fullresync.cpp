// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fullresync.h"

#include "protocol/entitycatalog.h"
#include "rowapplier.h"
#include "storage/localstate.h"
#include "syncengine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales {

bool FullResync::isPending(QSqlDatabase db)
{
    return !LocalState(std::move(db)).value(kKey).isEmpty();
}

bool FullResync::begin(QSqlDatabase db, qint64 nowMs, QString *error)
{
    // One statement per table; rev has no index and no trigger reads it.
    for (const protocol::EntitySpec &e : protocol::entities()) {
        QSqlQuery q(db);
        if (!q.exec(u"UPDATE %1 SET rev = %2"_s.arg(e.name).arg(kUnseenRev))) {
            *error = q.lastError().text();
            return false;
        }
    }
    LocalState state(db);
    if (!state.setValue(SyncEngine::kCursorKey, u"0"_s) || !state.setValue(kKey, QString::number(nowMs))) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool FullResync::finish(QSqlDatabase db, RowApplier &rows, qint64 nowMs, QString *error)
{
    for (const protocol::EntitySpec &e : protocol::entities()) {
        QStringList unseen;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(u"SELECT id FROM %1 WHERE rev = %2"_s.arg(e.name).arg(kUnseenRev))) {
                *error = q.lastError().text();
                return false;
            }
            while (q.next())
                unseen << q.value(0).toString();
        }
        for (const QString &id : std::as_const(unseen)) {
            if (rows.hasPending(e.name, id))
                continue; // its edits go to the server, which answers for the row
            if (!rows.remove(e.name, id, nowMs)) {
                *error = rows.errorText();
                return false;
            }
        }
    }
    if (!LocalState(db).setValue(kKey, QString())) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace sales
