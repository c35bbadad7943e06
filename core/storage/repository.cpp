// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "logging.h"
#include "replicadamage.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {

bool Repository::save(const QString &table, const QString &id, const QVariantMap &fields)
{
    Transaction tx(m_db);
    if (!m_writer.save(table, id, fields)) {
        m_errorText = m_writer.errorText();
        return false;
    }
    if (!tx.commit()) {
        m_errorText = QCoreApplication::translate("sales::Repository", "保存失败：%1").arg(m_db.lastError().text());
        return false;
    }
    return true;
}

bool Repository::remove(const QString &table, const QString &id)
{
    Transaction tx(m_db);
    if (!m_writer.remove(table, id) || !tx.commit()) {
        m_errorText = m_writer.errorText();
        return false;
    }
    return true;
}

bool Repository::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_errorText = query.lastError().text();
    m_damaged = ReplicaDamage::isDamage(query.lastError());
    return false;
}

bool Repository::readFailed(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    if (!error.isValid())
        return false;
    m_errorText = error.text();
    m_damaged = ReplicaDamage::isDamage(error);
    qCWarning(lcStorage) << "read failed:" << error.text();
    return true;
}

} // namespace sales
