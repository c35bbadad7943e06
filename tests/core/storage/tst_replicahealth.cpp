// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The background check reads the whole replica once: a healthy demo passes, and a
// byte flipped in a table the lead list never reads (the activities) is found,
// and the lead's detail, which reads them, fails in words instead of showing less.
#include "demo/demogenerator.h"
#include "storage/replicahealth.h"
#include "filedamage.h"
#include "testreplica.h"
#include "workspace/leaddetail.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestReplicaHealth : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    int m_activityRoot = 0;
    int m_pageSize = 0;

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        DemoOptions options;
        options.leads = 300;
        QVERIFY(DemoGenerator(r->db(), options).run());
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'activity'"_s) && q.next());
        m_activityRoot = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        m_pageSize = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        q.finish();
        r->connection.reset(); // closed: only its file and key are used from here on
    }
    void cleanupTestCase() { delete r; }

    void aHealthyReplicaPasses()
    {
        ReplicaConnection c(r->config);
        QVERIFY(c.isOpen());
        QCOMPARE(ReplicaHealth::check(c.database()).state, ReplicaHealth::State::Healthy);
    }

    void damageOutsideTheListIsFound()
    {
        QTemporaryDir dir;
        ReplicaConfig config = r->config;
        config.path = dir.filePath(u"replica.db"_s);
        QVERIFY(QFile::copy(r->config.path, config.path));
        QVERIFY(test::flipByte(config.path, qint64(m_activityRoot - 1) * m_pageSize + 100));
        ReplicaConnection c(config);
        QVERIFY2(c.isOpen(), qPrintable(c.errorText())); // opening reads nothing of the activities
        QSqlQuery leads(c.database());
        QVERIFY(leads.exec(u"SELECT count(*) FROM lead"_s) && leads.next()); // the list still reads
        const ReplicaHealth health = ReplicaHealth::check(c.database());
        QCOMPARE(health.state, ReplicaHealth::State::Damaged);
        QVERIFY(!health.detail.isEmpty());

        // The lead's detail reads the activities: it fails, in words, instead of
        // showing the lead with no (or some of its) activities.
        QVERIFY(leads.exec(u"SELECT id FROM lead LIMIT 1"_s) && leads.next());
        const QString leadId = leads.value(0).toString();
        leads.finish();
        const auto detail = loadLeadDetail(c.database(), leadId, QDateTime::currentDateTimeUtc());
        QVERIFY(!detail);
        QVERIFY2(detail.message().contains(u"损坏"_s) && detail.message().contains(u"未做任何改动"_s),
                 qPrintable(detail.message()));
    }

    // An index read by nothing the list shows: a page in the middle of it (not
    // its root) is found, and a partial index is read under its own condition.
    void damageInTheMiddleOfAnIndexIsFound()
    {
        test::TestReplica fresh;
        QSqlQuery q(fresh.db());
        QVERIFY(q.exec(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"_s));
        QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                       "INSERT INTO probe (id, label) SELECT i, printf('%08d-', i) || hex(randomblob(60)) FROM n"_s));
        QVERIFY(q.exec(u"CREATE INDEX probe_partial_idx ON probe(label) WHERE id % 2 = 0"_s));
        QVERIFY(test::checkpoint(fresh.db()));
        const int from = test::pageCount(fresh.db()) + 1;
        QVERIFY(q.exec(u"CREATE INDEX probe_label_idx ON probe(label)"_s)); // its pages come last
        QVERIFY(test::checkpoint(fresh.db()));
        const int to = test::pageCount(fresh.db()) + 1;
        QVERIFY(to - from > 20);
        QCOMPARE(ReplicaHealth::check(fresh.db()).state, ReplicaHealth::State::Healthy);
        q.finish();
        fresh.connection.reset();
        const int middle = (from + to) / 2;
        QVERIFY(test::flipPages(fresh.config.path, middle, middle + 1));
        ReplicaConnection c(fresh.config);
        QVERIFY(c.isOpen());
        QSqlQuery rows(c.database());
        QVERIFY(rows.exec(u"SELECT count(*) FROM probe NOT INDEXED"_s) && rows.next()); // the table itself reads
        QCOMPARE(rows.value(0).toInt(), 20000);
        rows.finish();
        const ReplicaHealth health = ReplicaHealth::check(c.database());
        QCOMPARE(health.state, ReplicaHealth::State::Damaged);
        QCOMPARE(health.table, u"probe_label_idx"_s);
    }

    // A quit does not wait for the whole file: the read stops when asked.
    void theCheckStopsWhenAsked()
    {
        ReplicaConnection c(r->config);
        QVERIFY(c.isOpen());
        int asked = 0;
        const ReplicaHealth health = ReplicaHealth::check(c.database(), [&asked] { return ++asked < 5; });
        QCOMPARE(health.state, ReplicaHealth::State::Stopped);
        QCOMPARE(asked, 5); // asked between tables and every 1000 steps; not once more after the no
    }
};

QTEST_GUILESS_MAIN(TestReplicaHealth)
#include "tst_replicahealth.moc"
