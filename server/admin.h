// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QString>

#include <optional>

namespace sales::server::admin {

struct InitOptions {
    QString dataDir;
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8443;
    QString adminName; // empty: no first admin
    QByteArray adminPassword;
    std::optional<StorageConfig> storage; // default: sqlite DIR/server.db
};

// Creates the data folder (0700), server.json, the certificate and key, the
// database and the first admin. Returns the certificate's SHA-256 fingerprint.
std::optional<QString> init(const InitOptions &options, QString *error);

// The admin commands, working directly on a data folder's storage.
std::optional<qint64> addUser(const QString &dataDir, const UserRecord &user,
                              const QByteArray &password, QString *error);
std::optional<QList<UserRecord>> listUsers(const QString &dataDir, QString *error);
std::optional<QList<DeviceRecord>> listDevices(const QString &dataDir, QString *error);
bool revokeDevice(const QString &dataDir, qint64 deviceId, QString *error);

} // namespace sales::server::admin
