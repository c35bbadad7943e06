// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace sales {

// One prepared statement straight on the SQLCipher C API of a QSQLCIPHER
// connection, for the paths that write or probe hundreds of thousands of rows
// (a first sync, a bulk insert): QSqlQuery's binding keeps a name and a QVariant
// per value, which costs more than SQLite's own insert. Everything else uses
// QSqlQuery. Same thread and transaction as the connection; parameters are
// 1-based as in SQLite. Move-only.
class SqlStatement final
{
    Q_DECLARE_TR_FUNCTIONS(sales::SqlStatement)

public:
    SqlStatement() = default;
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    int parameterCount() const;

    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindText(int index, QStringView text);
    void bindText(int index, const QByteArray &utf8);
    // utf8 must stay unchanged until exec() (or reset()) returns.
    void bindTextNoCopy(int index, const QByteArray &utf8);
    void bindValue(int index, const QVariant &value); // as QSqlQuery binds it

    // Runs the statement (after a reset): true when it ran, with hasRow() telling
    // whether a row came back (read it with the column functions, then next()).
    bool exec();
    bool next();
    bool hasRow() const { return m_hasRow; }
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;
    // Ends a read early: releases what the statement holds and clears the bindings.
    void reset();
    int changes() const { return m_changes; }
    QString errorText() const { return m_error; }
    int extendedErrorCode() const { return m_errorCode; } // of the last failure (SQLITE_CONSTRAINT_PRIMARYKEY, ...)

private:
    bool failed(int rc);
    void keep(int rc); // a bind's failure, reported by the next exec()

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_hasRow = false;
    int m_changes = 0;
    int m_bindError = 0;
    int m_errorCode = 0;
    QString m_error;
};

} // namespace sales
