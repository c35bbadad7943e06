// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs inside a private D-Bus session with a real, throwaway gnome-keyring.
#include "openerharness.h"
#include "security/keymaterial.h"
#include "sync/syncaccount.h"
#include "testreplica.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::OpenerRun;

class TestWorkspaceOpener : public QObject
{
    Q_OBJECT

    KeyStore store{u"cn.salescompass.Client.test"_s};

    QByteArray readKey(const QString &workspaceId)
    {
        QSignalSpy spy(&store, &KeyStore::keyRead);
        store.readKey(workspaceId);
        if (!spy.wait(10000))
            return {};
        return spy.first().at(1).toByteArray();
    }

    void writeKey(const QString &workspaceId, const QByteArray &key)
    {
        QSignalSpy spy(&store, &KeyStore::keyStored);
        store.storeKey(workspaceId, key);
        QVERIFY(spy.wait(10000));
        QVERIFY(spy.first().at(1).toBool());
    }

    static void damage(const ReplicaConfig &config)
    {
        {
            ReplicaConnection c(config);
            QSqlQuery(c.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile f(config.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(40);
        f.write(QByteArray(200, '\0'));
    }

private Q_SLOTS:
    void createsThenReopensWithKeychainKey()
    {
        QTemporaryDir dir;
        const OpenerRun first = OpenerRun::run(dir.path(), &store);
        QVERIFY2(first.opened, qPrintable(first.message));
        QVERIFY(first.created);
        QCOMPARE(first.info.custody, KeyCustody::Keychain);
        QVERIFY(first.passphraseReasons.isEmpty());
        QCOMPARE(QFile::permissions(dir.path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(dir.filePath(u"workspace.json"_s)) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QByteArray key = readKey(first.info.id);
        QCOMPARE(key.size(), 32);
        QCOMPARE(first.config.keyHex, rawKeyToSqlCipherPassword(key));
        {
            ReplicaConnection c(first.config);
            QVERIFY(QSqlQuery(c.database()).exec(u"INSERT INTO region (id, name, updated_at) VALUES ('r', '西南', 1)"_s));
        }

        const OpenerRun second = OpenerRun::run(dir.path(), &store);
        QVERIFY2(second.opened, qPrintable(second.message));
        QVERIFY(!second.created);
        QCOMPARE(second.info.id, first.info.id);
        ReplicaConnection c(second.config);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"SELECT name FROM region"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"西南"_s);
    }

    void wrongKeyInKeychainIsReportedAndChangesNothing()
    {
        QTemporaryDir dir;
        const OpenerRun first = OpenerRun::run(dir.path(), &store);
        QVERIFY(first.opened);
        writeKey(first.info.id, generateDatabaseKey());
        const QByteArray before = test::fileHash(dir.filePath(u"replica.db"_s));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        const OpenerRun second = OpenerRun::run(dir.path(), &store);
        QVERIFY(!second.opened);
        QCOMPARE(second.failure, WorkspaceFailure::WrongKey);
        QVERIFY(second.message.contains(u"不匹配"_s));
        QCOMPARE(test::fileHash(dir.filePath(u"replica.db"_s)), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);
    }

    void missingKeychainEntryIsReported()
    {
        QTemporaryDir dir;
        const OpenerRun first = OpenerRun::run(dir.path(), &store);
        QVERIFY(first.opened);
        QSignalSpy removed(&store, &KeyStore::keyRemoved);
        store.removeKey(first.info.id);
        QVERIFY(removed.wait(10000));
        const OpenerRun second = OpenerRun::run(dir.path(), &store);
        QCOMPARE(second.failure, WorkspaceFailure::KeyMissing);
        QVERIFY(second.message.contains(u"钥匙串"_s));
        QVERIFY(!second.message.contains(u"重新同步"_s)); // no server
        QVERIFY(QFile::exists(dir.filePath(u"replica.db"_s)));
    }

    void damagedReplicaIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const OpenerRun first = OpenerRun::run(dir.path(), &store);
        QVERIFY(first.opened);
        damage(first.config);
        const QByteArray before = test::fileHash(first.config.path);
        const OpenerRun second = OpenerRun::run(dir.path(), &store);
        QCOMPARE(second.failure, WorkspaceFailure::Damaged); // the key check passed, so the file is at fault
        QVERIFY(second.message.contains(u"损坏"_s));
        // A local-only workspace has no server to resync from: nothing offers one.
        QVERIFY2(!second.message.contains(u"重新同步"_s), qPrintable(second.message));
        QCOMPARE(test::fileHash(first.config.path), before);
    }

    void damagedReplicaOffersAResyncOnlyWithAServer()
    {
        QTemporaryDir dir;
        const OpenerRun first = OpenerRun::run(dir.path(), &store);
        QVERIFY(first.opened);
        QVERIFY(first.info.server.isEmpty());
        {
            ReplicaConnection c(first.config);
            SyncProfile profile;
            profile.serverUrl = u"https://sync.example.cn:8443"_s;
            QVERIFY(profile.save(c.database()));
        }
        const OpenerRun signedIn = OpenerRun::run(dir.path(), &store); // remembers the server, readable without the key
        QVERIFY(signedIn.opened);
        QCOMPARE(WorkspaceDir(dir.path()).readInfo()->server, u"https://sync.example.cn:8443"_s);
        damage(first.config);
        const OpenerRun damaged = OpenerRun::run(dir.path(), &store);
        QCOMPARE(damaged.failure, WorkspaceFailure::Damaged);
        QVERIFY2(damaged.message.contains(u"可从服务器 https://sync.example.cn:8443 重新同步此工作区。"_s),
                 qPrintable(damaged.message));
    }

    // A sign-in records the server at once: a replica damaged before the next open
    // still gets the resync offer.
    void aSignInRecordsTheServerWithoutWaitingForTheNextOpen()
    {
        QTemporaryDir dir;
        const OpenerRun run = OpenerRun::run(dir.path(), &store, {}, false, [](WorkspaceOpener &opener, const ReplicaConfig &c) {
            ReplicaConnection connection(c);
            SyncProfile profile;
            profile.serverUrl = u"https://sync.example.cn:8443"_s;
            QVERIFY(profile.save(connection.database())); // what a sign-in saves
            opener.rememberServer(connection.database()); // what the client does on signedIn
        });
        QVERIFY(run.opened);
        QCOMPARE(WorkspaceDir(dir.path()).readInfo()->server, u"https://sync.example.cn:8443"_s);
        damage(run.config);
        const OpenerRun damaged = OpenerRun::run(dir.path(), &store);
        QCOMPARE(damaged.failure, WorkspaceFailure::Damaged);
        QVERIFY2(damaged.message.contains(u"重新同步"_s), qPrintable(damaged.message));
    }

    void replicaWithoutDescriptionIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const OpenerRun first = OpenerRun::run(dir.path(), &store);
        QVERIFY(first.opened);
        QVERIFY(QFile::remove(dir.filePath(u"workspace.json"_s)));
        const QByteArray before = test::fileHash(dir.filePath(u"replica.db"_s));
        const OpenerRun second = OpenerRun::run(dir.path(), &store);
        QCOMPARE(second.failure, WorkspaceFailure::Damaged);
        QCOMPARE(test::fileHash(dir.filePath(u"replica.db"_s)), before);
        QVERIFY(!QFile::exists(dir.filePath(u"workspace.json"_s)));
    }

    void malformedDescriptionIsReported()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"workspace.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": 1, \"id\": ");
        f.close();
        const OpenerRun run = OpenerRun::run(dir.path(), &store);
        QCOMPARE(run.failure, WorkspaceFailure::Damaged);
        QVERIFY(run.message.contains(u"工作区描述文件"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"replica.db"_s)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOpener)
#include "tst_workspaceopener.moc"
