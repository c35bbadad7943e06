// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/keymaterial.h"
#include "storage/replicaconnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace sales::test {

// A fresh, migrated replica in a temp dir with a random raw key, for tests.
struct TestReplica
{
    QTemporaryDir dir;
    QByteArray key = generateDatabaseKey();
    ReplicaConfig config;
    std::unique_ptr<ReplicaConnection> connection;

    TestReplica()
    {
        config.path = dir.filePath(QStringLiteral("replica.db"));
        config.keyHex = rawKeyToSqlCipherPassword(key);
        config.create = true;
        connection = std::make_unique<ReplicaConnection>(config);
        config.create = false;
    }
    QSqlDatabase db() const { return connection->database(); }
};

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace sales::test
