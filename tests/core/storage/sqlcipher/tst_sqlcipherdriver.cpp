// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlciphertestutil.h"
#include "walworker.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <limits>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using sales::test::Connection;
using sales::test::WalWorker;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openCreatesFileAndRefusesEmptyKey();
    void badOptionsAreRejected();
    void features();
    void handleIsTheSqliteConnection();
    void positionalAndNamedBinds();
    void typeRoundTrips();
    void transactions();
    void commitAfterSelect();
    void lastInsertIdAndRowsAffected();
    void secondStatementRejected();
    void errorsAreClear();
    void closeWithLiveQueries();
    void twoThreadsShareWalFile();
    void noOtherSqliteLoaded();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_key;
};

void TestSqlCipherDriver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sales::registerSqlCipherDriver();
    sales::registerSqlCipherDriver(); // idempotent
    QVERIFY(QSqlDatabase::isDriverAvailable(QString(sales::SqlCipherDriverName)));
    m_key = sales::test::randomHexKey();
}

void TestSqlCipherDriver::openCreatesFileAndRefusesEmptyKey()
{
    const QString file = path(u"create.db"_s);
    {
        Connection c(file, m_key);
        QVERIFY2(c.isOpen(), qPrintable(c.error().text()));
        QSqlQuery q(c.db);
        QVERIFY2(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"PRAGMA cipher_page_size"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"4096"_s);
    }
    QVERIFY(QFileInfo::exists(file));
    {
        Connection c(file, m_key, QString()); // exists now: no CREATE needed
        QVERIFY2(c.isOpen(), qPrintable(c.error().text()));
        QCOMPARE(c.db.tables(), QStringList{u"t"_s});
    }
    const QString other = path(u"nokey.db"_s);
    Connection c(other, QString());
    QVERIFY(!c.isOpen());
    QCOMPARE(c.error().type(), QSqlError::ConnectionError);
    QVERIFY(c.error().driverText().contains(u"密钥"_s));
    QVERIFY(!QFileInfo::exists(other));
}

void TestSqlCipherDriver::badOptionsAreRejected()
{
    Connection c(path(u"opts.db"_s), m_key, u"QSQLCIPHER_CREATE;QSQLCIPHER_PAGE_SIZE=1000"_s);
    QVERIFY(!c.isOpen());
    QCOMPARE(c.error().type(), QSqlError::ConnectionError);
    QVERIFY(!QFileInfo::exists(path(u"opts.db"_s)));

    Connection ok(path(u"opts2.db"_s), m_key,
                  u" QSQLCIPHER_CREATE ; QSQLCIPHER_PAGE_SIZE=8192;QSQLCIPHER_BUSY_TIMEOUT=100"_s);
    QVERIFY2(ok.isOpen(), qPrintable(ok.error().text()));
    QSqlQuery q(ok.db);
    QVERIFY(q.exec(u"PRAGMA cipher_page_size"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 8192);
}

void TestSqlCipherDriver::features()
{
    Connection c(path(u"features.db"_s), m_key);
    QVERIFY(c.isOpen());
    const QSqlDriver *d = c.db.driver();
    for (auto f : {QSqlDriver::Transactions, QSqlDriver::BLOB, QSqlDriver::Unicode,
                   QSqlDriver::LastInsertId, QSqlDriver::PreparedQueries,
                   QSqlDriver::PositionalPlaceholders, QSqlDriver::FinishQuery,
                   QSqlDriver::SimpleLocking, QSqlDriver::LowPrecisionNumbers})
        QVERIFY2(d->hasFeature(f), qPrintable(QString::number(f)));
    for (auto f : {QSqlDriver::NamedPlaceholders, QSqlDriver::QuerySize,
                   QSqlDriver::BatchOperations, QSqlDriver::EventNotifications,
                   QSqlDriver::MultipleResultSets, QSqlDriver::CancelQuery})
        QVERIFY2(!d->hasFeature(f), qPrintable(QString::number(f)));
    QCOMPARE(d->escapeIdentifier(u"a\"b"_s, QSqlDriver::FieldName), u"\"a\"\"b\""_s);
    QCOMPARE(d->escapeIdentifier(u"main.t"_s, QSqlDriver::TableName), u"\"main\".\"t\""_s);
    QCOMPARE(d->escapeIdentifier(u"\"x\""_s, QSqlDriver::TableName), u"\"x\""_s);
    QSqlField blob(u"b"_s, QMetaType::fromType<QByteArray>());
    blob.setValue(QByteArray("\x01\xff", 2));
    QCOMPARE(d->formatValue(blob), u"X'01ff'"_s);
    QSqlField flag(u"f"_s, QMetaType::fromType<bool>());
    flag.setValue(true);
    QCOMPARE(d->formatValue(flag), u"1"_s);
}

void TestSqlCipherDriver::handleIsTheSqliteConnection()
{
    Connection c(path(u"handle.db"_s), m_key);
    QVERIFY(c.isOpen());
    const QVariant h = c.db.driver()->handle();
    QCOMPARE(QByteArray(h.typeName()), QByteArrayLiteral("sqlite3*"));
    sqlite3 *db = qvariant_cast<sqlite3 *>(h);
    QVERIFY(db);
    QCOMPARE(sqlite3_get_autocommit(db), 1);
    QVERIFY(c.db.transaction());
    QCOMPARE(sqlite3_get_autocommit(db), 0);
    QVERIFY(c.db.rollback());
    QSqlQuery q(c.db);
    QVERIFY(q.exec(u"PRAGMA cipher_version"_s) && q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
}

void TestSqlCipherDriver::positionalAndNamedBinds()
{
    Connection c(path(u"binds.db"_s), m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(q.exec(u"CREATE TABLE p (a INTEGER, b TEXT, c INTEGER)"_s));
    QVERIFY(q.prepare(u"INSERT INTO p (a, b, c) VALUES (?, ?, ?)"_s));
    q.addBindValue(1);
    q.addBindValue(u"一"_s);
    q.addBindValue(10);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // Named, out of order, and :n used twice.
    QVERIFY(q.prepare(u"INSERT INTO p (c, b, a) VALUES (:n * 10, :b, :n)"_s));
    q.bindValue(u":b"_s, u"二"_s);
    q.bindValue(u":n"_s, 2);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // A ':' inside a literal is not a placeholder.
    QVERIFY(q.prepare(u"SELECT a, b, c, '12:30' FROM p WHERE a = :a OR c = :a ORDER BY a"_s));
    q.bindValue(u":a"_s, 20);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toString(), u"二"_s);
    QCOMPARE(q.value(2).toInt(), 20);
    QCOMPARE(q.value(3).toString(), u"12:30"_s);
    QVERIFY(!q.next());
    // Re-executing a prepared statement with new values.
    q.bindValue(u":a"_s, 1);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), u"一"_s);
    // Too few values is an error, not a silent NULL.
    QVERIFY(q.prepare(u"SELECT ?, ?"_s));
    q.addBindValue(1);
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
}

void TestSqlCipherDriver::typeRoundTrips()
{
    Connection c(path(u"types.db"_s), m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(q.exec(u"CREATE TABLE v (t TEXT, b BLOB, n TEXT, big INTEGER, small INTEGER, "
                   "d REAL, flag BOOLEAN, e TEXT, eb BLOB, dt TEXT)"_s));
    const QString text = u"华东区重点客户：张伟 🚀 \"引号\" 'x'"_s;
    const QByteArray blob("\0\x01\0\xff\0", 5);
    const QDateTime when(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    QVERIFY(q.prepare(u"INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    q.addBindValue(text);
    q.addBindValue(blob);
    q.addBindValue(QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(std::numeric_limits<qlonglong>::max());
    q.addBindValue(std::numeric_limits<qlonglong>::min());
    q.addBindValue(3.141592653589793);
    q.addBindValue(true);
    q.addBindValue(u""_s);
    q.addBindValue(QByteArray(""));
    q.addBindValue(when);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QVERIFY(q.exec(u"SELECT t, b, n, big, small, d, flag, e, eb, dt, typeof(n) FROM v"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).typeId(), QMetaType::QString);
    QCOMPARE(q.value(0).toString(), text);
    QCOMPARE(q.value(1).typeId(), QMetaType::QByteArray);
    QCOMPARE(q.value(1).toByteArray(), blob);
    QVERIFY(q.isNull(2));
    QVERIFY(q.value(2).isNull());
    QCOMPARE(q.value(2).typeId(), QMetaType::QString); // declared TEXT
    QCOMPARE(q.value(3).typeId(), QMetaType::LongLong);
    QCOMPARE(q.value(3).toLongLong(), std::numeric_limits<qlonglong>::max());
    QCOMPARE(q.value(4).toLongLong(), std::numeric_limits<qlonglong>::min());
    QCOMPARE(q.value(5).typeId(), QMetaType::Double);
    QCOMPARE(q.value(5).toDouble(), 3.141592653589793);
    QCOMPARE(q.value(6).toLongLong(), 1);
    QVERIFY(!q.isNull(7));
    QCOMPARE(q.value(7).toString(), QString());
    QVERIFY(!q.isNull(8));
    QCOMPARE(q.value(8).toByteArray().size(), 0);
    QCOMPARE(QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs), when);
    QCOMPARE(q.value(10).toString(), u"null"_s);

    const QSqlRecord rec = q.record();
    QCOMPARE(rec.count(), 11);
    QCOMPARE(rec.fieldName(3), u"big"_s);
    QCOMPARE(rec.field(3).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(rec.field(1).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(rec.value(0).toString(), text);
}

void TestSqlCipherDriver::transactions()
{
    Connection c(path(u"tx.db"_s), m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(q.exec(u"CREATE TABLE x (v INTEGER)"_s));
    QVERIFY(c.db.transaction());
    QVERIFY(q.exec(u"INSERT INTO x VALUES (1)"_s));
    QVERIFY(c.db.commit());
    QVERIFY(c.db.transaction());
    QVERIFY(q.exec(u"INSERT INTO x VALUES (2)"_s));
    QVERIFY(c.db.rollback());
    QVERIFY(q.exec(u"SELECT group_concat(v) FROM x"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"1"_s);
    // COMMIT without BEGIN: a TransactionError carrying sqlite's code.
    QVERIFY(!c.db.commit());
    QCOMPARE(c.db.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(c.db.lastError().nativeErrorCode(), u"1"_s);
}

void TestSqlCipherDriver::commitAfterSelect()
{
    Connection c(path(u"busy.db"_s), m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(q.exec(u"CREATE TABLE x (v INTEGER)"_s));
    QVERIFY(q.exec(u"INSERT INTO x VALUES (1), (2), (3)"_s));
    QVERIFY(c.db.transaction());
    QSqlQuery read(c.db);
    QVERIFY(read.exec(u"SELECT v FROM x"_s));
    while (read.next()) {
    }
    QSqlQuery partial(c.db);
    QVERIFY(partial.exec(u"SELECT v FROM x"_s) && partial.next()); // left mid-way
    QVERIFY(q.exec(u"INSERT INTO x VALUES (4)"_s));
    QVERIFY2(c.db.commit(), qPrintable(c.db.lastError().text()));
    partial.finish();
    QVERIFY(q.exec(u"SELECT count(*) FROM x"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    Connection c(path(u"ids.db"_s), m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(q.exec(u"CREATE TABLE r (id INTEGER PRIMARY KEY, v TEXT)"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(u"INSERT INTO r (id, v) VALUES (41, 'a')"_s));
    QVERIFY(q.prepare(u"INSERT INTO r (v) VALUES (?)"_s));
    q.addBindValue(u"b"_s);
    QVERIFY(q.exec());
    QCOMPARE(q.lastInsertId().toLongLong(), 42);
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(u"UPDATE r SET v = 'z'"_s));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(!q.lastInsertId().isValid());
    QVERIFY(q.exec(u"UPDATE r SET v = 'q' WHERE id = 999"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(u"DELETE FROM r WHERE id = 41"_s));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(u"SELECT * FROM r"_s));
    QCOMPARE(q.size(), -1);

    // A prepared "SELECT *" re-run after ALTER TABLE reports the new column.
    QSqlQuery all(c.db);
    QVERIFY(all.prepare(u"SELECT * FROM r"_s));
    QVERIFY(all.exec());
    QCOMPARE(all.record().count(), 2);
    all.finish();
    QVERIFY(q.exec(u"ALTER TABLE r ADD COLUMN extra TEXT DEFAULT '新'"_s));
    QVERIFY(all.exec() && all.next());
    QCOMPARE(all.record().count(), 3);
    QCOMPARE(all.record().fieldName(2), u"extra"_s);
    QCOMPARE(all.value(2).toString(), u"新"_s);
}

void TestSqlCipherDriver::secondStatementRejected()
{
    Connection c(path(u"multi.db"_s), m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(!q.exec(u"CREATE TABLE a (x); CREATE TABLE b (y)"_s));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(q.lastError().driverText().contains(u"一次只能执行一条 SQL 语句"_s));
    QVERIFY(c.db.tables().isEmpty()); // nothing of it ran
    QVERIFY(!q.prepare(u"SELECT 1; SELECT 2"_s));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    // Trailing semicolons, blanks and comments are fine.
    QVERIFY2(q.exec(u"SELECT 1; ;  -- done\n /* really */ "_s), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestSqlCipherDriver::errorsAreClear()
{
    Connection c(path(u"errors.db"_s), m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(!q.exec(u"SELEC * FROM nowhere"_s));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QCOMPARE(q.lastError().nativeErrorCode(), u"1"_s);
    QVERIFY(q.lastError().databaseText().contains(u"syntax error"_s));
    QVERIFY(q.lastError().driverText().contains(u"SQL 语句有误"_s));
    QVERIFY(!q.exec(u"SELECT * FROM nowhere"_s));
    QVERIFY(q.lastError().databaseText().contains(u"no such table: nowhere"_s));

    QVERIFY(q.exec(u"CREATE TABLE u (k TEXT PRIMARY KEY NOT NULL)"_s));
    QVERIFY(q.exec(u"INSERT INTO u VALUES ('a')"_s));
    QVERIFY(!q.exec(u"INSERT INTO u VALUES ('a')"_s));
    QCOMPARE(q.lastError().nativeErrorCode(), u"19"_s);
    QVERIFY(q.lastError().driverText().contains(u"约束"_s));
}

void TestSqlCipherDriver::closeWithLiveQueries()
{
    std::unique_ptr<QSqlQuery> outliving;
    {
        Connection c(path(u"live.db"_s), m_key);
        QVERIFY(c.isOpen());
        QSqlQuery q(c.db);
        QVERIFY(q.exec(u"CREATE TABLE l (v INTEGER)"_s));
        QVERIFY(q.exec(u"INSERT INTO l VALUES (1), (2)"_s));
        QVERIFY(q.exec(u"SELECT v FROM l"_s) && q.next());
        QSqlQuery prepared(c.db);
        QVERIFY(prepared.prepare(u"SELECT v FROM l WHERE v = ?"_s));
        c.db.close(); // finalizes both statements; sqlite3_close_v2 must not be left pending
        QVERIFY(!q.isActive());
        QVERIFY(!q.next());
        prepared.addBindValue(1);
        QVERIFY(!prepared.exec());
        QVERIFY(c.db.open());
        QVERIFY(q.exec(u"SELECT count(*) FROM l"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        outliving = std::make_unique<QSqlQuery>(u"SELECT v FROM l"_s, c.db);
        QVERIFY(outliving->next());
    } // the connection (and its driver) goes away before the query
    QVERIFY(!outliving->next());
    outliving.reset();
}

void TestSqlCipherDriver::twoThreadsShareWalFile()
{
    const QString file = path(u"wal.db"_s);
    {
        Connection c(file, m_key);
        QVERIFY(c.isOpen());
        QSqlQuery q(c.db);
        QVERIFY(q.exec(u"PRAGMA journal_mode=WAL"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"CREATE TABLE w (tag INTEGER, n INTEGER)"_s));
    }
    WalWorker a(file, m_key, 1);
    WalWorker b(file, m_key, 2);
    a.start();
    b.start();
    QVERIFY(a.wait(60000));
    QVERIFY(b.wait(60000));
    QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.join(u'\n')));
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.join(u'\n')));

    Connection c(file, m_key);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db);
    QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT tag) FROM w"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2000);
    QCOMPARE(q.value(1).toInt(), 2);
}

void TestSqlCipherDriver::noOtherSqliteLoaded()
{
    Connection c(path(u"maps.db"_s), m_key);
    QVERIFY(c.isOpen());
    QFile maps(u"/proc/self/maps"_s);
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray text = maps.readAll();
    QVERIFY(text.contains("libsqlcipher"));
    QVERIFY2(!text.contains("libqsqlite"), "Qt's QSQLITE plugin is loaded");
    QVERIFY2(!text.contains("libsqlite3.so"), "the system libsqlite3 is loaded");
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
