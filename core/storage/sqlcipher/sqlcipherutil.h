// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers shared by SqlCipherDriver and SqlCipherResult. Not installed,
// not included outside core/storage/sqlcipher.

#include <QByteArrayView>
#include <QMetaType>
#include <QSqlError>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace sales::sqlcipher {

// What we were doing when sqlite reported an error; picks the Chinese driverText.
enum class ErrorContext { Open, Prepare, Execute, Fetch, Transaction, Metadata };

// Builds a QSqlError from sqlite's state: nativeErrorCode() is the primary result
// code in decimal ("26"), databaseText() sqlite's own message, driverText() a
// sentence a user can act on. db may be null (then sqlite3_errstr is used).
QSqlError makeError(sqlite3 *db, int rc, QSqlError::ErrorType type, ErrorContext context);

// Same, with an explicit sqlite message (captured before a reset/close replaced it).
QSqlError makeError(int rc, const QString &sqliteMessage, QSqlError::ErrorType type,
                    ErrorContext context);

// Our own errors (no sqlite code): nativeErrorCode() stays empty.
QSqlError makeDriverError(const QString &driverText, QSqlError::ErrorType type,
                          const QString &detail = QString());

// True for the result codes that mean the file itself is damaged or undecryptable.
bool isDamagedFileCode(int rc);

// Declared column type (as written in CREATE TABLE) to the Qt type we report in
// records; follows SQLite's type-affinity rules. Unknown → invalid QMetaType.
QMetaType metaTypeForDeclaredType(QByteArrayView declType);

// SQL text after the first statement: true when it holds only whitespace,
// comments and semicolons (so there is no second statement).
bool isTrailingSqlEmpty(const char *tail);

// Text of a result column as UTF-8 decoded QString.
QString columnText(sqlite3_stmt *stmt, int column);

// SQL NULL: invalid/null variants and null QString, QByteArray, QDate, QTime, QDateTime.
bool isNullValue(const QVariant &value);

// bindVariant()'s answer for a type that has no SQL form (not an sqlite code).
inline constexpr int UnsupportedBindType = -1;

// Binds one value (1-based index): NULL, blob, int64, double or UTF-8 text; other
// types by their toString(). Returns sqlite's code or UnsupportedBindType.
int bindVariant(sqlite3_stmt *stmt, int index, const QVariant &value);

// True when the SQL starts with INSERT or REPLACE (for lastInsertId()).
bool startsWithInsert(const QString &sql);

// Overwrites a buffer that held key material.
void wipe(QByteArray &secret);

} // namespace sales::sqlcipher
