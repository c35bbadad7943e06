// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server's numbered schema migrations: a new data folder is at the latest
// version; a folder of the schema before versions were recorded (version 1), with
// data in it, upgrades and keeps its data and meaning (an op's stored answer is
// still its sender's, a file's uploader may still name it); a folder from a newer
// server is refused. On SQLite, and with SALES_SERVER_STORAGE=postgres on a
// throwaway PostgreSQL cluster.
#include "pgcluster.h"
#include "schema.h"
#include "store.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales::server;

class TestServerSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    StorageConfig freshStorage()
    {
        StorageConfig config;
        config.driver = u"sqlite"_s;
        config.path = m_dir.filePath(u"server-%1.db"_s.arg(++m_serial));
        if (qEnvironmentVariable("SALES_SERVER_STORAGE") == u"postgres"_s) {
            QString error;
            test::PgCluster *pg = test::PgCluster::instance(&error);
            if (!pg)
                qFatal("%s", qPrintable(error));
            const auto pgConfig = pg->newDatabase(&error);
            if (!pgConfig)
                qFatal("%s", qPrintable(error));
            config = *pgConfig;
        }
        return config;
    }
    static bool exec(Store &store, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(store.db());
        bool ok = false;
        if (binds.isEmpty()) {
            ok = q.exec(sql); // PostgreSQL prepares only queries and DML, not DROP
        } else {
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ok = q.exec();
        }
        if (!ok) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    static int version(Store &store)
    {
        QString error;
        QSqlDatabase db = store.db();
        return schema::currentVersion(db, &error);
    }

private Q_SLOTS:
    void newFolderIsAtTheLatestVersion()
    {
        Store store(freshStorage());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(version(store), schema::latestVersion());
        // Opening again runs nothing twice.
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(version(store), schema::latestVersion());
        QSqlQuery q(store.db());
        QVERIFY(q.exec(u"SELECT count(*) FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), schema::latestVersion());
    }

    void unversionedFolderWithDataUpgrades()
    {
        const StorageConfig storage = freshStorage();
        const QString opId = u"0190a3c2-1111-7000-8000-000000000001"_s;
        const QString sha = QString(64, u'c');
        const QByteArray answer =
            QJsonDocument(QJsonObject{{u"op"_s, opId}, {u"status"_s, u"applied"_s},
                                      {u"row"_s, QJsonObject{{u"rev"_s, 1}, {u"f"_s, QJsonObject{{u"name"_s, u"华东"_s}}}}}})
                .toJson(QJsonDocument::Compact);
        {
            // The folder as a server before schema versions left it: version 1's tables, no schema_version.
            Store old(storage);
            QString error;
            QVERIFY2(old.open(&error, 1), qPrintable(error));
            QVERIFY(exec(old, u"DROP TABLE schema_version"_s));
            QCOMPARE(version(old), 1);
            QVERIFY(exec(old, u"INSERT INTO users (uid, name, role, password_hash) VALUES ('ann-uid', 'ann', 'rep', 'x')"_s));
            QVERIFY(exec(old, u"INSERT INTO users (uid, name, role, password_hash) VALUES ('root-uid', 'root', 'admin', 'x')"_s));
            QVERIFY(exec(old, u"UPDATE rev SET value = 1"_s));
            QVERIFY(exec(old, u"INSERT INTO sync_row (entity, id, rev, scope, data) VALUES ('region', 'r1', 1, 'global', ?)"_s,
                         {u"{\"name\":\"华东\",\"updated_at\":1,\"deleted\":0}"_s}));
            QVERIFY(exec(old, u"INSERT INTO applied_op (op_id, user_uid, digest, result, applied_at) VALUES (?, 'root-uid', 'd1', ?, 'then')"_s,
                         {opId, QString::fromUtf8(answer)}));
            QVERIFY(exec(old, u"INSERT INTO blob (sha256, size, data, uploaded_by, created_at) VALUES (?, 3, ?, 'ann-uid', 'then')"_s,
                         {sha, QByteArray("abc")}));
        }
        Store store(storage);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(version(store), schema::latestVersion());
        QCOMPARE(store.userByName(u"ann"_s)->uid, u"ann-uid"_s);
        QCOMPARE(store.currentRev(), qint64(1));
        SyncStore sync(store);
        QCOMPARE(sync.rowCount(), qint64(1));
        // The stored answer is still its sender's: root's retry gets it back ...
        OpRequest op;
        op.opId = opId;
        op.entity = u"region"_s;
        op.rowId = u"r1"_s;
        op.fields = QJsonObject{{u"name"_s, u"华东"_s}};
        op.digest = u"d1"_s;
        const UserRecord root = *store.userByName(u"root"_s);
        const OpResult again = sync.apply(Viewer::of(root, 7), op);
        QCOMPARE(again.status, u"applied"_s);
        QCOMPARE(again.row->value(u"name"_s).toString(), u"华东"_s);
        QCOMPARE(store.currentRev(), qint64(1)); // nothing applied twice
        // ... and the same op id from ann is her own op (a rep may not write regions).
        const UserRecord ann = *store.userByName(u"ann"_s);
        const OpResult hers = sync.apply(Viewer::of(ann, 8), op);
        QCOMPARE(hers.status, u"rejected"_s);
        QCOMPARE(hers.code, u"forbidden"_s);
        // The file's uploader is recorded as having it: she may read it back and name it.
        QCOMPARE(sync.blob(Viewer::of(ann, 8), sha).value_or(QByteArray()), QByteArray("abc"));
        QCOMPARE(sync.missingBlobs(Viewer::of(ann, 8), {sha}), QStringList());
        QCOMPARE(sync.missingBlobs(Viewer{u"bob-uid"_s, u"rep"_s, {}, {}, 9}, {sha}), QStringList{sha});
    }

    void newerFolderIsRefused()
    {
        const StorageConfig storage = freshStorage();
        {
            Store store(storage);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY(exec(store, u"INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')"_s));
        }
        Store store(storage);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"99"_s) && error.contains(u"newer"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
