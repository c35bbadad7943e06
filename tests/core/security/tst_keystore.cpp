// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs against a real, throwaway gnome-keyring (tests/support/keychain-session.sh).
#include "security/keymaterial.h"
#include "security/keystore.h"

#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using Status = sales::KeyStore::Status;

namespace {

constexpr int kTimeoutMs = 10'000;

struct ReadResult
{
    QByteArray key;
    Status status = Status::Failed;
    QString error;
};

} // namespace

class TestKeyStore final : public QObject
{
    Q_OBJECT

private:
    // Own service name so that a run outside the wrapper cannot touch the app's entries.
    sales::KeyStore m_store{u"cn.salescompass.Client.Test"_s};

    bool store(const QString& workspace, const QByteArray& key)
    {
        QSignalSpy spy(&m_store, &sales::KeyStore::keyStored);
        m_store.storeKey(workspace, key);
        if (!spy.wait(kTimeoutMs) || spy.size() != 1)
            return false;
        const auto args = spy.takeFirst();
        if (args.at(0).toString() != workspace)
            return false;
        if (!args.at(1).toBool())
            qWarning() << "store failed:" << args.at(2).toString();
        return args.at(1).toBool() && args.at(2).toString().isEmpty();
    }

    ReadResult read(const QString& workspace)
    {
        QSignalSpy spy(&m_store, &sales::KeyStore::keyRead);
        m_store.readKey(workspace);
        if (!spy.wait(kTimeoutMs) || spy.size() != 1 || spy.at(0).at(0).toString() != workspace)
            return {};
        const auto args = spy.takeFirst();
        return {args.at(1).toByteArray(), args.at(2).value<Status>(), args.at(3).toString()};
    }

    bool remove(const QString& workspace)
    {
        QSignalSpy spy(&m_store, &sales::KeyStore::keyRemoved);
        m_store.removeKey(workspace);
        return spy.wait(kTimeoutMs) && spy.size() == 1 && spy.at(0).at(0).toString() == workspace
            && spy.at(0).at(1).toBool();
    }

    // Reads an entry behind KeyStore's back, to check names and clean-up.
    QKeychain::Error rawRead(const QString& entry)
    {
        auto* job = new QKeychain::ReadPasswordJob(m_store.service());
        job->setAutoDelete(true); // deleteLater after `finished`: read the result in the slot
        job->setKey(entry);
        auto error = QKeychain::OtherError;
        connect(job, &QKeychain::Job::finished, this, [&error](QKeychain::Job* j) { error = j->error(); });
        QSignalSpy spy(job, &QKeychain::Job::finished);
        job->start();
        return spy.wait(kTimeoutMs) ? error : QKeychain::OtherError;
    }

private Q_SLOTS:
    void probeFindsTheKeychain()
    {
        QSignalSpy spy(&m_store, &sales::KeyStore::probed);
        m_store.probe();
        m_store.probe(); // joins the running probe: still one answer
        QVERIFY(spy.wait(kTimeoutMs));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        QVERIFY2(spy.at(0).at(0).toBool(), qPrintable(spy.at(0).at(1).toString()));
        QVERIFY(spy.at(0).at(1).toString().isEmpty());
        QCOMPARE(rawRead(u"probe"_s), QKeychain::EntryNotFound); // the probe cleaned up
    }

    void storeThenReadGivesTheSameKey()
    {
        const QByteArray key = sales::generateDatabaseKey();
        QVERIFY(store(u"ws-1"_s, key));
        const ReadResult result = read(u"ws-1"_s);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.key.size(), 32);
        QCOMPARE(result.key, key);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(rawRead(u"replica-key:ws-1"_s), QKeychain::NoError);
        QVERIFY(remove(u"ws-1"_s));
    }

    void storingAgainReplacesTheKey()
    {
        QVERIFY(store(u"ws-replace"_s, sales::generateDatabaseKey()));
        const QByteArray second = sales::generateDatabaseKey();
        QVERIFY(store(u"ws-replace"_s, second));
        QCOMPARE(read(u"ws-replace"_s).key, second);
        QVERIFY(remove(u"ws-replace"_s));
    }

    void workspacesAreIndependent()
    {
        const QByteArray a = sales::generateDatabaseKey();
        const QByteArray b = sales::generateDatabaseKey();
        QVERIFY(store(u"ws-a"_s, a));
        QVERIFY(store(u"ws-b"_s, b));
        QCOMPARE(read(u"ws-a"_s).key, a);
        QCOMPARE(read(u"ws-b"_s).key, b);
        QVERIFY(remove(u"ws-a"_s));
        QCOMPARE(read(u"ws-a"_s).status, Status::NotFound);
        const ReadResult stillThere = read(u"ws-b"_s);
        QCOMPARE(stillThere.status, Status::Ok);
        QCOMPARE(stillThere.key, b);
        QVERIFY(remove(u"ws-b"_s));
    }

    void missingWorkspaceIsNotFound()
    {
        const ReadResult result = read(u"ws-never-stored"_s);
        QCOMPARE(result.status, Status::NotFound);
        QVERIFY(result.key.isEmpty());
        QVERIFY(!result.error.isEmpty());
    }

    void removeThenReadIsNotFound()
    {
        QVERIFY(store(u"ws-gone"_s, sales::generateDatabaseKey()));
        QVERIFY(remove(u"ws-gone"_s));
        QCOMPARE(read(u"ws-gone"_s).status, Status::NotFound);
        QVERIFY(remove(u"ws-gone"_s)); // removing twice is not an error
    }

    void binaryKeysWithZeroBytesSurvive_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("all zero") << QByteArray(32, '\0');
        QByteArray edges = sales::generateDatabaseKey();
        edges[0] = '\0';
        edges[15] = '\0';
        edges[31] = '\0';
        QTest::newRow("zeros at the edges") << edges;
        QByteArray high(32, '\xff');
        high[7] = '\0';
        QTest::newRow("0xff and a zero") << high;
    }

    void binaryKeysWithZeroBytesSurvive()
    {
        QFETCH(QByteArray, key);
        QVERIFY(store(u"ws-binary"_s, key));
        const ReadResult result = read(u"ws-binary"_s);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.key, key);
        QVERIFY(remove(u"ws-binary"_s));
    }

    void emptyArgumentsFailWithoutTouchingTheKeychain()
    {
        QSignalSpy stored(&m_store, &sales::KeyStore::keyStored);
        m_store.storeKey(u"ws-empty"_s, QByteArray());
        QCOMPARE(stored.size(), 0); // always answers asynchronously
        QVERIFY(stored.wait(kTimeoutMs));
        QVERIFY(!stored.at(0).at(1).toBool());
        QCOMPARE(read(QString()).status, Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
