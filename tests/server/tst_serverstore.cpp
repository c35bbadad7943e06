// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store::prepared, the statements the server keeps prepared per connection: the
// same statement run again with other values answers for those values; a held
// statement, once out of scope, keeps no snapshot (on SQLite a reader would
// otherwise go on seeing the database as it was); a statement that does not
// prepare fails with its reason and is not kept. On SQLite, and with
// SALES_SERVER_STORAGE=postgres on a throwaway PostgreSQL cluster.
#include "pgcluster.h"
#include "store.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sales::server;

class TestServerStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    qint64 revNow()
    {
        const CachedQuery kept = Store::prepared(m_store->db(), u"SELECT value FROM rev WHERE id = 1"_s);
        QSqlQuery &q = *kept;
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        StorageConfig config;
        config.driver = u"sqlite"_s;
        config.path = m_dir.filePath(u"server.db"_s);
        if (qEnvironmentVariable("SALES_SERVER_STORAGE") == u"postgres"_s) {
            QString error;
            test::PgCluster *pg = test::PgCluster::instance(&error);
            QVERIFY2(pg, qPrintable(error));
            const auto pgConfig = pg->newDatabase(&error);
            QVERIFY2(pgConfig, qPrintable(error));
            config = *pgConfig;
        }
        m_store = std::make_unique<Store>(config);
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        for (const QString &name : {u"ann"_s, u"bob"_s, u"cy"_s}) {
            UserRecord u;
            u.uid = name + u"-uid"_s;
            u.name = name;
            u.role = u"rep"_s;
            u.passwordHash = "x";
            QVERIFY2(m_store->addUser(u, &error), qPrintable(error));
        }
    }
    void cleanupTestCase() { m_store.reset(); }

    void sameStatementOtherValues()
    {
        for (int round = 0; round < 3; ++round) {
            for (const QString &name : {u"cy"_s, u"ann"_s, u"bob"_s}) {
                const auto u = m_store->userByName(name);
                QVERIFY(u);
                QCOMPARE(u->name, name);
                QCOMPARE(u->uid, name + u"-uid"_s);
            }
            QVERIFY(!m_store->userByName(u"nobody"_s));
            QCOMPARE(m_store->userByUid(u"bob-uid"_s)->name, u"bob"_s);
        }
    }

    void heldStatementKeepsNoSnapshot()
    {
        // Read on this thread's connection, then write on another thread's:
        // this thread must see the write.
        const qint64 before = revNow();
        QVERIFY(before >= 0);
        {
            // Held with its row unread to the end, then dropped.
            const CachedQuery kept = Store::prepared(m_store->db(), u"SELECT uid FROM users ORDER BY id"_s);
            QSqlQuery &q = *kept;
            QVERIFY(q.exec() && q.next());
        }
        bool written = false;
        QThread *writer = QThread::create([&] {
            QSqlDatabase db = m_store->db();
            QSqlQuery q(db);
            written = q.exec(u"UPDATE rev SET value = value + 5 WHERE id = 1"_s);
        });
        writer->start();
        QVERIFY(writer->wait(20000));
        delete writer;
        QVERIFY(written);
        QCOMPARE(revNow(), before + 5);
    }

    void badStatementFailsAndIsNotKept()
    {
        for (int i = 0; i < 2; ++i) {
            const CachedQuery kept = Store::prepared(m_store->db(), u"SELECT nothing FROM nowhere"_s);
            QSqlQuery &q = *kept;
            QVERIFY(!q.exec());
            QVERIFY2(q.lastError().isValid(), "no reason given");
        }
        QCOMPARE(revNow() >= 0, true); // the connection still answers
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
