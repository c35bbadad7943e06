// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Damage in a table the lead list does not read is found by the background
// check after start-up and told once, over the window; not again when the list
// already said it; a healthy replica says nothing.
#include "clock.h"
#include "demo/demogenerator.h"
#include "replicahealthcheck.h"
#include "filedamage.h"
#include "testreplica.h"
#include "workspace/session.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestReplicaHealthCheck : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    int m_activityRoot = 0;

    static QMessageBox *visibleBox()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()
                && box->objectName() == u"replicaDamaged"_s)
                return box;
        }
        return nullptr;
    }

    // A copy with one byte of the activity table's root page flipped.
    ReplicaConfig damagedCopy(QTemporaryDir &dir)
    {
        ReplicaConfig config = r->config;
        config.path = dir.filePath(u"replica.db"_s);
        QFile::copy(r->config.path, config.path);
        test::flipByte(config.path, qint64(m_activityRoot - 1) * test::kPageSize + 100);
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        DemoOptions options;
        options.leads = 200;
        QVERIFY(DemoGenerator(r->db(), options).run());
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'activity'"_s) && q.next());
        m_activityRoot = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4096);
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        q.finish();
        r->connection.reset();
    }
    void cleanupTestCase() { delete r; }

    void damageIsToldOnceOverTheWindow()
    {
        QTemporaryDir dir;
        const ReplicaConfig config = damagedCopy(dir);
        ReplicaConnection connection(config);
        QVERIFY(connection.isOpen());
        Session session(connection.database(), systemClock());
        QWidget window;
        window.show();
        ReplicaHealthCheck check(session, config, &window);
        QSignalSpy finished(&check, &ReplicaHealthCheck::finished);
        check.start(0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QMessageBox *box = visibleBox();
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"损坏"_s) && box->text().contains(u"未做任何改动"_s), qPrintable(box->text()));
        QVERIFY(box->text().contains(config.path)); // no server: keep the file, named
        QVERIFY(session.damageReported());
        box->close();
    }

    void notAgainWhenTheListSaidIt()
    {
        QTemporaryDir dir;
        const ReplicaConfig config = damagedCopy(dir);
        ReplicaConnection connection(config);
        Session session(connection.database(), systemClock());
        QVERIFY(session.noteDamageReported()); // as the lead list does when it finds the damage
        QWidget window;
        window.show();
        ReplicaHealthCheck check(session, config, &window);
        QSignalSpy finished(&check, &ReplicaHealthCheck::finished);
        check.start(0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!visibleBox());
    }

    void aHealthyReplicaSaysNothing()
    {
        ReplicaConnection connection(r->config);
        Session session(connection.database(), systemClock());
        QWidget window;
        window.show();
        ReplicaHealthCheck check(session, r->config, &window);
        QSignalSpy finished(&check, &ReplicaHealthCheck::finished);
        check.start(0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!visibleBox());
        QVERIFY(!session.damageReported());
    }
};

QTEST_MAIN(TestReplicaHealthCheck)
#include "tst_replicahealthcheck.moc"
