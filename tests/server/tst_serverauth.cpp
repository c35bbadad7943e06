// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto.h"
#include "store.h"
#include "testserver.h"
#include "throttle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales::server;
using namespace sales::server::test;
using std::chrono::milliseconds;

class TestServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ts.start(&error), qPrintable(error));
        const bool pg = qEnvironmentVariable("SALES_SERVER_STORAGE") == u"postgres"_s;
        QCOMPARE(ts.config.storage.driver, pg ? u"postgres"_s : u"sqlite"_s);
        UserRecord rep;
        rep.name = u"rita"_s;
        rep.role = u"rep"_s;
        const auto region = admin::addRegion(ts.dataDir(), u"华东"_s, &error);
        QVERIFY2(region, qPrintable(error));
        const auto team = admin::addTeam(ts.dataDir(), u"上海一组"_s, *region, {}, &error);
        QVERIFY2(team, qPrintable(error));
        teamId = *team;
        regionId = *region;
        rep.teamId = teamId;
        rep.regionId = regionId;
        QVERIFY2(admin::addUser(ts.dataDir(), rep, "rita-password", &error), qPrintable(error));
    }
    void cleanupTestCase() { ts.stop(); }

private:
    QString teamId;
    QString regionId;

private slots:

    void throttleBoundsTheQueueAndForgets()
    {
        qint64 now = 0;
        LoginThrottle t(1000, 8000, [&now] { return now; });
        // Ten parallel guesses queue 1+2+4+8+8+… seconds ahead: 63 s.
        for (int i = 0; i < 9; ++i)
            t.failed(u"x"_s);
        QVERIFY(t.admit(u"x"_s)); // 55 s ahead
        QCOMPARE(t.failed(u"x"_s), milliseconds(63000));
        QVERIFY(!t.admit(u"x"_s)); // refused without checking the password
        QVERIFY(t.admit(u"y"_s));  // others are not affected
        now += 3001;
        QVERIFY(t.admit(u"x"_s)); // the queue drained below a minute
        // A quiet quarter of an hour after the last answer: the count starts again.
        now = 63000 + 15 * 60 * 1000 + 1;
        QCOMPARE(t.failed(u"x"_s), milliseconds(1000));
        QCOMPARE(t.failures(u"x"_s), 1);
    }

    void throttleForgetsQuietUsersWhenAsked()
    {
        qint64 now = 0;
        LoginThrottle t(1000, 8000, [&now] { return now; });
        t.failed(u"x"_s); // answered at 1 s
        now = 500;
        t.failed(u"y"_s); // queued behind nothing of x's: answered at 1.5 s
        now = 1000 + 15 * 60 * 1000;
        QCOMPARE(t.forgetQuiet(), 0); // a quiet quarter of an hour, not yet more
        QCOMPARE(t.failures(u"x"_s), 1);
        now += 1;
        QCOMPARE(t.forgetQuiet(), 1);
        QCOMPARE(t.failures(u"x"_s), 0);
        QCOMPARE(t.failures(u"y"_s), 1);
        QVERIFY(t.admit(u"x"_s));
    }

    void throttleBacksOffExponentiallyWithCap()
    {
        qint64 now = 1000;
        LoginThrottle t(100, 1000, [&now] { return now; });
        QCOMPARE(t.failed(u"a"_s), milliseconds(100));
        now += 100;
        QCOMPARE(t.failed(u"a"_s), milliseconds(200));
        now += 200;
        QCOMPARE(t.failed(u"a"_s), milliseconds(400));
        now += 400;
        QCOMPARE(t.failed(u"a"_s), milliseconds(800));
        now += 800;
        QCOMPARE(t.failed(u"a"_s), milliseconds(1000)); // capped
        now += 1000;
        QCOMPARE(t.failed(u"a"_s), milliseconds(1000));
        QCOMPARE(t.failures(u"a"_s), 6);
        // Another user is not slowed down by a's failures.
        QCOMPARE(t.succeeded(u"b"_s), milliseconds(0));
        // Parallel guesses queue behind each other instead of running at once.
        QCOMPARE(t.failed(u"a"_s), milliseconds(2000));
        QCOMPARE(t.failed(u"a"_s), milliseconds(3000));
        // A success waits out the pending delay, then resets the count.
        now += 500;
        QCOMPARE(t.succeeded(u"a"_s), milliseconds(2500));
        QCOMPARE(t.failures(u"a"_s), 0);
        QCOMPARE(t.failed(u"a"_s), milliseconds(100));
    }

    void passwordHashIsArgon2id()
    {
        const QByteArray h = crypto::hashPassword("s3cret-pass");
        QVERIFY(h.startsWith("$argon2id$"));
        QVERIFY(crypto::verifyPassword(h, "s3cret-pass"));
        QVERIFY(!crypto::verifyPassword(h, "s3cret-pasS"));
        const auto stored = ts.server->store().userByName(u"boss"_s);
        QVERIFY(stored);
        QVERIFY(stored->passwordHash.startsWith("$argon2id$"));
        QVERIFY(!stored->passwordHash.contains(kAdminPassword));
    }

    void loginAndMe()
    {
        const Reply r = ts.login(u"rita"_s, "rita-password");
        QCOMPARE(r.status, 200);
        const QString token = r.json.value(u"token"_s).toString();
        // 32 random bytes, base64url without padding.
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        QVERIFY(!token.contains(u'='));
        const QJsonObject user = r.json.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"name"_s).toString(), u"rita"_s);
        QCOMPARE(user.value(u"role"_s).toString(), u"rep"_s);
        QCOMPARE(user.value(u"team_id"_s).toString(), teamId);
        QVERIFY(!user.contains(u"password_hash"_s));

        const Reply me = ts.get(u"/api/v1/me"_s, token.toLatin1());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(u"user"_s).toObject().value(u"region_id"_s).toString(), regionId);

        // Only the SHA-256 of the token is stored.
        const auto dev = ts.server->store().deviceByTokenHash(crypto::tokenHash(token));
        QVERIFY(dev);
        QCOMPARE(dev->name, u"laptop"_s);
        QVERIFY(!ts.server->store().deviceByTokenHash(token));
    }

    void badTokensRefused()
    {
        for (const QByteArray &tok : {QByteArray("nope"), QByteArray()}) {
            const Reply r = ts.get(u"/api/v1/me"_s, tok);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), u"bad_token"_s);
        }
    }

    void revokedDeviceRefused()
    {
        const Reply r = ts.login(u"boss"_s, kAdminPassword, u"phone"_s);
        QCOMPARE(r.status, 200);
        const QByteArray token = r.json.value(u"token"_s).toString().toLatin1();
        const qint64 deviceId = r.json.value(u"device_id"_s).toInteger();
        QCOMPARE(ts.get(u"/api/v1/me"_s, token).status, 200);
        QString error;
        QVERIFY2(admin::revokeDevice(ts.dataDir(), deviceId, &error), qPrintable(error));
        QVERIFY(!admin::revokeDevice(ts.dataDir(), deviceId, &error)); // already revoked
        const Reply after = ts.get(u"/api/v1/me"_s, token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), u"bad_token"_s);
        // Other devices of the same user keep working.
        const Reply again = ts.login(u"boss"_s, kAdminPassword, u"laptop"_s);
        QCOMPARE(ts.get(u"/api/v1/me"_s, again.json.value(u"token"_s).toString().toLatin1()).status, 200);
    }

    void concurrentRequests()
    {
        // Many requests in flight over several connections: the worker pool and
        // the per-thread storage connections answer them all.
        const Reply r = ts.login(u"rita"_s, "rita-password", u"tablet"_s);
        QCOMPARE(r.status, 200);
        const QByteArray token = QByteArrayLiteral("Bearer ") + r.json.value(u"token"_s).toString().toLatin1();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 40; ++i) {
            QNetworkRequest req(QUrl(u"https://127.0.0.1:%1%2"_s.arg(ts.port()).arg(
                i % 2 ? u"/api/v1/me"_s : u"/healthz"_s)));
            req.setSslConfiguration(ts.ssl);
            req.setTransferTimeout(10000);
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            req.setRawHeader(QByteArrayLiteral("Authorization"), token);
            replies.append(ts.nam.get(req));
        }
        QVERIFY(QTest::qWaitFor([&] {
            return std::all_of(replies.cbegin(), replies.cend(), [](auto *x) { return x->isFinished(); });
        }, 20000));
        for (QNetworkReply *x : std::as_const(replies)) {
            QCOMPARE(x->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            x->deleteLater();
        }
    }

    void wrongPasswordDelayGrows()
    {
        // Test config: base 100 ms, cap 400 ms.
        QList<qint64> elapsed;
        for (int i = 0; i < 4; ++i) {
            const Reply r = ts.login(u"rita"_s, "wrong-password");
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), u"bad_credentials"_s);
            elapsed.append(r.elapsedMs);
        }
        QVERIFY2(elapsed[0] >= 90, qPrintable(QString::number(elapsed[0])));
        QVERIFY2(elapsed[1] >= 190, qPrintable(QString::number(elapsed[1])));
        QVERIFY2(elapsed[2] >= 390, qPrintable(QString::number(elapsed[2])));
        QVERIFY2(elapsed[3] >= 390, qPrintable(QString::number(elapsed[3]))); // capped
        QVERIFY(elapsed[2] > elapsed[0]);
        // An unknown user gets the same answer, also slowed down.
        const Reply ghost = ts.login(u"ghost"_s, "whatever");
        QCOMPARE(ghost.status, 401);
        QCOMPARE(ghost.errorCode(), u"bad_credentials"_s);
        // The right password still works (after the pending delay); the next failure is
        // slowed down again. That the success reset the count is asserted on the clock
        // in throttleBacksOffExponentiallyWithCap: comparing wall times here failed on a
        // loaded machine (a 100 ms answer took longer than a 400 ms one).
        QCOMPARE(ts.login(u"rita"_s, "rita-password").status, 200);
        const Reply fresh = ts.login(u"rita"_s, "wrong-password");
        QCOMPARE(fresh.status, 401);
        QVERIFY2(fresh.elapsedMs >= 90, qPrintable(QString::number(fresh.elapsedMs)));
    }

private:
    TestServer ts;
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
