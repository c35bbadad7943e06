// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "certificate.h"
#include "config.h"
#include "crypto.h"
#include "domain/ids.h"
#include "log.h"

#include <QDir>
#include <QFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace sales::server::admin {

std::unique_ptr<Store> openStore(const QString &dataDir, QString *error)
{
    ServerConfig config;
    if (!ServerConfig::load(dataDir, &config, error))
        return nullptr;
    auto store = std::make_unique<Store>(config.storage);
    if (!store->open(error))
        return nullptr;
    return store;
}

namespace {
constexpr qsizetype kMinPassword = 8;
} // namespace

std::optional<qint64> addUserTo(Store &store, const UserRecord &user, const QByteArray &password,
                                QString *error)
{
    if (user.name.trimmed().isEmpty() || user.name != user.name.trimmed()) {
        *error = u"user name must be non-empty without surrounding spaces"_s;
        return std::nullopt;
    }
    if (!Store::roles().contains(user.role)) {
        *error = u"role must be one of %1"_s.arg(Store::roles().join(u", "_s));
        return std::nullopt;
    }
    if (password.size() < kMinPassword) {
        *error = u"password must have at least %1 characters"_s.arg(kMinPassword);
        return std::nullopt;
    }
    UserRecord u = user;
    u.passwordHash = crypto::hashPassword(password);
    if (u.passwordHash.isEmpty()) {
        *error = u"password hashing failed (out of memory?)"_s;
        return std::nullopt;
    }
    if (!checkOrg(store, u, error))
        return std::nullopt;
    if (store.userByName(u.name)) {
        *error = u"user %1 exists already"_s.arg(u.name);
        return std::nullopt;
    }
    if (u.uid.isEmpty())
        u.uid = newId();
    const auto id = store.addUser(u, error);
    if (id && !publishUser(store, u, error))
        return std::nullopt;
    if (id)
        log::info(u"user added"_s, {{u"user"_s, u.name}, {u"role"_s, u.role}, {u"id"_s, *id}});
    return id;
}

std::optional<QString> init(const InitOptions &options, QString *error)
{
    const QString dir = QDir(options.dataDir).absolutePath();
    if (QFile::exists(ServerConfig::fileIn(dir))) {
        *error = u"%1 exists already; refusing to overwrite"_s.arg(ServerConfig::fileIn(dir));
        return std::nullopt;
    }
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = u"cannot create %1"_s.arg(dir);
        return std::nullopt;
    }
    ServerConfig config;
    config.dataDir = dir;
    config.address = options.address;
    config.port = options.port;
    config.storage.path = QDir(dir).filePath(u"server.db"_s);
    if (options.storage)
        config.storage = *options.storage;
    if (!config.save(error))
        return std::nullopt;
    if (!certificate::generate(config.certPath(), config.keyPath(), error))
        return std::nullopt;
    Store store(config.storage);
    if (!store.open(error) || !seedDefaultTemplate(store, error))
        return std::nullopt;
    if (!options.adminName.isEmpty()) {
        UserRecord admin;
        admin.name = options.adminName;
        admin.role = u"admin"_s;
        if (!addUserTo(store, admin, options.adminPassword, error))
            return std::nullopt;
    }
    const QString fp = certificate::fingerprintOfFile(config.certPath());
    if (fp.isEmpty()) {
        *error = u"cannot read back the certificate"_s;
        return std::nullopt;
    }
    return fp;
}

std::optional<qint64> addUser(const QString &dataDir, const UserRecord &user,
                              const QByteArray &password, QString *error)
{
    auto store = openStore(dataDir, error);
    return store ? addUserTo(*store, user, password, error) : std::nullopt;
}

std::optional<QList<UserRecord>> listUsers(const QString &dataDir, QString *error)
{
    auto store = openStore(dataDir, error);
    return store ? std::optional(store->users()) : std::nullopt;
}

std::optional<QList<DeviceRecord>> listDevices(const QString &dataDir, QString *error)
{
    auto store = openStore(dataDir, error);
    return store ? std::optional(store->devices()) : std::nullopt;
}

bool revokeDevice(const QString &dataDir, qint64 deviceId, QString *error)
{
    auto store = openStore(dataDir, error);
    if (!store)
        return false;
    if (!store->revokeDevice(deviceId)) {
        *error = u"no active device with id %1"_s.arg(deviceId);
        return false;
    }
    log::info(u"device revoked"_s, {{u"device_id"_s, deviceId}});
    return true;
}

} // namespace sales::server::admin
