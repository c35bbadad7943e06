// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicaconnection.h"

#include "diskspace.h"
#include "logging.h"
#include "migrator.h"
#include "storage/sqlcipher/sqlcipherdriver.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

// SQLCipher pages are 4096 bytes (set before the first write, see the driver);
// a replica file that is not a whole number of pages has been cut short.
constexpr qint64 PageSize = 4096;

} // namespace

ReplicaConnection::ReplicaConnection(const ReplicaConfig &config)
    : m_name(u"replica-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    open(config);
}

ReplicaConnection::~ReplicaConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReplicaConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool ReplicaConnection::fail(ReplicaError error, const QString &text)
{
    m_error = error;
    m_errorText = text;
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
    qCWarning(lcStorage) << "replica open failed:" << text;
    return false;
}

bool ReplicaConnection::failWriting(const ReplicaConfig &config, const QString &text)
{
    const qint64 free = config.bytesAvailable ? config.bytesAvailable(config.path) : DiskSpace::available(config.path);
    if (const QString full = DiskSpace::fullMessage(config.path, free); !full.isEmpty()) {
        qCWarning(lcStorage) << "replica open failed with the disk nearly full:" << text;
        return fail(ReplicaError::DiskFull, full);
    }
    return fail(ReplicaError::Failed, text);
}

bool ReplicaConnection::open(const ReplicaConfig &config)
{
    const QFileInfo info(config.path);
    const bool existed = info.exists(); // QFileInfo looks again once the file is there
    if (!existed && !config.create)
        return fail(ReplicaError::Missing, tr("找不到本地数据库文件：%1").arg(config.path));
    if (existed && (info.size() < PageSize || info.size() % PageSize != 0))
        return fail(ReplicaError::Damaged,
                    tr("本地数据库文件已损坏（文件被截断，%1 字节）。文件保持原样，未做任何改动。").arg(
                        info.size()));

    registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriverName, m_name);
    db.setDatabaseName(config.path);
    db.setPassword(config.keyHex);
    db.setConnectOptions(config.create && !existed ? u"QSQLCIPHER_CREATE"_s : QString());
    if (!db.open()) {
        const QSqlError e = db.lastError();
        if (e.nativeErrorCode() == u"26"_s)
            return fail(ReplicaError::WrongKeyOrDamaged, tr("无法解密本地数据库：密钥不正确或文件已损坏。"));
        if (e.nativeErrorCode() == u"11"_s)
            return fail(ReplicaError::Damaged, tr("本地数据库文件已损坏。文件保持原样，未做任何改动。"));
        return failWriting(config, tr("无法打开本地数据库：%1").arg(e.text()));
    }

    // Only the user may read the file (SQLite gives -wal and -shm the same mode).
    if (!existed)
        QFile::setPermissions(config.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlQuery q(db);
    const QString pragmas[] = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA temp_store = MEMORY"_s,
        u"PRAGMA cache_size = -%1"_s.arg(config.cacheKiB),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            const bool damaged = q.lastError().nativeErrorCode() == u"11"_s || q.lastError().nativeErrorCode() == u"26"_s;
            const QString text = tr("无法配置本地数据库：%1").arg(q.lastError().text());
            return damaged ? fail(ReplicaError::Damaged, text) : failWriting(config, text);
        }
        q.finish();
    }

    Migrator migrator(db);
    const int version = migrator.currentVersion();
    if (!migrator.migrate()) {
        if (version > Migrator::latestVersion())
            return fail(ReplicaError::NewerSchema, migrator.errorText());
        return failWriting(config, migrator.errorText());
    }
    return true;
}

} // namespace sales
