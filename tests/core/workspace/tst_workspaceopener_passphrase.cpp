// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// No keychain here (the session bus points nowhere): the workspace falls back
// to a passphrase, and says why.
#include "leakscan.h"
#include "openerharness.h"
#include "testreplica.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::OpenerRun;

class TestWorkspaceOpenerPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sales-test-bus");
    }

    void fallsBackToPassphraseAndSaysWhy()
    {
        QTemporaryDir dir;
        KeyStore store;
        const QString strong = u"青山绿水-2026-rep!"_s;
        const OpenerRun first = OpenerRun::run(dir.path(), &store, {u"abc"_s, strong});
        QVERIFY2(first.opened, qPrintable(first.message));
        QVERIFY(first.created);
        QCOMPARE(first.info.custody, KeyCustody::Passphrase);
        QVERIFY(first.info.kdf.has_value());
        QCOMPARE(first.passphraseReasons.size(), 2);
        QVERIFY2(first.passphraseReasons.at(0).contains(u"钥匙串"_s), qPrintable(first.passphraseReasons.at(0)));
        QVERIFY(!first.passphraseReasons.at(1).isEmpty()); // the weak one was refused with a reason
        {
            ReplicaConnection c(first.config);
            QVERIFY(QSqlQuery(c.database()).exec(u"INSERT INTO region (id, name, updated_at) VALUES ('r', '西北', 1)"_s));
        }

        const OpenerRun wrongThenRight = OpenerRun::run(dir.path(), &store, {u"not the passphrase"_s, strong});
        QVERIFY2(wrongThenRight.opened, qPrintable(wrongThenRight.message));
        QVERIFY(!wrongThenRight.created);
        QCOMPARE(wrongThenRight.passphraseReasons.size(), 2);
        QVERIFY(wrongThenRight.passphraseReasons.at(1).contains(u"口令不正确"_s));
        QCOMPARE(wrongThenRight.config.keyHex, first.config.keyHex);
        ReplicaConnection c(wrongThenRight.config);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"SELECT name FROM region"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"西北"_s);

        // Neither the passphrase nor the key it derives is written anywhere.
        const QByteArray key = QByteArray::fromHex(first.config.keyHex.toLatin1());
        QCOMPARE(key.size(), 32);
        const QStringList hits =
            test::filesContaining({dir.path()}, test::secretForms(key) + test::secretForms(strong.toUtf8()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }

    void wrongPassphraseNeverOpensOrChangesTheFile()
    {
        QTemporaryDir dir;
        KeyStore store;
        QVERIFY(OpenerRun::run(dir.path(), &store, {u"青山绿水-2026-rep!"_s}).opened);
        const QByteArray before = test::fileHash(dir.filePath(u"replica.db"_s));
        const OpenerRun wrong = OpenerRun::run(dir.path(), &store, {u"guess-1-GUESS"_s});
        QVERIFY(!wrong.opened);
        QVERIFY(!wrong.failure.has_value()); // it asks again instead of failing
        QCOMPARE(wrong.passphraseReasons.size(), 2);
        QCOMPARE(test::fileHash(dir.filePath(u"replica.db"_s)), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOpenerPassphrase)
#include "tst_workspaceopener_passphrase.moc"
