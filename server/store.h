// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <memory>
#include <optional>

namespace sales::server {

struct UserRecord {
    qint64 id = 0;
    QString uid;      // the id replicated to clients (app_user.id, lead.owner_id)
    QString name;
    QString role; // admin, manager, supervisor, rep
    QByteArray passwordHash;
    QString teamId;   // empty: none
    QString regionId; // empty: none
    QJsonObject toJson() const; // never includes the hash
};

struct DeviceRecord {
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    QString name;
    QString createdAt;
    QString revokedAt; // empty while active
};

// The SQL that differs between backends. SQLite now; PostgreSQL (QPSQL) later.
struct Dialect {
    QString qtDriver;      // QSQLITE / QPSQL
    QString autoId;        // primary key column type with auto increment
    QString blobType;      // BLOB / BYTEA
    QStringList onConnect; // statements run on every new connection
    static std::optional<Dialect> forDriver(const QString &driver);
};

// A statement kept prepared for one connection (Store::prepared): bind, exec,
// read as with any QSqlQuery; when it goes out of scope it is reset (finish()),
// so it holds no read snapshot and no result, and the next holder binds afresh.
// One holder at a time per statement: not for SQL needed again while its rows
// are still being read.
class CachedQuery final
{
public:
    explicit CachedQuery(QSqlQuery *kept) : m_query(kept) {}
    explicit CachedQuery(std::unique_ptr<QSqlQuery> own) : m_own(std::move(own)), m_query(m_own.get()) {}
    ~CachedQuery() { m_query->finish(); }
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    QSqlQuery &operator*() const { return *m_query; }

private:
    std::unique_ptr<QSqlQuery> m_own; // a statement that is not kept (it did not prepare)
    QSqlQuery *m_query;
};

// Server storage through Qt Sql. Thread-safe: each thread gets its own
// connection (a QSqlDatabase may only be used by the thread that opened it).
class Store
{
public:
    explicit Store(StorageConfig config);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static QStringList roles();

    // Opens and migrates the schema to the latest version (or to schemaUpTo, for
    // tests that upgrade a data folder of an earlier version).
    bool open(QString *error, int schemaUpTo = -1);
    QString lastError() const;

    std::optional<qint64> addUser(const UserRecord &user, QString *error);
    std::optional<UserRecord> userByName(const QString &name);
    std::optional<UserRecord> userById(qint64 id);
    std::optional<UserRecord> userByUid(const QString &uid);
    QList<UserRecord> users();

    std::optional<qint64> addDevice(qint64 userId, const QString &name, const QString &tokenHash);
    // The active (not revoked) device with this token hash.
    std::optional<DeviceRecord> deviceByTokenHash(const QString &tokenHash);
    QList<DeviceRecord> devices();
    bool revokeDevice(qint64 id); // false if unknown or already revoked

    qint64 currentRev();

    // This thread's connection (opened on first use).
    QSqlDatabase db();
    // sql prepared once per connection and kept: the requests of a busy server
    // run the same few statements again and again (QPSQL would otherwise
    // PREPARE and DEALLOCATE each one per request; SQLite parse it). A statement
    // that fails to prepare is not kept: its exec() fails with the reason.
    static CachedQuery prepared(const QSqlDatabase &db, const QString &sql);
    const Dialect &dialect() const { return m_dialect; }

private:
    bool migrate(QString *error, int upTo);
    void setError(const QString &e);

    StorageConfig m_config;
    Dialect m_dialect;
    QString m_prefix;
    mutable QMutex m_mutex;
    QStringList m_connections;
    QString m_lastError;
};

} // namespace sales::server
