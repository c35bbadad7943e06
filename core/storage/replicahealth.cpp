// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicahealth.h"

#include "logging.h"
#include "sqlstatement.h"

#include <sqlite3.h>

namespace sales {

ReplicaHealth ReplicaHealth::check(const QSqlDatabase &db)
{
    ReplicaHealth health;
    SqlStatement quickCheck(db, QStringLiteral("PRAGMA quick_check(1)"));
    const bool ran = quickCheck.isValid() && quickCheck.exec() && quickCheck.hasRow();
    if (ran && quickCheck.columnText(0) == QLatin1String("ok")) {
        health.state = State::Healthy;
        return health;
    }
    if (ran) {
        health.state = State::Damaged; // a malformed b-tree or index, named by quick_check
        health.detail = quickCheck.columnText(0);
    } else {
        const int primary = quickCheck.extendedErrorCode() & 0xff;
        health.state = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? State::Damaged : State::Failed;
        health.detail = quickCheck.errorText();
    }
    qCWarning(lcStorage) << "replica quick_check:" << (health.state == State::Damaged ? "damaged" : "failed")
                         << health.detail;
    return health;
}

} // namespace sales
