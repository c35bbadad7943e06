// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QMetaType>
#include <QSqlDriver>

struct sqlite3;
struct sqlite3_stmt;

// handle() of the driver / result hand these out; qvariant_cast<sqlite3 *>(...).
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace sales {

inline constexpr QLatin1StringView SqlCipherDriverName{"QSQLCIPHER"};

// Connect options understood by open() (semicolon separated, like Qt's drivers).
inline constexpr QLatin1StringView SqlCipherCreateOption{"QSQLCIPHER_CREATE"};
inline constexpr QLatin1StringView SqlCipherReadOnlyOption{"QSQLCIPHER_READONLY"};
inline constexpr QLatin1StringView SqlCipherPageSizeOption{"QSQLCIPHER_PAGE_SIZE"};
inline constexpr QLatin1StringView SqlCipherBusyTimeoutOption{"QSQLCIPHER_BUSY_TIMEOUT"};

// Registers the driver with QSqlDatabase once (idempotent, thread-safe).
void registerSqlCipherDriver();

class SqlCipherResult;

// A QSqlDriver on the SQLCipher C API. databaseName is the file, password the key:
// 64 hex digits = raw key (no KDF), anything else = passphrase, empty = refused.
// One instance per connection, used from one thread only.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password,
              const QString &host, int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

    QVariant handle() const override;

private:
    friend class SqlCipherResult;

    struct ColumnInfo;
    bool failOpen(const QSqlError &error);
    bool runTransactionStatement(const char *sql);
    QList<ColumnInfo> tableInfo(const QString &tableName) const;

    sqlite3 *m_db = nullptr;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace sales
