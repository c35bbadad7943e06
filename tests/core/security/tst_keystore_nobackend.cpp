// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// No Secret Service: the session bus address names a socket that does not exist.
#include "security/keystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using Status = sales::KeyStore::Status;

namespace {
constexpr int kTimeoutMs = 10'000;
}

class TestKeyStoreNoBackend final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before the first keychain call: GLib and QtKeychain read these once.
        const QByteArray bus = "unix:path=" + QFile::encodeName(m_dir.filePath(u"no-such-bus"_s));
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        // Desktop hints would steer QtKeychain to KWallet instead of libsecret.
        for (const char* name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                                 "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
            qunsetenv(name);
    }

    void qtKeychainReportsOtherError()
    {
        // What the library itself says, so a change in QtKeychain shows up here.
        auto* job = new QKeychain::ReadPasswordJob(u"cn.salescompass.Client.Test"_s);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(u"replica-key:ws-1"_s);
        auto error = QKeychain::NoError;
        QString errorString;
        connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job* j) {
            error = j->error(); // the job deletes itself once this returns
            errorString = j->errorString();
        });
        QSignalSpy spy(job, &QKeychain::Job::finished);
        job->start();
        QVERIFY(spy.wait(kTimeoutMs));
        qInfo() << "QtKeychain without a backend:" << error << errorString;
        QCOMPARE(error, QKeychain::OtherError);
        QVERIFY(!errorString.isEmpty());
    }

    void probeReportsUnavailable()
    {
        sales::KeyStore store;
        QSignalSpy spy(&store, &sales::KeyStore::probed);
        store.probe();
        QVERIFY(spy.wait(kTimeoutMs));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        const QString reason = spy.at(0).at(1).toString();
        qInfo() << "probe reason:" << reason;
        QVERIFY(reason.contains(u"系统钥匙串不可用"_s));
        QVERIFY(reason.contains(u"口令"_s));
    }

    void readIsUnavailableNotNotFound()
    {
        sales::KeyStore store;
        QSignalSpy spy(&store, &sales::KeyStore::keyRead);
        store.readKey(u"ws-1"_s);
        QVERIFY(spy.wait(kTimeoutMs));
        QCOMPARE(spy.at(0).at(0).toString(), u"ws-1"_s);
        QVERIFY(spy.at(0).at(1).toByteArray().isEmpty());
        QCOMPARE(spy.at(0).at(2).value<Status>(), Status::Unavailable);
        QVERIFY(!spy.at(0).at(3).toString().isEmpty());
    }

    void storeAndRemoveFail()
    {
        sales::KeyStore store;
        QSignalSpy stored(&store, &sales::KeyStore::keyStored);
        store.storeKey(u"ws-1"_s, QByteArray(32, 'k'));
        QVERIFY(stored.wait(kTimeoutMs));
        QCOMPARE(stored.at(0).at(1).toBool(), false);
        QVERIFY(!stored.at(0).at(2).toString().isEmpty());

        QSignalSpy removed(&store, &sales::KeyStore::keyRemoved);
        store.removeKey(u"ws-1"_s);
        QVERIFY(removed.wait(kTimeoutMs));
        QCOMPARE(removed.at(0).at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestKeyStoreNoBackend)
#include "tst_keystore_nobackend.moc"
