// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>

namespace sales {

// Rolls back unless commit() succeeded, so an early return never leaves half a change.
// Transactions nest: one opened while another is active on the same connection is a
// SAVEPOINT inside it, so a service can run several repository writes (each opening
// its own Transaction) as one unit. Only the outermost commit makes anything durable;
// an inner one that is not committed undoes just its own part.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)), m_depth(depth())
    {
        m_active = m_depth == 0 ? m_db.transaction() : run(QStringLiteral("SAVEPOINT ") + savepoint());
        if (m_active)
            setDepth(m_depth + 1);
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        if (m_depth == 0) {
            m_db.rollback();
        } else {
            run(QStringLiteral("ROLLBACK TO ") + savepoint());
            run(QStringLiteral("RELEASE ") + savepoint());
        }
        setDepth(m_depth);
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active || !(m_depth == 0 ? m_db.commit() : run(QStringLiteral("RELEASE ") + savepoint())))
            return false;
        m_active = false;
        setDepth(m_depth);
        return true;
    }

private:
    // The nesting depth lives on the driver, which all copies of a connection share.
    static constexpr const char *DepthProperty = "salesTransactionDepth";
    int depth() const
    {
        const QSqlDriver *driver = m_db.driver();
        return driver ? driver->property(DepthProperty).toInt() : 0;
    }
    void setDepth(int depth)
    {
        if (QSqlDriver *driver = m_db.driver())
            driver->setProperty(DepthProperty, depth);
    }
    QString savepoint() const { return QStringLiteral("sales_tx_%1").arg(m_depth); }
    bool run(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace sales
