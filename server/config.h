// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace sales::server {

struct StorageConfig {
    QString driver = QStringLiteral("sqlite"); // "sqlite" or "postgres"
    QString path;                              // sqlite: the database file
    // postgres: host (or a socket directory), port, database, user, password
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;

    QJsonObject toJson() const;
    static StorageConfig fromJson(const QJsonObject &o, const QString &dataDir);
};

// DIR/server.json. Relative paths are resolved against the data folder.
struct ServerConfig {
    QString dataDir;
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8443;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxBlobBytes = 20 * 1024 * 1024; // PUT /api/v1/blobs/{sha256}
    int maxConnections = 256;
    int threads = 4;
    int readTimeoutMs = 15000;
    int idleTimeoutMs = 60000;
    qint64 maxBodiesInFlightBytes = 160 * 1024 * 1024; // all request bodies held in memory at once
    int loginDelayBaseMs = 250;
    int loginDelayCapMs = 8000;
    QString certFile = QStringLiteral("cert.pem");
    QString keyFile = QStringLiteral("key.pem");
    StorageConfig storage;

    QString certPath() const;
    QString keyPath() const;

    QJsonObject toJson() const;
    static ServerConfig fromJson(const QJsonObject &o, const QString &dataDir);

    static QString fileIn(const QString &dataDir);
    bool save(QString *error) const;
    static bool load(const QString &dataDir, ServerConfig *out, QString *error);
};

} // namespace sales::server
