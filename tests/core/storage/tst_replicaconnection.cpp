// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"
#include "testreplica.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::TestReplica;

namespace {

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

// Writes a row, checkpoints and closes, so the main file holds everything.
void populate(TestReplica &r)
{
    QSqlQuery q(r.db());
    QVERIFY(q.exec(u"INSERT INTO region (id, name, updated_at) VALUES ('r1', '华东', 1)"_s));
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    q.finish();
    r.connection.reset();
}

} // namespace

class TestReplicaConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsMigratedWalReplica()
    {
        TestReplica r;
        QVERIFY2(r.connection->isOpen(), qPrintable(r.connection->errorText()));
        QSqlQuery q(r.db());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Migrator::latestVersion());
        // Only the owner may read it.
        const auto perms = QFile::permissions(r.config.path);
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!perms.testFlag(QFileDevice::ReadGroup) && !perms.testFlag(QFileDevice::ReadOther));
        // Foreign keys are enforced.
        QVERIFY(!q.exec(u"INSERT INTO contact (id, account_id, name, created_at, updated_at) "
                        u"VALUES ('c', 'missing', 'x', 1, 1)"_s));
    }

    void reopensWithTheKey()
    {
        TestReplica r;
        populate(r);
        ReplicaConnection again(r.config);
        QVERIFY2(again.isOpen(), qPrintable(again.errorText()));
        QSqlQuery q(again.database());
        QVERIFY(q.exec(u"SELECT name FROM region WHERE id = 'r1'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"华东"_s);
    }

    void wrongKeyChangesNothing()
    {
        TestReplica r;
        populate(r);
        const QByteArray before = test::fileHash(r.config.path);
        const QStringList files = filesIn(r.dir.path());
        ReplicaConfig wrong = r.config;
        wrong.keyHex = rawKeyToSqlCipherPassword(generateDatabaseKey());
        ReplicaConnection c(wrong);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error(), ReplicaError::WrongKeyOrDamaged);
        QVERIFY(c.errorText().contains(u"密钥"_s));
        QCOMPARE(test::fileHash(r.config.path), before);
        QCOMPARE(filesIn(r.dir.path()), files);
        // Asking to create does not create over an existing file either.
        wrong.create = true;
        ReplicaConnection c2(wrong);
        QVERIFY(!c2.isOpen());
        QCOMPARE(test::fileHash(r.config.path), before);
    }

    void truncatedFileIsReportedAndLeftAlone_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; -1 = half
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte short of a page") << 4095;
        QTest::newRow("half") << -1;
    }

    void truncatedFileIsReportedAndLeftAlone()
    {
        QFETCH(int, keep);
        TestReplica r;
        populate(r);
        QFile f(r.config.path);
        QVERIFY(f.resize(keep < 0 ? f.size() / 2 + 100 : keep));
        const QByteArray before = test::fileHash(r.config.path);
        ReplicaConnection c(r.config);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error(), ReplicaError::Damaged);
        QVERIFY(c.errorText().contains(u"损坏"_s));
        QCOMPARE(test::fileHash(r.config.path), before);
    }

    void corruptFirstPageIsReported()
    {
        TestReplica r;
        populate(r);
        QFile f(r.config.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(64, '\x5a'));
        f.close();
        const QByteArray before = test::fileHash(r.config.path);
        ReplicaConnection c(r.config);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error(), ReplicaError::WrongKeyOrDamaged);
        QCOMPARE(test::fileHash(r.config.path), before);
    }

    void writeErrorOnANearlyFullDiskSaysSoAndHowMuchIsNeeded()
    {
        TestReplica r;
        populate(r);
        const qint64 MiB = 1024 * 1024;
        const qint64 neededMiB = (QFileInfo(r.config.path).size() + 16 * MiB + MiB - 1) / MiB;
        // A -wal that cannot be written: SQLite fails as it does on a full disk, with an I/O error.
        QVERIFY(QDir().mkdir(r.config.path + u"-wal"_s));
        const QByteArray before = test::fileHash(r.config.path);

        ReplicaConfig full = r.config;
        full.bytesAvailable = [](const QString &) { return qint64(3) * 1024 * 1024; };
        {
            ReplicaConnection c(full);
            QVERIFY(!c.isOpen());
            QCOMPARE(c.error(), ReplicaError::DiskFull);
            QVERIFY2(c.errorText().startsWith(u"磁盘已满：本地数据库所在的磁盘只剩 3 MB 可用"_s), qPrintable(c.errorText()));
            QVERIFY2(c.errorText().contains(u"需要约 %1 MB"_s.arg(neededMiB)), qPrintable(c.errorText()));
        }
        ReplicaConfig roomy = r.config; // the same error with space to spare is not called a full disk
        roomy.bytesAvailable = [](const QString &) { return qint64(1) << 40; };
        {
            ReplicaConnection c(roomy);
            QVERIFY(!c.isOpen());
            QCOMPARE(c.error(), ReplicaError::Failed);
            QVERIFY(!c.errorText().contains(u"磁盘已满"_s));
        }
        QCOMPARE(test::fileHash(r.config.path), before);
    }

    void missingFileIsNotCreated()
    {
        QTemporaryDir dir;
        ReplicaConfig config;
        config.path = dir.filePath(u"nothing.db"_s);
        config.keyHex = rawKeyToSqlCipherPassword(generateDatabaseKey());
        ReplicaConnection c(config);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error(), ReplicaError::Missing);
        QVERIFY(!QFile::exists(config.path));
    }

    void oneConnectionPerThread()
    {
        TestReplica r;
        populate(r);
        ReplicaConnection main(r.config);
        QVERIFY(main.isOpen());
        int seen = -1;
        QThread *worker = QThread::create([&] {
            ReplicaConnection own(r.config); // never the main thread's connection
            QSqlQuery q(own.database());
            QVERIFY(q.exec(u"INSERT INTO region (id, name, updated_at) VALUES ('r2', '华南', 1)"_s));
            QVERIFY(q.exec(u"SELECT count(*) FROM region"_s) && q.next());
            seen = q.value(0).toInt();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(seen, 2);
        QSqlQuery q(main.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM region"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReplicaConnection)
#include "tst_replicaconnection.moc"
