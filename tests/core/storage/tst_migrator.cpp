// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"
#include "migrationfixture.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::EmptyDb;

namespace {

QStringList schemaOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return out;
}

QMap<QString, int> rowCounts(const QSqlDatabase &db)
{
    QMap<QString, int> counts;
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : std::as_const(tables)) {
        QSqlQuery c(db);
        c.exec(u"SELECT count(*) FROM %1"_s.arg(t));
        c.next();
        counts.insert(t, c.value(0).toInt());
    }
    return counts;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseReachesLatest()
    {
        EmptyDb e;
        Migrator m(e.db());
        QCOMPARE(m.currentVersion(), 0);
        QVERIFY2(m.migrate(), qPrintable(m.errorText()));
        QVERIFY(Migrator::latestVersion() >= 3);
        QCOMPARE(m.currentVersion(), Migrator::latestVersion());
        QVERIFY(e.db().tables().contains(u"lead"_s));
        QVERIFY(e.db().tables().contains(u"pending_change"_s));
        // Running again is a no-op.
        QVERIFY(m.migrate());
        QCOMPARE(m.currentVersion(), Migrator::latestVersion());
    }

    void everyOlderVersionHasAFixture()
    {
        for (int v = 1; v < Migrator::latestVersion(); ++v)
            QVERIFY2(QFile::exists(test::fixturePath(v)),
                     qPrintable(u"tests/data/migrations/v%1.sql is missing: add data for that version"_s.arg(v)));
    }

    void upgradesFromEveryOlderVersionWithData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrator::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryOlderVersionWithData()
    {
        QFETCH(int, version);
        EmptyDb old;
        QVERIFY(test::seedReplicaAtVersion(old.db(), version));
        Migrator oldMigrator(old.db());
        const QMap<QString, int> before = rowCounts(old.db());

        QVERIFY2(oldMigrator.migrate(), qPrintable(oldMigrator.errorText()));
        QCOMPARE(oldMigrator.currentVersion(), Migrator::latestVersion());

        // Every row survives, with its values.
        const QMap<QString, int> after = rowCounts(old.db());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QSqlQuery q(old.db());
        QVERIFY(q.exec(u"SELECT l.title, l.amount_yuan, a.name, l.rev FROM lead l JOIN account a ON a.id = l.account_id "
                         "WHERE l.id = 'l1'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"恒通数控加工中心"_s);
        QCOMPARE(q.value(1).toLongLong(), 1280000);
        QCOMPARE(q.value(2).toString(), u"苏州恒通精密机械有限公司"_s);
        QCOMPARE(q.value(3).toInt(), 5);

        // And the schema is exactly what a fresh install gets.
        EmptyDb fresh;
        QVERIFY(Migrator(fresh.db()).migrate());
        QCOMPARE(schemaOf(old.db()), schemaOf(fresh.db()));
    }

    void failedMigrationLeavesPreviousVersionWhole()
    {
        QTemporaryDir dir;
        const QDir source(u":/sales/migrations"_s);
        for (const QString &name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
        const int next = Migrator::latestVersion() + 1;
        QFile bad(dir.filePath(u"%1_bad.sql"_s.arg(next, 4, 10, QLatin1Char('0'))));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("CREATE TABLE half_done (id TEXT);\nINSERT INTO no_such_table VALUES (1);\n");
        bad.close();

        EmptyDb e;
        Migrator m(e.db(), dir.path());
        QVERIFY(!m.migrate());
        QVERIFY(m.errorText().contains(u"_bad.sql"_s));
        QCOMPARE(m.currentVersion(), Migrator::latestVersion());
        QVERIFY(!e.db().tables().contains(u"half_done"_s));
    }

    void refusesSchemaFromNewerClient()
    {
        EmptyDb e;
        QVERIFY(Migrator(e.db()).migrate());
        QSqlQuery(e.db()).exec(u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 5));
        Migrator m(e.db());
        QVERIFY(!m.migrate());
        QVERIFY(m.errorText().contains(u"更新版本"_s));
        QCOMPARE(m.currentVersion(), Migrator::latestVersion() + 5);
    }

    void splitsStatementsLikeSqlite()
    {
        const QStringList s = Migrator::splitStatements(
            u"-- comment; not a statement\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
            u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 'y';\nEND;\n-- trailing comment\n"_s);
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).contains(u"'a;b'"_s));
        QVERIFY(s.at(1).startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(s.at(1).endsWith(u"END;"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
