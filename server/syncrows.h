// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncstore.h"

#include <QSqlDatabase>

namespace sales::server::rows {

// A replicated row as stored: its rev, fields and, for rows of a lead, the lead's scope.
struct Stored {
    qint64 rev = 0;
    QJsonObject fields;
    bool leadScoped = false;
    LeadScope lead;
};

// nullopt when absent; *ok false on a database error.
std::optional<Stored> load(QSqlDatabase &db, const QString &entity, const QString &id, bool *ok);
// Whether a row of entity is stored (a tombstone too); *ok false on a database error.
bool exists(QSqlDatabase &db, const QString &entity, const QString &id, bool *ok);
bool write(QSqlDatabase &db, const QString &entity, const QString &id, qint64 rev, const Stored &row,
           bool exists, QString *error);
// Reserves n consecutive revs and returns the first. Taking the counter row
// first serialises writers, so revs are committed in order.
std::optional<qint64> reserveRevs(QSqlDatabase &db, int n, QString *error);
QString compactJson(const QJsonObject &o);

} // namespace sales::server::rows

namespace sales::server::rows {

// Fills row.leadScoped/row.lead from the entity's scope rule: a lead from its
// owner (the owner's team and region, or the row's own with trustFields), a
// child from its stored parent. Returns a reason code on failure
// (missing_parent, unknown_owner), empty when fine.
QString resolveScope(Store &store, QSqlDatabase &db, const protocol::EntitySpec &spec, const QString &id,
                     Stored &row, bool trustFields);

} // namespace sales::server::rows
