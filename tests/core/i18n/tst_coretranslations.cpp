// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Core messages reach dialogs and the status bar as they are: with the English
// translation installed (as `--lang en` does), they come out in English. Each
// case drives the real code path, so a context that lupdate recorded under
// another name than the one tr() uses at run time fails here.
#include "../workspace/openerharness.h"
#include "security/passphrasekdf.h"
#include "storage/migrator.h"
#include "sync/certificateprobe.h"
#include "sync/syncclient.h"
#include "testreplica.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::OpenerRun;

class TestCoreTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain: the workspace falls back to a passphrase.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sales-test-bus");
        QVERIFY(m_english.load(u":/i18n/sales_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void workspaceOpenerAndKeyStore()
    {
        QTemporaryDir dir;
        KeyStore store;
        const QString strong = u"青山绿水-2026-rep!"_s;
        const OpenerRun created = OpenerRun::run(dir.path(), &store, {strong});
        QVERIFY2(created.opened, qPrintable(created.message));
        QCOMPARE(created.info.name, u"Local workspace"_s);
        QCOMPARE(created.passphraseReasons.size(), 1);
        QVERIFY2(created.passphraseReasons.at(0).startsWith(u"The system keychain"_s),
                 qPrintable(created.passphraseReasons.at(0)));
        QVERIFY2(created.passphraseReasons.at(0).endsWith(
                     u"the local database will be protected with a passphrase instead."_s),
                 qPrintable(created.passphraseReasons.at(0)));

        const OpenerRun wrong = OpenerRun::run(dir.path(), &store, {u"not the passphrase"_s});
        QVERIFY(!wrong.opened);
        QCOMPARE(wrong.passphraseReasons,
                 (QStringList{u"This workspace's data is protected by a passphrase. Enter the passphrase to unlock it."_s,
                              u"The passphrase is incorrect. Please enter it again."_s}));
    }

    void passphraseWeakness()
    {
        QCOMPARE(sales::passphraseWeakness(u"abc"_s).left(31), u"The passphrase is too short: it"_s);
        QVERIFY(sales::passphraseWeakness(u"abcdefghijklmnop"_s).startsWith(u"The passphrase uses only one kind"_s));
    }

    void migratorRefusesNewerSchema()
    {
        test::TestReplica replica;
        QVERIFY(replica.connection->isOpen());
        const int newer = Migrator::latestVersion() + 5;
        QVERIFY(QSqlQuery(replica.db()).exec(u"PRAGMA user_version = %1"_s.arg(newer)));
        Migrator m(replica.db());
        QVERIFY(!m.migrate());
        QCOMPARE(m.errorText(),
                 u"This database was created by a newer version of the client (schema version %1; "
                 u"this program supports up to %2). Please update the client."_s.arg(newer)
                     .arg(Migrator::latestVersion()));
    }

    void replicaAndDriver()
    {
        QTemporaryDir dir;
        ReplicaConfig config;
        config.path = dir.filePath(u"absent.db"_s);
        config.keyHex = rawKeyToSqlCipherPassword(generateDatabaseKey());
        const ReplicaConnection missing(config);
        QCOMPARE(missing.error(), ReplicaError::Missing);
        QCOMPARE(missing.errorText(), u"Local database file not found: %1"_s.arg(config.path));

        test::TestReplica replica;
        QSqlQuery q(replica.db());
        QVERIFY(!q.exec(u"SELECT 1; SELECT 2"_s));
        QVERIFY2(q.lastError().text().contains(u"Only one SQL statement can be run at a time"_s),
                 qPrintable(q.lastError().text()));
    }

    void syncClient()
    {
        SyncClient client(u"http://127.0.0.1:1"_s, QString());
        QCOMPARE(client.get(u"/pull"_s).networkError,
                 u"The server address must start with https://: http://127.0.0.1:1"_s);
        CertificateProbe probe;
        QSignalSpy answered(&probe, &CertificateProbe::finished);
        probe.start(u"http://127.0.0.1:1"_s);
        QTRY_COMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(1).toString(), u"The server address must start with https://"_s);
    }

    void withoutTranslatorTheSourceIsChinese()
    {
        QCoreApplication::removeTranslator(&m_english);
        QCOMPARE(sales::passphraseWeakness(u"abc"_s).left(5), u"口令太短："_s);
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

private:
    QTranslator m_english;
};

QTEST_GUILESS_MAIN(TestCoreTranslations)
#include "tst_coretranslations.moc"
