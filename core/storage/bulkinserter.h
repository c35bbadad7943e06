// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlstatement.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace sales {

// Inserts many rows that came from elsewhere (the server, the demo generator)
// through one prepared statement, without recording them as local changes.
// The caller owns the transaction.
class BulkInserter final
{
public:
    BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns);

    bool add(const QVariantList &values);
    qint64 count() const { return m_count; }
    QString errorText() const { return m_errorText; }

private:
    SqlStatement m_query;
    qsizetype m_columns = 0;
    qint64 m_count = 0;
    QString m_errorText;
};

} // namespace sales
