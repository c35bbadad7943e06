// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QString>

#include <memory>
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

// Organisation and templates (replicated to every client). adminorg.cpp.
std::optional<QString> addRegion(const QString &dataDir, const QString &name, QString *error);
std::optional<QString> addTeam(const QString &dataDir, const QString &name, const QString &regionId,
                               const QString &supervisorUid, QString *error);
// A pipeline template JSON file (the shape of resources/pipeline/default.json).
std::optional<QString> importTemplate(const QString &dataDir, const QString &file, QString *error);
// (id, name, extra) rows of region / team / pipeline_template.
std::optional<QList<QStringList>> listRows(const QString &dataDir, const QString &entity, QString *error);
// Rows as JSON lines {"e","id","f"} (e.g. a demo workspace exported by
// sales-demo-export). app_user rows also become login users with `password`.
// Returns the number of rows loaded.
std::optional<qint64> importRows(const QString &dataDir, const QString &file, const QByteArray &password,
                                 QString *error);

std::unique_ptr<Store> openStore(const QString &dataDir, QString *error);
std::optional<qint64> addUserTo(Store &store, const UserRecord &user, const QByteArray &password,
                                QString *error);
// The user's team and region exist (when given).
bool checkOrg(Store &store, const UserRecord &user, QString *error);
// Used by init and users add: the replicated app_user row of a login user.
bool publishUser(Store &store, const UserRecord &user, QString *error);
bool seedDefaultTemplate(Store &store, QString *error);

} // namespace sales::server::admin
