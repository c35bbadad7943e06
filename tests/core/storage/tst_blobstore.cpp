// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "storage/blobstore.h"
#include "testreplica.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestBlobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesByContentAddress()
    {
        test::TestReplica r;
        BlobStore blobs(r.db(), systemClock());
        const QByteArray data("\x89PNG\r\n\x1a\n\0\0 需求确认单", 30);
        const QString sha = blobs.put(data, u"image/png"_s);
        QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QVERIFY(blobs.contains(sha));
        QCOMPARE(blobs.get(sha).value(), data);
        QCOMPARE(blobs.get(sha.toUpper()).value(), data);
    }

    void sameFileIsStoredOnce()
    {
        test::TestReplica r;
        BlobStore blobs(r.db(), systemClock());
        const QByteArray data(100000, 'x');
        QCOMPARE(blobs.put(data, {}), blobs.put(data, u"text/plain"_s));
        QSqlQuery q(r.db());
        QVERIFY(q.exec(u"SELECT count(*), sum(size) FROM blob"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toLongLong(), 100000);
    }

    void refusesEmptyAndOversized()
    {
        test::TestReplica r;
        BlobStore blobs(r.db(), systemClock());
        QVERIFY(blobs.put({}, {}).isEmpty());
        QVERIFY(!blobs.errorText().isEmpty());
        QVERIFY(blobs.put(QByteArray(BlobStore::MaxBytes + 1, 'a'), {}).isEmpty());
        QVERIFY(blobs.errorText().contains(u"过大"_s));
        QVERIFY(!blobs.put(QByteArray(BlobStore::MaxBytes, 'a'), {}).isEmpty());
    }

    void detectsDamagedContent()
    {
        test::TestReplica r;
        BlobStore blobs(r.db(), systemClock());
        const QString sha = blobs.put("original", {});
        QSqlQuery q(r.db());
        q.prepare(u"UPDATE blob SET data = ? WHERE sha256 = ?"_s);
        q.addBindValue(QByteArray("tampered"));
        q.addBindValue(sha);
        QVERIFY(q.exec());
        QVERIFY(!blobs.get(sha));
        QVERIFY(blobs.errorText().contains(u"校验"_s));
        QVERIFY(!blobs.get(QString(64, u'0')));
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
