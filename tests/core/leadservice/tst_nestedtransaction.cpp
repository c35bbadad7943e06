// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Transaction nesting, which LeadService relies on: each repository write opens its
// own Transaction, and a service runs several of them inside one.
#include "clock.h"
#include "domain/ids.h"
#include "storage/accountrepository.h"
#include "storage/transaction.h"
#include "testreplica.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestNestedTransaction : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    FixedClock clock{T0};

    int accounts() const
    {
        QSqlQuery q(r->db());
        return q.exec(u"SELECT count(*) FROM account"_s) && q.next() ? q.value(0).toInt() : -1;
    }
    bool save(const QString &name) { return AccountRepository(r->db(), clock).save({newId(), name, {}, {}, {}, {}, T0}); }

private Q_SLOTS:
    void init() { r = new test::TestReplica; }
    void cleanup()
    {
        delete r;
        r = nullptr;
    }

    void repositoryWritesJoinTheOuterTransaction()
    {
        {
            Transaction outer(r->db());
            QVERIFY(outer.isActive());
            QVERIFY(save(u"甲"_s));
            QVERIFY(save(u"乙"_s));
            QCOMPARE(accounts(), 2);
        } // not committed
        QCOMPARE(accounts(), 0);
        {
            Transaction outer(r->db());
            QVERIFY(save(u"甲"_s));
            QVERIFY(outer.commit());
        }
        QCOMPARE(accounts(), 1);
    }

    void innerRollbackUndoesOnlyItsPart()
    {
        Transaction outer(r->db());
        QVERIFY(save(u"甲"_s));
        {
            Transaction inner(r->db());
            QVERIFY(inner.isActive());
            QVERIFY(save(u"乙"_s));
            QCOMPARE(accounts(), 2);
        }
        QCOMPARE(accounts(), 1);
        {
            Transaction inner(r->db());
            QVERIFY(save(u"丙"_s));
            QVERIFY(inner.commit());
            QVERIFY(!inner.commit()); // once only
        }
        QVERIFY(outer.commit());
        QCOMPARE(accounts(), 2);
    }

    void depthIsRestored()
    {
        {
            Transaction outer(r->db());
            Transaction inner(r->db());
            QVERIFY(inner.commit());
            QVERIFY(outer.commit());
        }
        // A fresh top-level transaction works, and a plain write outside any is durable.
        Transaction again(r->db());
        QVERIFY(again.isActive());
        QVERIFY(save(u"甲"_s));
        QVERIFY(again.commit());
        QVERIFY(save(u"乙"_s));
        QCOMPARE(accounts(), 2);
        QVERIFY(!r->db().rollback()); // nothing left open
    }
};

QTEST_GUILESS_MAIN(TestNestedTransaction)
#include "tst_nestedtransaction.moc"
