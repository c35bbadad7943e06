// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sales {

// Key/value state of this replica that is never synced (table local_state):
// the signed-in user, demo completion, later sync cursors.
class LocalState final
{
public:
    static constexpr auto SignedInUser = "session.user_id";
    static constexpr auto ServerUrl = "sync.server_url"; // empty: a local workspace (SyncProfile)

    explicit LocalState(QSqlDatabase db) : m_db(std::move(db)) {}

    // Empty when the key is not set; *ok (when given) is false when the read failed.
    QString value(const char *key, bool *ok = nullptr) const;
    bool setValue(const char *key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace sales
