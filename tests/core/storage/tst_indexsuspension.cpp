// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// IndexSuspension on a real SQLCipher replica: exactly the secondary indexes of
// the named tables go (autoindexes and the kept ones stay), with a record in the
// same transaction; a rollback undoes both; rows written meanwhile are in the
// indexes built afterwards, which are the migrations' own, byte for byte; a
// replica reopened with a record left (a crash) gets them back.
#include "storage/indexsuspension.h"
#include "storage/localstate.h"
#include "storage/transaction.h"
#include "testreplica.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

QStringList indexes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(u"SELECT name, tbl_name, coalesce(sql, '<auto>') FROM sqlite_master WHERE type = 'index' ORDER BY name"_s))
        return {u"<error> "_s + q.lastError().text()};
    while (q.next())
        out << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

QStringList namesOf(const QStringList &rows)
{
    QStringList names;
    for (const QString &r : rows)
        names << r.section(u' ', 0, 0);
    return names;
}

QString plan(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(u"EXPLAIN QUERY PLAN "_s + sql))
        return q.lastError().text();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(u"; "_s);
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

const QStringList Tables{u"lead"_s, u"activity"_s};
const QStringList Keep{u"lead_account_idx"_s};

} // namespace

class TestIndexSuspension : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suspendsExactlyTheSecondaryIndexesOfTheTables()
    {
        test::TestReplica r;
        QVERIFY(r.connection->isOpen());
        const QStringList before = indexes(r.db());
        QVERIFY(namesOf(before).contains(u"lead_filter_idx"_s));
        QVERIFY(!IndexSuspension::isPending(r.db()));
        {
            Transaction tx(r.db());
            QString error;
            QVERIFY2(IndexSuspension::suspend(r.db(), Tables, Keep, &error), qPrintable(error));
            QVERIFY(IndexSuspension::isPending(r.db()));
            QVERIFY(tx.commit());
        }
        const QStringList during = indexes(r.db());
        QStringList gone;
        for (const QString &row : before)
            if (!during.contains(row))
                gone << row.section(u' ', 0, 0);
        QCOMPARE(gone, (QStringList{u"activity_lead_idx"_s, u"lead_filter_idx"_s, u"lead_list_idx"_s, u"lead_owner_idx"_s,
                                    u"lead_stage_idx"_s}));
        // What stays: autoindexes of the primary keys, the kept one, other tables' indexes.
        QVERIFY(namesOf(during).contains(u"sqlite_autoindex_lead_1"_s));
        QVERIFY(namesOf(during).contains(u"sqlite_autoindex_activity_1"_s));
        QVERIFY(namesOf(during).contains(u"lead_account_idx"_s));
        QVERIFY(namesOf(during).contains(u"contact_account_idx"_s));
        QVERIFY(namesOf(during).contains(u"stage_change_lead_idx"_s));

        // Rows written meanwhile are found through the indexes built afterwards
        // (foreign keys off, as during a pull: no pipeline templates here).
        QVERIFY(exec(r.db(), u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(exec(r.db(), u"INSERT INTO account (id, name, created_at, updated_at) VALUES ('A1', '甲', 1, 1)"_s));
        for (int i = 0; i < 300; ++i) {
            QVERIFY(exec(r.db(), u"INSERT INTO lead (id, account_id, owner_id, title, template_id, stage_key, "
                                 "stage_entered_at, created_at, updated_at, last_activity_at) VALUES ('L%1', 'A1', "
                                 "'U%2', 'T', 'default', 'qualify', 1, 1, 1, %1)"_s.arg(i).arg(i % 7)));
            QVERIFY(exec(r.db(), u"INSERT INTO activity (id, lead_id, kind, happened_at, entered_at, updated_at) "
                                 "VALUES ('V%1', 'L%2', 'call', %1, 1, 1)"_s.arg(i).arg(i % 10)));
        }
        QVERIFY(!plan(r.db(), u"SELECT id FROM lead WHERE owner_id = 'U3'"_s).contains(u"lead_owner_idx"_s));
        {
            Transaction tx(r.db());
            QString error;
            QVERIFY2(IndexSuspension::restore(r.db(), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(indexes(r.db()), before);
        QVERIFY(!IndexSuspension::isPending(r.db()));
        QVERIFY(plan(r.db(), u"SELECT id FROM lead WHERE owner_id = 'U3'"_s).contains(u"lead_owner_idx"_s));
        QVERIFY(plan(r.db(), u"SELECT id FROM activity WHERE lead_id = 'L3' ORDER BY happened_at"_s)
                    .contains(u"activity_lead_idx"_s));
        QSqlQuery q(r.db());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        q.finish();
        QVERIFY(q.exec(u"SELECT count(*) FROM activity INDEXED BY activity_lead_idx WHERE lead_id = 'L3'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 30);
        // Nothing recorded: restore has nothing to do.
        QString error;
        QVERIFY(IndexSuspension::restore(r.db(), &error));
        QCOMPARE(indexes(r.db()), before);
    }

    void rollbackKeepsIndexesAndRecord()
    {
        test::TestReplica r;
        const QStringList before = indexes(r.db());
        {
            Transaction tx(r.db());
            QString error;
            QVERIFY2(IndexSuspension::suspend(r.db(), Tables, Keep, &error), qPrintable(error));
            QVERIFY(indexes(r.db()) != before);
        } // rolled back
        QCOMPARE(indexes(r.db()), before);
        QVERIFY(!IndexSuspension::isPending(r.db()));

        {
            Transaction tx(r.db());
            QString error;
            QVERIFY(IndexSuspension::suspend(r.db(), Tables, Keep, &error));
            QVERIFY(tx.commit());
        }
        const QStringList during = indexes(r.db());
        {
            Transaction tx(r.db());
            QString error;
            QVERIFY(IndexSuspension::restore(r.db(), &error));
            QCOMPARE(indexes(r.db()), before);
        } // rolled back: still suspended, still recorded
        QCOMPARE(indexes(r.db()), during);
        QVERIFY(IndexSuspension::isPending(r.db()));
    }

    void reopenedReplicaGetsThemBack()
    {
        test::TestReplica r;
        const QStringList before = indexes(r.db());
        {
            Transaction tx(r.db());
            QString error;
            QVERIFY(IndexSuspension::suspend(r.db(), {u"lead"_s, u"stage_change"_s, u"evidence_item"_s}, {}, &error));
            QVERIFY(tx.commit());
        }
        QVERIFY(!namesOf(indexes(r.db())).contains(u"lead_account_idx"_s));
        r.connection.reset(); // the process stops here
        ReplicaConnection again(r.config);
        QVERIFY2(again.isOpen(), qPrintable(again.errorText()));
        QVERIFY(IndexSuspension::isPending(again.database()));
        QString error;
        QVERIFY2(IndexSuspension::restorePending(again.database(), &error), qPrintable(error));
        QCOMPARE(indexes(again.database()), before);
        QVERIFY(!IndexSuspension::isPending(again.database()));
        QVERIFY(IndexSuspension::restorePending(again.database(), &error)); // nothing left
        QCOMPARE(indexes(again.database()), before);
    }

    void restoreSkipsAnIndexAlreadyThere()
    {
        // Suspended twice (records merge), one built again by hand meanwhile.
        test::TestReplica r;
        const QStringList before = indexes(r.db());
        QString error;
        {
            Transaction tx(r.db());
            QVERIFY(IndexSuspension::suspend(r.db(), {u"activity"_s}, {}, &error));
            QVERIFY(IndexSuspension::suspend(r.db(), {u"lead"_s}, Keep, &error));
            QVERIFY(tx.commit());
        }
        QVERIFY(exec(r.db(), u"CREATE INDEX activity_lead_idx ON activity(lead_id, happened_at)"_s));
        QVERIFY2(IndexSuspension::restorePending(r.db(), &error), qPrintable(error));
        QCOMPARE(indexes(r.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestIndexSuspension)
#include "tst_indexsuspension.moc"
