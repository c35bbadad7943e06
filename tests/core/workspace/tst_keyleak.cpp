// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A lost laptop must leak nothing: after a workspace has been created, filled
// and used, the key appears in no file of the workspace, the settings or the log.
// Runs inside a private D-Bus session with a throwaway gnome-keyring.
#include "demo/demogenerator.h"
#include "leakscan.h"
#include "logfile.h"
#include "openerharness.h"

#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestKeyLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"SalesCompassTest"_s);
        QCoreApplication::setApplicationName(u"keyleak"_s);
    }

    void keyIsInNoFile()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"logs/sales-client.log"_s);
        QVERIFY(installLogFile(log));
        KeyStore store;
        const QString root = dir.filePath(u"workspace"_s);
        const auto run = test::OpenerRun::run(root, &store, {}, true);
        QVERIFY2(run.opened, qPrintable(run.message));
        QCOMPARE(run.info.custody, KeyCustody::Keychain);
        {
            ReplicaConnection c(run.config);
            DemoOptions options;
            options.leads = 300;
            DemoGenerator generator(c.database(), options);
            QVERIFY2(generator.run(), qPrintable(generator.errorText()));
        }
        // Reopen through the keychain, as a second start does; settings get written as the app does.
        const auto again = test::OpenerRun::run(root, &store);
        QVERIFY(again.opened);
        QSettings settings;
        settings.setValue(u"mainWindow/geometry"_s, QByteArray(64, 'g'));
        settings.setValue(u"workspace/last"_s, root);
        settings.sync();

        QSignalSpy read(&store, &KeyStore::keyRead);
        store.readKey(run.info.id);
        QVERIFY(read.wait(10000));
        const QByteArray key = read.first().at(1).toByteArray();
        QCOMPARE(key.size(), 32);

        QVERIFY(QFileInfo(log).size() > 0); // the log was really written...
        QVERIFY(QFile::exists(settings.fileName()));
        int scanned = 0;
        const QStringList hits =
            test::filesContaining({root, settings.fileName(), log}, test::secretForms(key), &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        QVERIFY(scanned >= 4); // replica, its WAL, workspace.json, settings, log

        // ...and the scan would have caught a leak.
        QFile bait(root + u"/bait.txt"_s);
        QVERIFY(bait.open(QIODevice::WriteOnly));
        bait.write("key=" + key.toHex());
        bait.close();
        QCOMPARE(test::filesContaining({root}, test::secretForms(key)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
