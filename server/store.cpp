// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "schema.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace sales::server {

namespace {
std::atomic<int> g_storeSerial{0};
std::atomic<quint64> g_threadSerial{0};

// A number per thread that is never reused (thread ids are, after a thread ends).
quint64 threadSerial()
{
    thread_local const quint64 serial = g_threadSerial.fetch_add(1);
    return serial;
}

QVariant nullable(const QString &v)
{
    return v.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v);
}

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = q.value(2).toString();
    u.passwordHash = q.value(3).toString().toLatin1();
    u.teamId = q.value(4).toString();
    u.regionId = q.value(5).toString();
    u.uid = q.value(6).toString();
    return u;
}

const QString kUserColumns = u"id, name, role, password_hash, team_id, region_id, uid"_s;
} // namespace

QJsonObject UserRecord::toJson() const
{
    return QJsonObject{
        {u"id"_s, uid},
        {u"name"_s, name},
        {u"role"_s, role},
        {u"team_id"_s, teamId.isEmpty() ? QJsonValue() : QJsonValue(teamId)},
        {u"region_id"_s, regionId.isEmpty() ? QJsonValue() : QJsonValue(regionId)},
    };
}

std::optional<Dialect> Dialect::forDriver(const QString &driver)
{
    if (driver == u"sqlite"_s) {
        return Dialect{u"QSQLITE"_s, u"INTEGER PRIMARY KEY AUTOINCREMENT"_s, u"BLOB"_s,
                       {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                        u"PRAGMA synchronous = NORMAL"_s}};
    }
    if (driver == u"postgres"_s)
        return Dialect{u"QPSQL"_s, u"BIGSERIAL PRIMARY KEY"_s, u"BYTEA"_s, {u"SET client_min_messages = WARNING"_s}};
    return std::nullopt;
}

Store::Store(StorageConfig config)
    : m_config(std::move(config))
    , m_prefix(u"salesserver-%1-"_s.arg(g_storeSerial.fetch_add(1)))
{
}

namespace {
// Prepared statements per connection name. Each connection is used by one
// thread, so a statement is only ever handed to that thread.
QMutex g_preparedMutex;
QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> g_prepared;
} // namespace

CachedQuery Store::prepared(const QSqlDatabase &db, const QString &sql)
{
    const QString connection = db.connectionName();
    {
        QMutexLocker lock(&g_preparedMutex);
        const auto it = g_prepared.constFind(connection);
        if (it != g_prepared.constEnd()) {
            const auto q = it->constFind(sql);
            if (q != it->constEnd())
                return CachedQuery(q->get());
        }
    }
    auto q = std::make_unique<QSqlQuery>(db);
    q->setForwardOnly(true); // every holder reads with next(); no result set is kept whole
    if (!q->prepare(sql))
        return CachedQuery(std::move(q));
    std::shared_ptr<QSqlQuery> kept(std::move(q));
    QMutexLocker lock(&g_preparedMutex);
    g_prepared[connection].insert(sql, kept);
    return CachedQuery(kept.get());
}

Store::~Store()
{
    QMutexLocker lock(&m_mutex);
    {
        QMutexLocker prepared(&g_preparedMutex);
        for (const QString &name : std::as_const(m_connections))
            g_prepared.remove(name); // before their connections go
    }
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QStringList Store::roles() { return {u"admin"_s, u"manager"_s, u"supervisor"_s, u"rep"_s}; }

QString Store::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void Store::setError(const QString &e)
{
    QMutexLocker lock(&m_mutex);
    m_lastError = e;
}

QSqlDatabase Store::db()
{
    const QString name = m_prefix + QString::number(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.qtDriver, name);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.append(name);
    }
    if (m_dialect.qtDriver == u"QSQLITE"_s) {
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
    }
    if (!db.open()) {
        setError(db.lastError().text());
        return db;
    }
    for (const QString &stmt : std::as_const(m_dialect.onConnect))
        QSqlQuery(db).exec(stmt);
    return db;
}

bool Store::open(QString *error)
{
    const auto dialect = Dialect::forDriver(m_config.driver);
    if (!dialect) {
        *error = u"unsupported storage driver: %1"_s.arg(m_config.driver);
        return false;
    }
    m_dialect = *dialect;
    QSqlDatabase d = db();
    if (!d.isOpen()) {
        *error = u"cannot open the %1 database: %2"_s.arg(m_config.driver, d.lastError().text());
        return false;
    }
    return migrate(error);
}

bool Store::migrate(QString *error)
{
    QSqlDatabase d = db();
    return schema::migrate(d, m_dialect, error);
}

std::optional<qint64> Store::addUser(const UserRecord &user, QString *error)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO users (uid, name, role, password_hash, team_id, region_id) "
              "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(user.uid);
    q.addBindValue(user.name);
    q.addBindValue(user.role);
    q.addBindValue(QString::fromLatin1(user.passwordHash));
    q.addBindValue(nullable(user.teamId));
    q.addBindValue(nullable(user.regionId));
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<UserRecord> Store::userByName(const QString &name)
{
    const CachedQuery qKept = prepared(db(), u"SELECT %1 FROM users WHERE name = ?"_s.arg(kUserColumns));
    QSqlQuery &q = *qKept;
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> Store::userById(qint64 id)
{
    const CachedQuery qKept = prepared(db(), u"SELECT %1 FROM users WHERE id = ?"_s.arg(kUserColumns));
    QSqlQuery &q = *qKept;
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> Store::userByUid(const QString &uid)
{
    const CachedQuery qKept = prepared(db(), u"SELECT %1 FROM users WHERE uid = ?"_s.arg(kUserColumns));
    QSqlQuery &q = *qKept;
    q.addBindValue(uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readUser(q);
}

QList<UserRecord> Store::users()
{
    QList<UserRecord> out;
    QSqlQuery q(db());
    if (q.exec(u"SELECT %1 FROM users ORDER BY id"_s.arg(kUserColumns)))
        while (q.next())
            out.append(readUser(q));
    return out;
}

std::optional<qint64> Store::addDevice(qint64 userId, const QString &name, const QString &tokenHash)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO devices (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(userId);
    q.addBindValue(name);
    q.addBindValue(tokenHash);
    q.addBindValue(nowUtc());
    if (!q.exec() || !q.next()) {
        setError(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<DeviceRecord> Store::deviceByTokenHash(const QString &tokenHash)
{
    const CachedQuery qKept = prepared(db(), u"SELECT d.id, d.user_id, u.name, d.name, d.created_at FROM devices d "
                                   "JOIN users u ON u.id = d.user_id WHERE d.token_hash = ? AND d.revoked_at IS NULL"_s);
    QSqlQuery &q = *qKept;
    q.addBindValue(tokenHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return DeviceRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toString(),   {}};
}

QList<DeviceRecord> Store::devices()
{
    QList<DeviceRecord> out;
    QSqlQuery q(db());
    if (q.exec(u"SELECT d.id, d.user_id, u.name, d.name, d.created_at, d.revoked_at FROM devices d "
               "JOIN users u ON u.id = d.user_id ORDER BY d.id"_s))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

bool Store::revokeDevice(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s);
    q.addBindValue(nowUtc());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

qint64 Store::currentRev()
{
    QSqlQuery q(db());
    return q.exec(u"SELECT value FROM rev WHERE id = 1"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace sales::server
