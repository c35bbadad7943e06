// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlciphertestutil.h"

#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <utility>

namespace sales::test {

using namespace Qt::StringLiterals;

// Opens its own QSQLCIPHER connection in its own thread, commits 100 transactions
// of 10 rows tagged `tag` and checks the totals it reads back after each one.
class WalWorker : public QThread
{
public:
    WalWorker(QString file, QString key, int tag)
        : m_file(std::move(file)), m_key(std::move(key)), m_tag(tag)
    {
    }
    QStringList errors;

protected:
    void run() override
    {
        Connection c(m_file, m_key, u"QSQLCIPHER_BUSY_TIMEOUT=10000"_s);
        if (!c.isOpen()) {
            errors << c.error().text();
            return;
        }
        QSqlQuery q(c.db);
        QSqlQuery ins(c.db);
        if (!ins.prepare(u"INSERT INTO w (tag, n) VALUES (?, ?)"_s))
            errors << ins.lastError().text();
        int lastTotal = 0;
        for (int b = 0; b < 100 && errors.isEmpty(); ++b) {
            if (!c.db.transaction()) {
                errors << c.db.lastError().text();
                break;
            }
            for (int i = 0; i < 10; ++i) {
                ins.bindValue(0, m_tag);
                ins.bindValue(1, b * 10 + i);
                if (!ins.exec())
                    errors << ins.lastError().text();
            }
            if (!c.db.commit())
                errors << c.db.lastError().text();
            if (!q.exec(u"SELECT count(*), sum(tag = %1) FROM w"_s.arg(m_tag)) || !q.next()) {
                errors << q.lastError().text();
                break;
            }
            const int total = q.value(0).toInt();
            if (total % 10 != 0 || total < lastTotal || q.value(1).toInt() != (b + 1) * 10)
                errors << u"inconsistent read: %1 / %2"_s.arg(total).arg(q.value(1).toInt());
            lastTotal = total;
            q.finish();
        }
    }

private:
    QString m_file;
    QString m_key;
    int m_tag;
};

} // namespace sales::test
