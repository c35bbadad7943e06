// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcipherdriver.h"

#include "logging.h"
#include "sqlcipherresult.h"
#include "sqlcipherutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriverCreatorBase>

#include <algorithm>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sales {

using sqlcipher::ErrorContext;

namespace {

class SqlCipherDriverCreator final : public QSqlDriverCreatorBase
{
public:
    QSqlDriver *createObject() const override { return new SqlCipherDriver; }
};

bool isRawHexKey(const QString &password)
{
    if (password.size() != 64)
        return false;
    return std::all_of(password.cbegin(), password.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

void registerSqlCipherDriver()
{
    static const bool registered = [] {
        // No global allocation statistics: with them every malloc inside SQLite
        // takes a process-wide mutex (a tenth of a first sync's time). Only
        // possible before SQLite initialises; later it is refused and harmless.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        qRegisterMetaType<sqlite3 *>("sqlite3*");
        qRegisterMetaType<sqlite3_stmt *>("sqlite3_stmt*");
        QSqlDatabase::registerSqlDriver(QString(SqlCipherDriverName), new SqlCipherDriverCreator);
        return true;
    }();
    Q_UNUSED(registered);
}

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case PreparedQueries:
    case PositionalPlaceholders:
    case FinishQuery:
    case SimpleLocking:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::failOpen(const QSqlError &error)
{
    setLastError(error);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password,
                           const QString &host, int port, const QString &connectOptions)
{
    Q_UNUSED(user);
    Q_UNUSED(host);
    Q_UNUSED(port);
    if (isOpen())
        close();

    bool create = false;
    bool readOnly = false;
    int pageSize = 4096;
    int busyTimeout = 5000;
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        const qsizetype eq = option.indexOf(u'=');
        const QString key = (eq < 0 ? option : option.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : option.mid(eq + 1).trimmed();
        bool ok = true;
        if (key.isEmpty()) {
            continue;
        } else if (key == SqlCipherCreateOption) {
            create = true;
        } else if (key == SqlCipherReadOnlyOption) {
            readOnly = true;
        } else if (key == SqlCipherPageSizeOption) {
            pageSize = value.toInt(&ok);
            ok = ok && pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
        } else if (key == SqlCipherBusyTimeoutOption) {
            busyTimeout = value.toInt(&ok);
            ok = ok && busyTimeout >= 0;
        } else {
            qCWarning(lcStorage) << "QSQLCIPHER: ignoring unknown connect option" << key;
        }
        if (!ok) {
            return failOpen(sqlcipher::makeDriverError(
                    tr("数据库连接选项无效：%1").arg(key), QSqlError::ConnectionError, option));
        }
    }

    if (db.isEmpty())
        return failOpen(sqlcipher::makeDriverError(tr("未指定本地数据库文件"),
                                                   QSqlError::ConnectionError));
    if (password.isEmpty())
        return failOpen(sqlcipher::makeDriverError(
                tr("未提供数据库密钥：本地数据库必须加密，拒绝以未加密方式打开"),
                QSqlError::ConnectionError));

    const bool existed = QFileInfo::exists(db);
    // NOMUTEX: a connection is used from one thread only (as every Qt SQL
    // connection), so SQLite need not lock it around every call.
    const int flags = SQLITE_OPEN_NOMUTEX
        | (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)));
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(db.toUtf8().constData(), &handle, flags, nullptr);

    // From here on every failure closes the handle and, if this call created the
    // file, removes the empty file again.
    auto fail = [&](const QSqlError &error) {
        sqlite3_close_v2(handle);
        if (!existed && QFileInfo(db).size() == 0)
            QFile::remove(db);
        return failOpen(error);
    };
    if (rc != SQLITE_OK)
        return fail(sqlcipher::makeError(handle, rc, QSqlError::ConnectionError, ErrorContext::Open));

    QByteArray key;
    if (isRawHexKey(password)) {
        key.reserve(67);
        key.append("x'");
        for (QChar c : password)
            key.append(char(c.unicode()));
        key.append('\'');
    } else {
        key = password.toUtf8();
    }
    rc = sqlite3_key(handle, key.constData(), int(key.size()));
    sqlcipher::wipe(key);
    if (rc != SQLITE_OK)
        return fail(sqlcipher::makeError(handle, rc, QSqlError::ConnectionError, ErrorContext::Open));

    const QByteArray pageSql = "PRAGMA cipher_page_size = " + QByteArray::number(pageSize);
    rc = sqlite3_exec(handle, pageSql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqlcipher::makeError(handle, rc, QSqlError::ConnectionError, ErrorContext::Open));
    sqlite3_busy_timeout(handle, busyTimeout);

    // The first read decrypts page 1: a wrong key or a damaged file fails here,
    // before anything could be written.
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v2(handle, "SELECT count(*) FROM sqlite_master", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK) {
        const QSqlError error = sqlcipher::makeError(handle, rc, QSqlError::ConnectionError,
                                                     ErrorContext::Open);
        sqlite3_finalize(stmt);
        return fail(error);
    }
    sqlite3_finalize(stmt);
    stmt = nullptr;

    QString cipherVersion;
    rc = sqlite3_prepare_v2(handle, "PRAGMA cipher_version", -1, &stmt, nullptr);
    if (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        cipherVersion = sqlcipher::columnText(stmt, 0);
    sqlite3_finalize(stmt);
    if (cipherVersion.isEmpty()) {
        return fail(sqlcipher::makeDriverError(
                tr("数据库库不支持加密（PRAGMA cipher_version 为空），拒绝打开"),
                QSqlError::ConnectionError, u"cipher_version is empty"_s));
    }

    m_db = handle;
    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        const QList<SqlCipherResult *> results = m_results;
        for (SqlCipherResult *result : results)
            result->finalizeStatement();
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK) {
            setLastError(sqlcipher::makeError(m_db, rc, QSqlError::ConnectionError,
                                              ErrorContext::Open));
        }
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::runTransactionStatement(const char *sql)
{
    if (!m_db || !isOpen())
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqlcipher::makeError(m_db, rc, QSqlError::TransactionError,
                                          ErrorContext::Transaction));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return runTransactionStatement("BEGIN");
}

bool SqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT");
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK");
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace sales
