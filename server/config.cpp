// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales::server {

namespace {
QString resolve(const QString &dataDir, const QString &p)
{
    return QDir::isAbsolutePath(p) ? p : QDir(dataDir).filePath(p);
}
} // namespace

QString ServerConfig::certPath() const { return resolve(dataDir, certFile); }
QString ServerConfig::keyPath() const { return resolve(dataDir, keyFile); }

QJsonObject ServerConfig::toJson() const
{
    return QJsonObject{
        {u"listen"_s, QJsonObject{{u"address"_s, address}, {u"port"_s, int(port)}}},
        {u"limits"_s,
         QJsonObject{{u"max_body_bytes"_s, maxBodyBytes},
                     {u"max_blob_bytes"_s, maxBlobBytes},
                     {u"max_connections"_s, maxConnections},
                     {u"threads"_s, threads},
                     {u"read_timeout_ms"_s, readTimeoutMs},
                     {u"idle_timeout_ms"_s, idleTimeoutMs},
                     {u"max_bodies_in_flight_bytes"_s, maxBodiesInFlightBytes}}},
        {u"auth"_s,
         QJsonObject{{u"login_delay_base_ms"_s, loginDelayBaseMs},
                     {u"login_delay_cap_ms"_s, loginDelayCapMs}}},
        {u"tls"_s, QJsonObject{{u"cert"_s, certFile}, {u"key"_s, keyFile}}},
        {u"storage"_s, storage.toJson()},
    };
}

ServerConfig ServerConfig::fromJson(const QJsonObject &o, const QString &dataDir)
{
    ServerConfig c;
    c.dataDir = dataDir;
    const QJsonObject listen = o.value(u"listen"_s).toObject();
    c.address = listen.value(u"address"_s).toString(c.address);
    c.port = quint16(listen.value(u"port"_s).toInt(c.port));
    const QJsonObject limits = o.value(u"limits"_s).toObject();
    c.maxBodyBytes = limits.value(u"max_body_bytes"_s).toInteger(c.maxBodyBytes);
    c.maxBlobBytes = limits.value(u"max_blob_bytes"_s).toInteger(c.maxBlobBytes);
    c.maxConnections = limits.value(u"max_connections"_s).toInt(c.maxConnections);
    c.threads = limits.value(u"threads"_s).toInt(c.threads);
    c.readTimeoutMs = limits.value(u"read_timeout_ms"_s).toInt(c.readTimeoutMs);
    c.idleTimeoutMs = limits.value(u"idle_timeout_ms"_s).toInt(c.idleTimeoutMs);
    c.maxBodiesInFlightBytes = limits.value(u"max_bodies_in_flight_bytes"_s).toInteger(c.maxBodiesInFlightBytes);
    const QJsonObject auth = o.value(u"auth"_s).toObject();
    c.loginDelayBaseMs = auth.value(u"login_delay_base_ms"_s).toInt(c.loginDelayBaseMs);
    c.loginDelayCapMs = auth.value(u"login_delay_cap_ms"_s).toInt(c.loginDelayCapMs);
    const QJsonObject tls = o.value(u"tls"_s).toObject();
    c.certFile = tls.value(u"cert"_s).toString(c.certFile);
    c.keyFile = tls.value(u"key"_s).toString(c.keyFile);
    c.storage = StorageConfig::fromJson(o.value(u"storage"_s).toObject(), dataDir);
    return c;
}

QJsonObject StorageConfig::toJson() const
{
    if (driver != u"postgres"_s)
        return QJsonObject{{u"driver"_s, driver}, {u"path"_s, path}};
    return QJsonObject{{u"driver"_s, driver}, {u"host"_s, host},       {u"port"_s, port},
                       {u"database"_s, database}, {u"user"_s, user}, {u"password"_s, password}};
}

StorageConfig StorageConfig::fromJson(const QJsonObject &o, const QString &dataDir)
{
    StorageConfig s;
    s.driver = o.value(u"driver"_s).toString(s.driver);
    s.path = resolve(dataDir, o.value(u"path"_s).toString(u"server.db"_s));
    s.host = o.value(u"host"_s).toString();
    s.port = o.value(u"port"_s).toInt(s.port);
    s.database = o.value(u"database"_s).toString();
    s.user = o.value(u"user"_s).toString();
    s.password = o.value(u"password"_s).toString();
    return s;
}

QString ServerConfig::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"server.json"_s);
}

bool ServerConfig::save(QString *error) const
{
    QSaveFile f(fileIn(dataDir));
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool ServerConfig::load(const QString &dataDir, ServerConfig *out, QString *error)
{
    QFile f(fileIn(dataDir));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(f.fileName(), pe.errorString());
        return false;
    }
    *out = fromJson(doc.object(), QDir(dataDir).absolutePath());
    if (out->maxBodyBytes <= 0 || out->maxBlobBytes <= 0 || out->maxConnections <= 0 || out->threads <= 0
        || out->readTimeoutMs <= 0 || out->idleTimeoutMs <= 0) {
        *error = u"limits in %1 must be positive"_s.arg(f.fileName());
        return false;
    }
    if (out->maxBodiesInFlightBytes < std::max(out->maxBodyBytes, out->maxBlobBytes)) {
        *error = u"limits.max_bodies_in_flight_bytes in %1 must hold at least one largest body"_s.arg(f.fileName());
        return false;
    }
    return true;
}

} // namespace sales::server
