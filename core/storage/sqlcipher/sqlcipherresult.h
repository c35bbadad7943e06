// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace sales {

class SqlCipherDriver;

// One prepared statement. Forward-only queries read values straight from the
// statement (no copy of the result set); scrollable ones cache each row fetched so
// far, which is what QSqlQueryModel and seek() need.
class SqlCipherResult final : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(sales::SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // Called by the driver when the connection closes.
    void finalizeStatement();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;

    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    sqlite3 *connection() const;
    void describeColumns();
    bool bindValues();
    bool advance();
    void releaseStatement();
    void clearRows();
    QVariant columnValue(int column) const;
    bool currentFromStatement() const;

    sqlite3_stmt *m_stmt = nullptr;
    int m_columnCount = 0;
    QSqlRecord m_record;
    QList<QMetaType> m_types;

    bool m_rowPending = false; // exec() stepped onto a row not yet handed out
    bool m_done = true;        // the statement has no more rows (and was reset)
    int m_stmtRow = -1;        // index of the row the statement currently sits on
    QList<QVariant> m_rows;    // scrollable: m_columnCount values per fetched row
    QList<QVariant> m_lastRow; // forward-only fetchLast(): copy of the final row
    bool m_useLastRow = false;
    bool m_caching = true;     // !isForwardOnly() as it was at exec()
    bool m_fetchFailed = false;

    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace sales
