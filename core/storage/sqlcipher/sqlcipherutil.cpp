// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcipherutil.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sales::sqlcipher {

namespace {

struct SqlCipher
{
    Q_DECLARE_TR_FUNCTIONS(sales::SqlCipher)
};

QString contextText(ErrorContext context)
{
    switch (context) {
    case ErrorContext::Open:
        return SqlCipher::tr("无法打开加密数据库");
    case ErrorContext::Prepare:
        return SqlCipher::tr("SQL 语句有误，无法执行");
    case ErrorContext::Execute:
        return SqlCipher::tr("执行 SQL 语句失败");
    case ErrorContext::Fetch:
        return SqlCipher::tr("读取查询结果失败");
    case ErrorContext::Transaction:
        return SqlCipher::tr("数据库事务操作失败");
    case ErrorContext::Metadata:
        return SqlCipher::tr("读取数据库结构失败");
    }
    return SqlCipher::tr("数据库操作失败");
}

QString driverText(int primary, ErrorContext context)
{
    switch (primary) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return context == ErrorContext::Open
                ? SqlCipher::tr("无法打开加密数据库：密钥错误或文件已损坏")
                : SqlCipher::tr("数据库文件已损坏，请从服务器重新同步");
    case SQLITE_CANTOPEN:
        return SqlCipher::tr("无法打开数据库文件：文件不存在或没有访问权限");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return SqlCipher::tr("没有访问数据库文件的权限");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqlCipher::tr("数据库正被其他连接占用，请稍后重试");
    case SQLITE_READONLY:
        return SqlCipher::tr("数据库以只读方式打开，无法写入");
    case SQLITE_FULL:
        return SqlCipher::tr("磁盘空间不足，无法写入数据库");
    case SQLITE_IOERR:
        return SqlCipher::tr("读写数据库文件时发生输入输出错误");
    case SQLITE_NOMEM:
        return SqlCipher::tr("内存不足，数据库操作失败");
    case SQLITE_CONSTRAINT:
        return SqlCipher::tr("数据违反约束（唯一、非空或外键），未能保存");
    case SQLITE_ABORT:
    case SQLITE_INTERRUPT:
        return SqlCipher::tr("数据库操作已被中止");
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return SqlCipher::tr("绑定的参数与 SQL 语句不匹配");
    default:
        return contextText(context);
    }
}

} // namespace

QSqlError makeError(int rc, const QString &sqliteMessage, QSqlError::ErrorType type,
                    ErrorContext context)
{
    const int primary = rc & 0xff;
    return QSqlError(driverText(primary, context), sqliteMessage, type, QString::number(primary));
}

QSqlError makeError(sqlite3 *db, int rc, QSqlError::ErrorType type, ErrorContext context)
{
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return makeError(rc, QString::fromUtf8(message), type, context);
}

QSqlError makeDriverError(const QString &driverText, QSqlError::ErrorType type,
                          const QString &detail)
{
    return QSqlError(driverText, detail, type);
}

bool isDamagedFileCode(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

QMetaType metaTypeForDeclaredType(QByteArrayView declType)
{
    const QByteArray t = declType.toByteArray().toUpper();
    if (t.isEmpty())
        return QMetaType();
    if (t.contains("BOOL"))
        return QMetaType::fromType<bool>();
    if (t.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (t.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") || t.contains("NUM")
        || t.contains("DEC"))
        return QMetaType::fromType<double>();
    // DATE, DATETIME, JSON, ...: SQLite keeps these as text in practice.
    return QMetaType::fromType<QString>();
}

bool isTrailingSqlEmpty(const char *tail)
{
    if (!tail)
        return true;
    const char *p = tail;
    while (*p) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
            || c == ';') {
            ++p;
        } else if (c == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                ++p;
        } else if (c == '/' && p[1] == '*') {
            p += 2;
            while (*p && !(p[0] == '*' && p[1] == '/'))
                ++p;
            if (*p)
                p += 2;
        } else {
            return false;
        }
    }
    return true;
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(stmt, column));
}

bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

namespace {

int bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

int bindVariant(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray blob = value.toByteArray();
        return sqlite3_bind_blob64(stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QString:
        return bindText(stmt, index, value.toString());
    default:
        if (!value.canConvert<QString>())
            return UnsupportedBindType;
        return bindText(stmt, index, value.toString());
    }
}

bool startsWithInsert(const QString &sql)
{
    const QString s = sql.trimmed();
    return s.startsWith("INSERT"_L1, Qt::CaseInsensitive)
            || s.startsWith("REPLACE"_L1, Qt::CaseInsensitive);
}

void wipe(QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    volatile char *p = secret.data();
    for (qsizetype i = 0; i < secret.size(); ++i)
        p[i] = 0;
    secret.clear();
}

} // namespace sales::sqlcipher
