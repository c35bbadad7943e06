// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace sales {

// A replica file that fails its checks on read (a page fails its HMAC, a b-tree is
// malformed): what a rep is told about it, in one place for every reader.
class ReplicaDamage final
{
    Q_DECLARE_TR_FUNCTIONS(sales::ReplicaDamage)

public:
    // SQLITE_CORRUPT or SQLITE_NOTADB: the file itself, not the statement.
    static bool isDamage(const QSqlError &error);
    // Whether the workspace syncs with a server, as far as the replica can tell.
    enum class Server { Known, None, Unreadable };
    // What happened, that nothing was changed and what to do: resync when the
    // workspace has a server, otherwise keep the file (at path) for recovery;
    // both, each with its condition, when the setting cannot be read.
    static QString message(Server server, const QString &path);
    // The same for the replica behind db: its file, and whether it syncs with a server.
    static QString messageFor(const QSqlDatabase &db);
};

} // namespace sales
