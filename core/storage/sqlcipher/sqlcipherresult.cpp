// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcipherresult.h"

#include "sqlcipherdriver.h"
#include "sqlcipherutil.h"

#include <QSqlField>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sales {

using sqlcipher::ErrorContext;

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    // driver() is a guarded pointer: null once the driver is gone, and the driver's
    // close() has then already finalized our statement.
    if (const auto *drv = static_cast<const SqlCipherDriver *>(driver()))
        drv->m_results.removeOne(this);
    releaseStatement();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

sqlite3 *SqlCipherResult::connection() const
{
    const auto *drv = static_cast<const SqlCipherDriver *>(driver());
    return drv ? drv->m_db : nullptr;
}

void SqlCipherResult::finalizeStatement()
{
    releaseStatement();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::releaseStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearRows();
    m_columnCount = 0;
    m_record.clear();
    m_types.clear();
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_lastRow.clear();
    m_useLastRow = false;
    m_rowPending = false;
    m_done = true;
    m_fetchFailed = false;
    m_stmtRow = -1;
}

bool SqlCipherResult::reset(const QString &query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    releaseStatement();
    setSelect(false);
    sqlite3 *db = connection();
    if (!db || !driver()->isOpen()) {
        setLastError(sqlcipher::makeDriverError(tr("数据库连接未打开"), QSqlError::ConnectionError));
        return false;
    }

    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size() + 1), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(sqlcipher::makeError(db, rc, QSqlError::StatementError, ErrorContext::Prepare));
        releaseStatement();
        return false;
    }
    if (!sqlcipher::isTrailingSqlEmpty(tail)) {
        releaseStatement();
        setLastError(sqlcipher::makeDriverError(
                tr("一次只能执行一条 SQL 语句：第一条语句之后还有其他语句，请拆开分别执行"),
                QSqlError::StatementError, u"multiple statements in one query"_s));
        return false;
    }
    if (!m_stmt) {
        setLastError(sqlcipher::makeDriverError(tr("SQL 中没有可执行的语句"),
                                                QSqlError::StatementError));
        return false;
    }

    describeColumns();
    setSelect(m_columnCount > 0);
    return true;
}

void SqlCipherResult::describeColumns()
{
    m_record.clear();
    m_types.clear();
    m_columnCount = sqlite3_column_count(m_stmt);
    m_types.reserve(m_columnCount);
    for (int i = 0; i < m_columnCount; ++i) {
        const QMetaType type = sqlcipher::metaTypeForDeclaredType(
                QByteArrayView(sqlite3_column_decltype(m_stmt, i)));
        m_types.append(type);
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), type,
                                  QString::fromUtf8(sqlite3_column_table_name(m_stmt, i))));
    }
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant> &values = boundValues();
    const int paramCount = sqlite3_bind_parameter_count(m_stmt);
    if (paramCount != values.size()) {
        setLastError(sqlcipher::makeDriverError(
                tr("参数个数不匹配：SQL 语句需要 %1 个参数，实际绑定了 %2 个").arg(paramCount).arg(
                        values.size()),
                QSqlError::StatementError, u"parameter count mismatch"_s));
        return false;
    }
    for (int i = 0; i < paramCount; ++i) {
        const int rc = sqlcipher::bindVariant(m_stmt, i + 1, values.at(i));
        if (rc == sqlcipher::UnsupportedBindType) {
            setLastError(sqlcipher::makeDriverError(
                    tr("第 %1 个参数的类型无法写入数据库").arg(i + 1), QSqlError::StatementError,
                    QString::fromLatin1(values.at(i).metaType().name())));
            return false;
        }
        if (rc != SQLITE_OK) {
            setLastError(sqlcipher::makeError(connection(), rc, QSqlError::StatementError,
                                              ErrorContext::Execute));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(sqlcipher::makeDriverError(tr("没有可执行的 SQL 语句"),
                                                    QSqlError::StatementError));
        return false;
    }
    sqlite3 *db = connection();
    if (!db) {
        setLastError(sqlcipher::makeDriverError(tr("数据库连接未打开"), QSqlError::ConnectionError));
        return false;
    }

    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow); // QSqlQuery::exec() leaves at() where the last run ended
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    m_caching = !isForwardOnly();

    if (!bindValues()) {
        sqlite3_clear_bindings(m_stmt);
        return false;
    }

    const int changesBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowidBefore = sqlite3_last_insert_rowid(db);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        m_done = false;
    } else if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
    } else {
        const QSqlError error = sqlcipher::makeError(db, rc, QSqlError::StatementError,
                                                     ErrorContext::Execute);
        sqlite3_reset(m_stmt);
        setLastError(error);
        setActive(false);
        return false;
    }

    // sqlite re-prepares after a schema change; "SELECT *" may now have other columns.
    if (sqlite3_column_count(m_stmt) != m_columnCount)
        describeColumns();
    setSelect(m_columnCount > 0);
    if (!isSelect()) {
        const bool changed = sqlite3_total_changes(db) != changesBefore;
        m_rowsAffected = changed ? sqlite3_changes(db) : 0;
        const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
        if (rowid != 0 && (rowid != rowidBefore || (changed && sqlcipher::startsWithInsert(lastQuery()))))
            m_lastInsertId = qlonglong(rowid);
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::advance()
{
    if (m_rowPending) {
        m_rowPending = false;
    } else {
        if (m_done || !m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE) {
                m_fetchFailed = true;
                setLastError(sqlcipher::makeError(connection(), rc, QSqlError::StatementError,
                                                  ErrorContext::Fetch));
            }
            m_done = true;
            sqlite3_reset(m_stmt); // releases the read lock: nothing stays busy
            return false;
        }
    }
    ++m_stmtRow;
    if (m_caching) {
        for (int i = 0; i < m_columnCount; ++i)
            m_rows.append(columnValue(i));
    }
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(value);
        case QSql::LowPrecisionInt64:
            return qlonglong(value);
        default:
            return value;
        }
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        return QByteArray(blob ? blob : "", size); // empty blob: empty, not null
    }
    default:
        return QVariant(m_types.value(column));
    }
}

bool SqlCipherResult::currentFromStatement() const
{
    return m_stmt && !m_done && !m_rowPending && at() >= 0 && at() == m_stmtRow;
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0 || !isActive() || !isSelect() || m_columnCount == 0)
        return false;
    if (m_caching) {
        while (m_rows.size() / m_columnCount <= row) {
            if (!advance())
                return false;
        }
        setAt(row);
        return true;
    }
    if (row < at())
        return false; // forward-only keeps no copy of earlier rows
    if (row == at())
        return true;
    if (m_useLastRow)
        return false;
    while (m_stmtRow < row) {
        if (!advance())
            return false;
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (!m_caching && at() > 0)
        return false;
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect() || m_columnCount == 0)
        return false;
    if (m_caching) {
        while (advance()) {
        }
        const int rows = int(m_rows.size() / m_columnCount);
        if (m_fetchFailed || rows == 0)
            return false;
        setAt(rows - 1);
        return true;
    }
    if (m_useLastRow)
        return true;
    bool any = false;
    auto keep = [this] {
        m_lastRow.clear();
        for (int i = 0; i < m_columnCount; ++i)
            m_lastRow.append(columnValue(i));
    };
    if (currentFromStatement()) {
        keep();
        any = true;
    }
    while (advance()) {
        keep();
        any = true;
    }
    if (!any || m_fetchFailed)
        return false;
    m_useLastRow = true;
    setAt(m_stmtRow);
    return true;
}

QVariant SqlCipherResult::data(int index)
{
    if (index < 0 || index >= m_columnCount)
        return QVariant();
    if (m_caching) {
        const qsizetype pos = qsizetype(at()) * m_columnCount + index;
        return at() >= 0 && pos < m_rows.size() ? m_rows.at(pos) : QVariant();
    }
    if (m_useLastRow)
        return m_lastRow.value(index);
    return currentFromStatement() ? columnValue(index) : QVariant();
}

bool SqlCipherResult::isNull(int index)
{
    if (index < 0 || index >= m_columnCount)
        return true;
    if (!m_caching && !m_useLastRow) {
        return !currentFromStatement() || sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
    }
    return data(index).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? m_lastInsertId : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return QSqlRecord();
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    clearRows();
}

} // namespace sales
