// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinserter.h"

#include <QCoreApplication>


using namespace Qt::StringLiterals;

namespace sales {

BulkInserter::BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns)
    : m_columns(columns.size())
{
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    m_query = SqlStatement(db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)));
    if (!m_query.isValid())
        m_errorText = m_query.errorText();
}

bool BulkInserter::add(const QVariantList &values)
{
    if (!m_errorText.isEmpty())
        return false;
    if (values.size() != m_columns) {
        m_errorText = QCoreApplication::translate("sales::BulkInserter", "列数不匹配：需要 %1，得到 %2")
                          .arg(m_columns)
                          .arg(values.size());
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i) + 1, values.at(i));
    if (!m_query.exec()) {
        m_errorText = m_query.errorText();
        return false;
    }
    ++m_count;
    return true;
}

} // namespace sales
