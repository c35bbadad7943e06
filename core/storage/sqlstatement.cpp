// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstatement.h"

#include "sqlcipher/sqlcipherdriver.h"
#include "sqlcipher/sqlcipherutil.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace sales {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
{
    const QSqlDriver *driver = db.driver();
    // By name: Qt's QSQLITE plugin hands out a sqlite3 * too, of another library.
    if (!driver || !db.isOpen() || db.driverName() != SqlCipherDriverName) {
        m_error = tr("不是已打开的 QSQLCIPHER 连接");
        return;
    }
    m_db = qvariant_cast<sqlite3 *>(driver->handle());
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        failed(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    } else if (!m_stmt) {
        m_error = tr("没有可执行的 SQL 语句");
    }
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_hasRow(std::exchange(other.m_hasRow, false))
    , m_changes(other.m_changes)
    , m_bindError(other.m_bindError)
    , m_errorCode(other.m_errorCode)
    , m_error(std::move(other.m_error))
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_hasRow = std::exchange(other.m_hasRow, false);
        m_changes = other.m_changes;
        m_bindError = other.m_bindError;
        m_errorCode = other.m_errorCode;
        m_error = std::move(other.m_error);
    }
    return *this;
}

int SqlStatement::parameterCount() const { return m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0; }

bool SqlStatement::failed(int rc)
{
    m_errorCode = m_db && rc != SQLITE_MISUSE ? sqlite3_extended_errcode(m_db) : rc;
    m_error = m_db ? u"%1 (%2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db))).arg(rc)
                   : QString::fromUtf8(sqlite3_errstr(rc));
    return false;
}

void SqlStatement::keep(int rc)
{
    if (rc != SQLITE_OK)
        m_bindError = rc;
}

void SqlStatement::bindNull(int index)
{
    if (m_stmt)
        keep(sqlite3_bind_null(m_stmt, index));
}

void SqlStatement::bindInt64(int index, qint64 value)
{
    if (m_stmt)
        keep(sqlite3_bind_int64(m_stmt, index, value));
}

void SqlStatement::bindText(int index, QStringView text)
{
    // UTF-16 straight from the QString: SQLite copies it (SQLITE_TRANSIENT) and
    // converts to the database's UTF-8 itself, without a QByteArray per value.
    // A null view is empty text, not NULL (as bindText(QByteArray())).
    if (m_stmt)
        keep(sqlite3_bind_text16(m_stmt, index, text.isNull() ? u"" : text.utf16(),
                                 int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT));
}

void SqlStatement::bindText(int index, const QByteArray &utf8)
{
    if (m_stmt)
        keep(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                 SQLITE_UTF8));
}

void SqlStatement::bindTextNoCopy(int index, const QByteArray &utf8)
{
    if (m_stmt)
        keep(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                                 SQLITE_UTF8));
}

void SqlStatement::bindValue(int index, const QVariant &value)
{
    if (!m_stmt)
        return;
    const int rc = sqlcipher::bindVariant(m_stmt, index, value);
    keep(rc == sqlcipher::UnsupportedBindType ? SQLITE_MISMATCH : rc);
}

bool SqlStatement::exec()
{
    m_errorCode = 0;
    m_hasRow = false;
    m_changes = 0;
    if (!m_stmt) {
        if (m_error.isEmpty())
            m_error = tr("语句没有准备好");
        return false;
    }
    if (m_bindError != SQLITE_OK) {
        const int rc = m_bindError;
        m_errorCode = rc;
        m_error = tr("绑定参数失败：%1 (%2)").arg(QString::fromUtf8(sqlite3_errstr(rc))).arg(rc);
        reset();
        return false;
    }
    const int before = sqlite3_total_changes(m_db);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_hasRow = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_changes = sqlite3_total_changes(m_db) != before ? sqlite3_changes(m_db) : 0;
        reset();
        return true;
    }
    failed(rc);
    reset();
    return false;
}

bool SqlStatement::next()
{
    if (!m_stmt || !m_hasRow)
        return false;
    const int rc = sqlite3_step(m_stmt);
    m_hasRow = rc == SQLITE_ROW;
    if (!m_hasRow) {
        if (rc != SQLITE_DONE)
            failed(rc);
        reset();
    }
    return m_hasRow;
}

qint64 SqlStatement::columnInt64(int column) const
{
    return m_hasRow ? sqlite3_column_int64(m_stmt, column) : 0;
}

QString SqlStatement::columnText(int column) const
{
    if (!m_hasRow)
        return {};
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!text)
        return {};
    return QString(reinterpret_cast<const QChar *>(text), sqlite3_column_bytes16(m_stmt, column) / 2);
}

bool SqlStatement::columnIsNull(int column) const
{
    return !m_hasRow || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void SqlStatement::reset()
{
    m_hasRow = false;
    m_bindError = SQLITE_OK;
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

} // namespace sales
