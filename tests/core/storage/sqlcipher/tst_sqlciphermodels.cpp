// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlciphertestutil.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sales::test::Connection;

// Scrolling, forward-only scans and Qt's SQL models on QSQLCIPHER.
class TestSqlCipherModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tablesRecordAndPrimaryIndex();
    void forwardOnlyScan();
    void seekBackwards();
    void queryModel();
    void tableModelEdit();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;
};

void TestSqlCipherModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_conn = std::make_unique<Connection>(m_dir.filePath(u"models.db"_s),
                                          sales::test::randomHexKey());
    QVERIFY2(m_conn->isOpen(), qPrintable(m_conn->error().text()));
    QSqlDatabase db = m_conn->db;
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                   "amount REAL DEFAULT 0)"_s));
    QVERIFY(q.exec(u"CREATE TABLE pair (a INTEGER, b TEXT DEFAULT 'it''s', c BLOB, "
                   "PRIMARY KEY (b, a))"_s));
    QVERIFY(q.exec(u"CREATE VIEW big_view AS SELECT id FROM big"_s));
    QVERIFY(db.transaction());
    QVERIFY(q.prepare(u"INSERT INTO big (id, name, amount) VALUES (?, ?, ?)"_s));
    for (int i = 1; i <= 10000; ++i) {
        q.bindValue(0, i);
        q.bindValue(1, u"客户 %1"_s.arg(i));
        q.bindValue(2, i * 0.5);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(db.commit());
}

void TestSqlCipherModels::cleanupTestCase()
{
    m_conn.reset();
}

void TestSqlCipherModels::tablesRecordAndPrimaryIndex()
{
    QSqlDatabase db = m_conn->db;
    QCOMPARE(db.tables(QSql::Tables), (QStringList{u"big"_s, u"pair"_s}));
    QCOMPARE(db.tables(QSql::Views), QStringList{u"big_view"_s});
    QVERIFY(db.tables(QSql::SystemTables).contains(u"sqlite_master"_s));
    QVERIFY(!db.tables(QSql::SystemTables).contains(u"big"_s));

    const QSqlRecord rec = db.record(u"big"_s);
    QCOMPARE(rec.count(), 3);
    QCOMPARE(rec.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(rec.field(0).isAutoValue());
    QCOMPARE(rec.field(1).requiredStatus(), QSqlField::Required);
    QCOMPARE(rec.field(2).metaType(), QMetaType::fromType<double>());
    QCOMPARE(rec.field(2).defaultValue().toString(), u"0"_s);
    QCOMPARE(db.record(u"\"big\""_s).count(), 3);
    QCOMPARE(db.record(u"main.big"_s).count(), 3);
    QVERIFY(db.record(u"missing"_s).isEmpty());

    const QSqlIndex pk = db.primaryIndex(u"big"_s);
    QCOMPARE(pk.count(), 1);
    QCOMPARE(pk.fieldName(0), u"id"_s);
    const QSqlIndex pk2 = db.primaryIndex(u"pair"_s);
    QCOMPARE(pk2.count(), 2);
    QCOMPARE(pk2.fieldName(0), u"b"_s); // declared order of the key, not of the columns
    QCOMPARE(pk2.fieldName(1), u"a"_s);
    const QSqlRecord rec2 = db.record(u"pair"_s);
    QVERIFY(!rec2.field(0).isAutoValue());
    QCOMPARE(rec2.field(1).defaultValue().toString(), u"it's"_s);
    QCOMPARE(rec2.field(2).metaType(), QMetaType::fromType<QByteArray>());
}

void TestSqlCipherModels::forwardOnlyScan()
{
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT id, name, amount FROM big ORDER BY id"_s));
    qlonglong sum = 0;
    int rows = 0;
    while (q.next()) {
        ++rows;
        sum += q.value(0).toLongLong();
        if (rows == 1234)
            QCOMPARE(q.value(1).toString(), u"客户 1234"_s);
    }
    QVERIFY(!q.lastError().isValid());
    QCOMPARE(rows, 10000);
    QCOMPARE(sum, 10000LL * 10001 / 2);
    QVERIFY(!q.previous());

    QVERIFY(q.exec(u"SELECT id, name FROM big ORDER BY id"_s));
    QVERIFY(q.next() && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(!q.seek(0)); // no going back without a cache
    QVERIFY(q.seek(99));
    QCOMPARE(q.value(0).toInt(), 100);
    QVERIFY(q.last());
    QCOMPARE(q.at(), 9999);
    QCOMPARE(q.value(1).toString(), u"客户 10000"_s);
    QVERIFY(!q.next());

    // A finished forward-only SELECT holds nothing open: a write transaction commits.
    QVERIFY(m_conn->db.transaction());
    QSqlQuery w(m_conn->db);
    QVERIFY(w.exec(u"UPDATE big SET amount = amount WHERE id = 1"_s));
    QVERIFY2(m_conn->db.commit(), qPrintable(m_conn->db.lastError().text()));
}

void TestSqlCipherModels::seekBackwards()
{
    QSqlQuery q(m_conn->db);
    QVERIFY(!q.isForwardOnly());
    QVERIFY(q.exec(u"SELECT id, name FROM big WHERE id <= 3000 ORDER BY id"_s));
    QVERIFY(q.seek(2500));
    QCOMPARE(q.value(0).toInt(), 2501);
    QVERIFY(q.seek(10));
    QCOMPARE(q.value(0).toInt(), 11);
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toInt(), 10);
    QVERIFY(q.seek(5, true));
    QCOMPARE(q.value(0).toInt(), 15);
    QVERIFY(q.first());
    QCOMPARE(q.value(1).toString(), u"客户 1"_s);
    QVERIFY(!q.previous());
    QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
    QVERIFY(q.last());
    QCOMPARE(q.at(), 2999);
    QCOMPARE(q.value(0).toInt(), 3000);
    QVERIFY(!q.seek(3000));
    QVERIFY(q.seek(1999));
    QCOMPARE(q.value(0).toInt(), 2000);
    QCOMPARE(q.record().value(1).toString(), u"客户 2000"_s);
}

void TestSqlCipherModels::queryModel()
{
    QSqlQueryModel model;
    model.setQuery(QSqlQuery(u"SELECT id, name FROM big WHERE id <= 1000 ORDER BY id"_s,
                             m_conn->db));
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"name"_s);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.data(model.index(999, 1)).toString(), u"客户 1000"_s);
    QCOMPARE(model.data(model.index(0, 0)).toInt(), 1);
    QCOMPARE(model.data(model.index(500, 0)).toInt(), 501);
}

void TestSqlCipherModels::tableModelEdit()
{
    QSqlDatabase db = m_conn->db;
    {
        QSqlTableModel model(nullptr, db);
        model.setTable(u"big"_s);
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setFilter(u"id <= 20"_s);
        model.setSort(0, Qt::AscendingOrder);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 20);
        const int nameCol = model.fieldIndex(u"name"_s);
        QCOMPARE(model.data(model.index(4, nameCol)).toString(), u"客户 5"_s);
        QVERIFY(model.setData(model.index(4, nameCol), u"改名后的客户"_s));

        const int row = model.rowCount();
        QVERIFY(model.insertRow(row));
        QVERIFY(model.setData(model.index(row, nameCol), u"新客户"_s));
        QVERIFY(model.setData(model.index(row, model.fieldIndex(u"amount"_s)), 7.25));
        QVERIFY(model.removeRow(0));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    }
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT name FROM big WHERE id = 5"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"改名后的客户"_s);
    QVERIFY(q.exec(u"SELECT id, amount FROM big WHERE name = '新客户'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 10001);
    QCOMPARE(q.value(1).toDouble(), 7.25);
    QVERIFY(q.exec(u"SELECT count(*) FROM big WHERE id = 1"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    QSqlTableModel reread(nullptr, db);
    reread.setTable(u"big"_s);
    reread.setFilter(u"id = 5"_s);
    QVERIFY(reread.select());
    QCOMPARE(reread.rowCount(), 1);
    QCOMPARE(reread.record(0).value(u"name"_s).toString(), u"改名后的客户"_s);
}

QTEST_GUILESS_MAIN(TestSqlCipherModels)
#include "tst_sqlciphermodels.moc"
