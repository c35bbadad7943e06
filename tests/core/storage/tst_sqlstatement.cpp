// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlcipher/sqlcipherdriver.h"
#include "storage/sqlstatement.h"
#include "testreplica.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

// typeof() and the value as SQLite stored it, read back through QSqlQuery so a
// wrong bind cannot be hidden by the matching wrong read in SqlStatement.
struct Stored
{
    QString type;
    QVariant value;
};

Stored stored(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT typeof(v), v FROM t WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {u"<missing>"_s, {}};
    return {q.value(0).toString(), q.value(1)};
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

} // namespace

class TestSqlStatement : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;

    // Inserts v under id with a fresh statement bound by bind(stmt, 2).
    template<typename Bind>
    bool insertWith(qint64 id, Bind bind)
    {
        SqlStatement s(r->db(), u"INSERT INTO t (id, v) VALUES (?, ?)"_s);
        if (!s.isValid())
            return false;
        s.bindInt64(1, id);
        bind(s, 2);
        return s.exec() && s.changes() == 1;
    }

private Q_SLOTS:
    void init()
    {
        r = new test::TestReplica;
        QVERIFY(r->connection->isOpen());
        QVERIFY(run(r->db(), u"CREATE TABLE t (id INTEGER PRIMARY KEY, v)"_s));
    }
    void cleanup()
    {
        delete r;
        r = nullptr;
    }

    void int64RoundTrips_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("negative") << qint64(-42);
        QTest::newRow("beyond 32 bits") << qint64(-5'000'000'000);
        QTest::newRow("beyond double precision") << qint64(9'007'199'254'740'993);
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }
    void int64RoundTrips()
    {
        QFETCH(qint64, value);
        QVERIFY(insertWith(1, [&](SqlStatement &s, int i) { s.bindInt64(i, value); }));
        const Stored st = stored(r->db(), 1);
        QCOMPARE(st.type, u"integer"_s);
        QCOMPARE(st.value.toLongLong(), value);

        SqlStatement read(r->db(), u"SELECT v FROM t WHERE id = ?"_s);
        read.bindInt64(1, 1);
        QVERIFY(read.exec());
        QVERIFY(read.hasRow());
        QVERIFY(!read.columnIsNull(0));
        QCOMPARE(read.columnInt64(0), value);
    }

    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("codePoints");
        QTest::newRow("ascii") << u"Acme Ltd"_s << qint64(8);
        QTest::newRow("chinese") << u"杭州智联云服信息技术有限公司"_s << qint64(14);
        // Outside the BMP: a surrogate pair in UTF-16, four bytes in UTF-8.
        QTest::newRow("emoji") << u"签约 🎉🚀 完成"_s << qint64(8);
        QTest::newRow("empty") << u""_s << qint64(0);
    }
    void textRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(qint64, codePoints);
        QVERIFY(insertWith(1, [&](SqlStatement &s, int i) { s.bindText(i, QStringView(text)); }));
        const QByteArray utf8 = text.toUtf8();
        QVERIFY(insertWith(2, [&](SqlStatement &s, int i) { s.bindText(i, utf8); }));
        QVERIFY(insertWith(3, [&](SqlStatement &s, int i) { s.bindTextNoCopy(i, utf8); }));

        for (qint64 id = 1; id <= 3; ++id) {
            const Stored st = stored(r->db(), id);
            QCOMPARE(st.type, u"text"_s); // an empty text is '' and not NULL
            QCOMPARE(st.value.toString(), text);
            QCOMPARE(scalar(r->db(), u"SELECT length(v) FROM t WHERE id = %1"_s.arg(id)), codePoints);
            QCOMPARE(scalar(r->db(), u"SELECT length(CAST(v AS BLOB)) FROM t WHERE id = %1"_s.arg(id)),
                     qint64(utf8.size()));
        }

        SqlStatement read(r->db(), u"SELECT v FROM t ORDER BY id"_s);
        QVERIFY(read.exec());
        for (int row = 0; row < 3; ++row) {
            QVERIFY2(read.hasRow(), qPrintable(u"row %1"_s.arg(row)));
            QVERIFY(!read.columnIsNull(0));
            const QString back = read.columnText(0);
            QCOMPARE(back, text);
            QVERIFY(!back.isNull());
            read.next();
        }
        QVERIFY(!read.hasRow());
    }

    void noCopyTextIsReadAtExec()
    {
        SqlStatement s(r->db(), u"INSERT INTO t (id, v) VALUES (?, ?)"_s);
        QByteArray buffer = u"上海 +86 138-0013-8000"_s.toUtf8();
        for (qint64 id = 1; id <= 2; ++id) {
            s.bindInt64(1, id);
            s.bindTextNoCopy(2, buffer);
            QVERIFY2(s.exec(), qPrintable(s.errorText()));
            buffer = u"北京 010-6552-9988"_s.toUtf8(); // the next row's text, in a new buffer
        }
        QCOMPARE(stored(r->db(), 1).value.toString(), u"上海 +86 138-0013-8000"_s);
        QCOMPARE(stored(r->db(), 2).value.toString(), u"北京 010-6552-9988"_s);
    }

    void nullRoundTrips()
    {
        QVERIFY(insertWith(1, [](SqlStatement &s, int i) { s.bindNull(i); }));
        QVERIFY(insertWith(2, [](SqlStatement &s, int i) { s.bindInt64(i, 0); }));
        QCOMPARE(stored(r->db(), 1).type, u"null"_s);

        SqlStatement read(r->db(), u"SELECT v FROM t ORDER BY id"_s);
        QVERIFY(read.exec());
        QVERIFY(read.hasRow());
        QVERIFY(read.columnIsNull(0));
        QVERIFY(read.columnText(0).isNull());
        QCOMPARE(read.columnInt64(0), qint64(0));
        QVERIFY(read.next());
        QVERIFY(!read.columnIsNull(0)); // 0 is a value, not NULL
        QVERIFY(!read.next());
    }

    void variantBindsAsQSqlQuery_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("QString") << QVariant(u"智联云服 🚀"_s) << u"text"_s << QVariant(u"智联云服 🚀"_s);
        QTest::newRow("int") << QVariant(-860000) << u"integer"_s << QVariant(qint64(-860000));
        QTest::newRow("qlonglong") << QVariant(qlonglong(1) << 40) << u"integer"_s << QVariant(qlonglong(1) << 40);
        const QByteArray bytes("\x00\x01\xff\xfe", 4);
        QTest::newRow("QByteArray") << QVariant(bytes) << u"blob"_s << QVariant(bytes);
        QTest::newRow("invalid") << QVariant() << u"null"_s << QVariant();
        QTest::newRow("null QString") << QVariant(QString()) << u"null"_s << QVariant();
    }
    void variantBindsAsQSqlQuery()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, type);
        QFETCH(QVariant, expected);
        QVERIFY(insertWith(1, [&](SqlStatement &s, int i) { s.bindValue(i, value); }));
        // The same value through QSqlQuery must be stored identically.
        QSqlQuery q(r->db());
        q.prepare(u"INSERT INTO t (id, v) VALUES (2, ?)"_s);
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        for (qint64 id = 1; id <= 2; ++id) {
            const Stored st = stored(r->db(), id);
            QCOMPARE(st.type, type);
            if (expected.isValid())
                QCOMPARE(st.value, expected);
            else
                QVERIFY(st.value.isNull());
        }
    }

    void changesCountsOnlyThisStatementsRows()
    {
        SqlStatement insert(r->db(), u"INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b'), (3, 'c')"_s);
        QVERIFY(insert.exec());
        QCOMPARE(insert.changes(), 3);

        // Nothing matched, so nothing changed.
        SqlStatement none(r->db(), u"UPDATE t SET v = 'x' WHERE id = ?"_s);
        none.bindInt64(1, 999);
        QVERIFY(none.exec());
        QVERIFY(!none.hasRow());
        QCOMPARE(none.changes(), 0);

        SqlStatement one(r->db(), u"UPDATE t SET v = 'x' WHERE id = ?"_s);
        one.bindInt64(1, 2);
        QVERIFY(one.exec());
        QCOMPARE(one.changes(), 1);

        SqlStatement all(r->db(), u"UPDATE t SET v = 'y'"_s);
        QVERIFY(all.exec());
        QCOMPARE(all.changes(), 3);
        QCOMPARE(scalar(r->db(), u"SELECT count(*) FROM t WHERE v = 'y'"_s), qint64(3));

        // Rows a trigger writes are not the statement's own.
        QVERIFY(run(r->db(), u"CREATE TABLE audit (n INTEGER)"_s));
        QVERIFY(run(r->db(), u"CREATE TEMP TRIGGER t_audit AFTER UPDATE ON t BEGIN "
                             "INSERT INTO audit VALUES (1); INSERT INTO audit VALUES (2); END"_s));
        one.bindInt64(1, 1);
        QVERIFY(one.exec());
        QCOMPARE(one.changes(), 1);
        QCOMPARE(scalar(r->db(), u"SELECT count(*) FROM audit"_s), qint64(2));

        // sqlite3_changes() keeps the last DML count through statements that are not
        // DML: a read and a CREATE right after a change report none.
        SqlStatement select(r->db(), u"SELECT id FROM t WHERE id > 100"_s);
        QVERIFY(select.exec());
        QVERIFY(!select.hasRow());
        QCOMPARE(select.changes(), 0);
        QVERIFY(all.exec());
        QCOMPARE(all.changes(), 3);
        SqlStatement ddl(r->db(), u"CREATE TABLE other (x)"_s);
        QVERIFY(ddl.exec());
        QCOMPARE(ddl.changes(), 0);
    }

    void selectReadsEveryRow()
    {
        QVERIFY(run(r->db(), u"INSERT INTO t (id, v) VALUES (5, 'e'), (1, 'a'), (4, NULL), (2, 'b'), (3, 'c')"_s));
        SqlStatement s(r->db(), u"SELECT id, v FROM t WHERE id >= ? ORDER BY id DESC"_s);
        s.bindInt64(1, 2);
        QVERIFY(s.exec());
        QList<qint64> ids;
        QStringList texts;
        while (s.hasRow()) {
            ids.append(s.columnInt64(0));
            texts.append(s.columnIsNull(1) ? u"<null>"_s : s.columnText(1));
            s.next();
        }
        QCOMPARE(ids, (QList<qint64>{5, 4, 3, 2}));
        QCOMPARE(texts, (QStringList{u"e"_s, u"<null>"_s, u"c"_s, u"b"_s}));
        QVERIFY(!s.next());
        QVERIFY(s.errorText().isEmpty());

        // After the end the statement runs again (the bindings were cleared).
        s.bindInt64(1, 5);
        QVERIFY(s.exec());
        QVERIFY(s.hasRow());
        QCOMPARE(s.columnInt64(0), qint64(5));
        QVERIFY(!s.next());

        SqlStatement empty(r->db(), u"SELECT id FROM t WHERE id > 100"_s);
        QVERIFY(empty.exec());
        QVERIFY(!empty.hasRow());
        QVERIFY(!empty.next());
    }

    void resetReleasesAReadInProgress()
    {
        QVERIFY(run(r->db(), u"CREATE TABLE scratch (n INTEGER)"_s));
        QVERIFY(run(r->db(), u"INSERT INTO scratch VALUES (1), (2), (3)"_s));
        SqlStatement s(r->db(), u"SELECT n FROM scratch ORDER BY n"_s);
        QVERIFY(s.exec());
        QVERIFY(s.hasRow());
        QCOMPARE(s.columnInt64(0), qint64(1));

        // While the read is open, the table cannot be dropped: the probe means something.
        {
            SqlStatement drop(r->db(), u"DROP TABLE scratch"_s);
            QVERIFY(drop.isValid());
            QVERIFY(!drop.exec());
            QVERIFY2(drop.errorText().contains(u"locked"_s), qPrintable(drop.errorText()));
        }

        s.reset();
        QVERIFY(!s.hasRow());
        QVERIFY(s.columnIsNull(0));
        QVERIFY(!s.next());

        SqlStatement insert(r->db(), u"INSERT INTO t (id, v) VALUES (1, 'after reset')"_s);
        QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
        QCOMPARE(insert.changes(), 1);
        SqlStatement drop(r->db(), u"DROP TABLE scratch"_s);
        QVERIFY2(drop.exec(), qPrintable(drop.errorText()));
        QCOMPARE(scalar(r->db(), u"SELECT count(*) FROM sqlite_master WHERE name = 'scratch'"_s), qint64(0));
    }

    void syntaxErrorIsInvalid()
    {
        SqlStatement s(r->db(), u"SELEC id FROM t"_s);
        QVERIFY(!s.isValid());
        QVERIFY(!s.errorText().isEmpty());
        QVERIFY2(s.errorText().contains(u"syntax error"_s), qPrintable(s.errorText()));
        QCOMPARE(s.parameterCount(), 0);
        s.bindInt64(1, 1); // ignored, no crash
        QVERIFY(!s.exec());
        QVERIFY(!s.hasRow());
        QVERIFY(!s.errorText().isEmpty());

        SqlStatement missing(r->db(), u"SELECT nope FROM t"_s);
        QVERIFY(!missing.isValid());
        QVERIFY2(missing.errorText().contains(u"nope"_s), qPrintable(missing.errorText()));

        SqlStatement nothing(r->db(), u"  -- only a comment"_s);
        QVERIFY(!nothing.isValid());
        QVERIFY(!nothing.errorText().isEmpty());
        QVERIFY(!nothing.exec());
    }

    void constraintViolationLeavesTableUnchanged()
    {
        SqlStatement s(r->db(), u"INSERT INTO t (id, v) VALUES (?, ?)"_s);
        s.bindInt64(1, 7);
        s.bindText(2, QStringView(u"first"));
        QVERIFY(s.exec());

        s.bindInt64(1, 7);
        s.bindText(2, QStringView(u"second"));
        QVERIFY(!s.exec());
        QVERIFY(!s.hasRow());
        QCOMPARE(s.changes(), 0);
        QVERIFY2(s.errorText().contains(u"UNIQUE constraint failed: t.id"_s), qPrintable(s.errorText()));
        QCOMPARE(scalar(r->db(), u"SELECT count(*) FROM t"_s), qint64(1));
        QCOMPARE(stored(r->db(), 7).value.toString(), u"first"_s);

        // The statement stays usable after the failure.
        s.bindInt64(1, 8);
        s.bindText(2, QStringView(u"third"));
        QVERIFY2(s.exec(), qPrintable(s.errorText()));
        QCOMPARE(scalar(r->db(), u"SELECT count(*) FROM t"_s), qint64(2));
    }

    void bindOutOfRangeFailsExec()
    {
        SqlStatement s(r->db(), u"INSERT INTO t (id, v) VALUES (?, ?)"_s);
        s.bindInt64(1, 1);
        s.bindText(2, QStringView(u"x"));
        s.bindInt64(3, 3); // there is no third parameter
        QVERIFY(!s.exec());
        QVERIFY(!s.errorText().isEmpty());
        QCOMPARE(scalar(r->db(), u"SELECT count(*) FROM t"_s), qint64(0));
        // SQLITE_RANGE is 25, reported when exec() runs, not at the bind.
        QVERIFY2(s.errorText().contains(u"out of range (25)"_s), qPrintable(s.errorText()));

        // The failure is not carried over to the next run.
        s.bindInt64(1, 1);
        s.bindText(2, QStringView(u"x"));
        QVERIFY2(s.exec(), qPrintable(s.errorText()));
        QCOMPARE(scalar(r->db(), u"SELECT count(*) FROM t"_s), qint64(1));
    }

    void resetClearsABindError()
    {
        SqlStatement s(r->db(), u"INSERT INTO t (id, v) VALUES (?, ?)"_s);
        s.bindInt64(3, 1); // out of range, remembered for exec()
        s.reset();         // "clears the bindings"
        s.bindInt64(1, 50);
        s.bindText(2, QStringView(u"ok"));
        QVERIFY2(s.exec(), qPrintable(s.errorText()));
        QCOMPARE(stored(r->db(), 50).value.toString(), u"ok"_s);
    }

    void parameterCount()
    {
        QCOMPARE(SqlStatement(r->db(), u"SELECT 1"_s).parameterCount(), 0);
        QCOMPARE(SqlStatement(r->db(), u"INSERT INTO t (id, v) VALUES (?, ?)"_s).parameterCount(), 2);
        QCOMPARE(SqlStatement(r->db(), u"SELECT ?1 + ?1 + ?3"_s).parameterCount(), 3);
        QCOMPARE(SqlStatement(r->db(), u"SELECT :a, :b, :a"_s).parameterCount(), 2);
        QCOMPARE(SqlStatement().parameterCount(), 0);
    }

    void notAnOpenSqlCipherConnection_data()
    {
        QTest::addColumn<QString>("driver"); // empty: a default-constructed QSqlDatabase
        QTest::addColumn<bool>("open");
        QTest::newRow("no driver") << QString() << false;
        QTest::newRow("QSQLCIPHER closed") << QString(SqlCipherDriverName) << false;
        QTest::newRow("QSQLITE open") << u"QSQLITE"_s << true;
    }
    void notAnOpenSqlCipherConnection()
    {
        QFETCH(QString, driver);
        QFETCH(bool, open);
        const QString name = u"tst_sqlstatement_other"_s;
        {
            QSqlDatabase db;
            if (!driver.isEmpty()) {
                if (!QSqlDatabase::isDriverAvailable(driver))
                    QSKIP("driver not installed");
                db = QSqlDatabase::addDatabase(driver, name);
                db.setDatabaseName(open ? u":memory:"_s : r->dir.filePath(u"never-opened.db"_s));
                QVERIFY(db.isValid());
                if (open)
                    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QCOMPARE(db.isOpen(), open);
            }
            SqlStatement s(db, u"SELECT 1"_s);
            // The check compares the handle's metatype, and Qt merges metatypes by
            // name: the QSQLITE plugin's handle is also a "sqlite3*". Here it only
            // works because the plugin's sqlite3_* calls bind to libsqlcipher in this
            // process; with a Qt that bundles SQLite into the plugin it is another
            // library's struct.
            QVERIFY(!s.isValid());
            QVERIFY2(s.errorText().contains(u"QSQLCIPHER"_s), qPrintable(s.errorText()));
            QCOMPARE(s.parameterCount(), 0);
            QVERIFY(!s.exec());
            QVERIFY(!s.hasRow());
            QVERIFY2(s.errorText().contains(u"QSQLCIPHER"_s), qPrintable(s.errorText()));
        }
        QSqlDatabase::removeDatabase(name);
    }

    void moveKeepsAWorkingStatement()
    {
        SqlStatement a(r->db(), u"INSERT INTO t (id, v) VALUES (?, ?)"_s);
        QVERIFY(a.isValid());
        SqlStatement b(std::move(a));
        QVERIFY(!a.isValid());
        QVERIFY(b.isValid());
        QCOMPARE(b.parameterCount(), 2);
        b.bindInt64(1, 1);
        b.bindText(2, QStringView(u"moved"));
        QVERIFY2(b.exec(), qPrintable(b.errorText()));
        QCOMPARE(b.changes(), 1);
        QCOMPARE(stored(r->db(), 1).value.toString(), u"moved"_s);

        // Assigning over a statement that is half-way through a read finalizes it:
        // afterwards the table it was reading can be dropped.
        QVERIFY(run(r->db(), u"CREATE TABLE scratch (n INTEGER)"_s));
        QVERIFY(run(r->db(), u"INSERT INTO scratch VALUES (1), (2)"_s));
        SqlStatement c(r->db(), u"SELECT n FROM scratch"_s);
        QVERIFY(c.exec());
        QVERIFY(c.hasRow());
        c = std::move(b);
        QVERIFY(c.isValid());
        QVERIFY(!c.hasRow());
        c.bindInt64(1, 2);
        c.bindText(2, QStringView(u"assigned"));
        QVERIFY2(c.exec(), qPrintable(c.errorText()));
        QCOMPARE(stored(r->db(), 2).value.toString(), u"assigned"_s);
        QVERIFY(run(r->db(), u"DROP TABLE scratch"_s));

        // A moved-from statement carries no row into its new home.
        SqlStatement reading(r->db(), u"SELECT id FROM t ORDER BY id"_s);
        QVERIFY(reading.exec());
        SqlStatement moved(std::move(reading));
        QVERIFY(moved.hasRow());
        QCOMPARE(moved.columnInt64(0), qint64(1));
        QVERIFY(moved.next());
        QCOMPARE(moved.columnInt64(0), qint64(2));
        QVERIFY(!moved.next());
    }
};

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
