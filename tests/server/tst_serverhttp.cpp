// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"
#include "testserver.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales::server;
using namespace sales::server::test;

namespace {
// A raw TLS connection that trusts only the server's certificate.
std::unique_ptr<QSslSocket> openRaw(TestServer &ts)
{
    auto s = std::make_unique<QSslSocket>();
    s->setSslConfiguration(ts.ssl);
    s->connectToHostEncrypted(u"127.0.0.1"_s, ts.port());
    if (!s->waitForEncrypted(5000))
        return nullptr;
    return s;
}
} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ts.start(&error), qPrintable(error));
        QVERIFY(ts.port() != 0);
    }
    void cleanupTestCase() { ts.stop(); }

    void healthz()
    {
        const Reply r = ts.get(u"/healthz"_s);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(r.peerFingerprint, ts.fingerprint);
    }

    void metricsCountRequests()
    {
        const qint64 before = ts.server->metrics().requests(u"/healthz"_s, 200);
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
        const Reply r = ts.get(u"/metrics"_s);
        QCOMPARE(r.status, 200);
        const QString text = QString::fromUtf8(r.body);
        const QString line = u"sales_http_requests_total{route=\"/healthz\",status=\"200\"} %1"_s.arg(before + 1);
        QVERIFY2(text.contains(line), qPrintable(text));
        QVERIFY(text.contains(u"sales_http_open_connections "_s));
        QVERIFY(text.contains(u"sales_uptime_seconds "_s));
    }

    void unknownRouteIs404()
    {
        const Reply r = ts.get(u"/no/such/thing"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"not_found"_s);
        QVERIFY(!r.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    void wrongMethodIs405()
    {
        const Reply r = ts.post(u"/healthz"_s, "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), u"method_not_allowed"_s);
    }

    void malformedJsonIs400()
    {
        for (const QByteArray &body : {QByteArray("{\"user\":"), QByteArray("[1,2]"), QByteArray("")}) {
            const Reply r = ts.post(u"/api/v1/auth/login"_s, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"bad_json"_s);
        }
        const Reply wrongTypes = ts.post(u"/api/v1/auth/login"_s, R"({"user":1,"password":"x","device":"d"})");
        QCOMPARE(wrongTypes.status, 400);
        QCOMPARE(wrongTypes.errorCode(), u"bad_request"_s);
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    void oversizedBodyIs413()
    {
        const QByteArray big(int(ts.config.maxBodyBytes) + 1, 'x');
        const Reply r = ts.post(u"/api/v1/auth/login"_s, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"body_too_large"_s);
        // A body right at the limit is read (and then judged as JSON).
        const QByteArray atLimit(int(ts.config.maxBodyBytes), ' ');
        QCOMPARE(ts.post(u"/api/v1/auth/login"_s, atLimit).errorCode(), u"bad_json"_s);
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    void halfBodyThenCloseDoesNotHurt()
    {
        for (int i = 0; i < 5; ++i) {
            auto s = openRaw(ts);
            QVERIFY(s);
            s->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"user\":\"bo");
            QVERIFY(s->waitForBytesWritten(5000));
            s->abort();
        }
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
        QCOMPARE(ts.server->metrics().requests(u"/api/v1/auth/login"_s, 401), qint64(0));
    }

    void stalledBodyTimesOut()
    {
        auto s = openRaw(ts);
        QVERIFY(s);
        s->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{");
        QVERIFY(s->waitForBytesWritten(5000));
        // read timeout is 2 s in the tests: the server hangs up on us.
        QElapsedTimer t;
        t.start();
        QVERIFY(s->state() == QAbstractSocket::UnconnectedState || s->waitForDisconnected(8000));
        QVERIFY(t.elapsed() >= 1000);
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    void idleConnectionClosed()
    {
        auto s = openRaw(ts); // handshake done, then silence
        QVERIFY(s);
        QElapsedTimer t;
        t.start();
        // idle timeout is 3 s in the tests
        QVERIFY(s->state() == QAbstractSocket::UnconnectedState || s->waitForDisconnected(10000));
        QVERIFY2(t.elapsed() >= 2500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    void garbageRequestIs400()
    {
        auto s = openRaw(ts);
        QVERIFY(s);
        s->write("THIS IS NOT HTTP\r\n\r\n");
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (!got.contains("\r\n\r\n") && t.elapsed() < 5000 && s->waitForReadyRead(5000))
            got += s->readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 400"), got.constData());
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    void connectionLimit()
    {
        TestServer small;
        QString error;
        QVERIFY2(small.start(&error, [](ServerConfig &c) { c.maxConnections = 2; }), qPrintable(error));
        auto a = openRaw(small);
        auto b = openRaw(small);
        QVERIFY(a && b);
        QTRY_COMPARE_WITH_TIMEOUT(small.server->metrics().openConnections(), 2, 5000);
        auto c = openRaw(small); // refused: closed before the handshake
        QVERIFY(!c);
        a->abort();
        b->abort();
        QTRY_COMPARE_WITH_TIMEOUT(small.server->metrics().openConnections(), 0, 5000);
        QCOMPARE(small.get(u"/healthz"_s).status, 200);
        small.stop();
    }

    void wrongCertificateRefused()
    {
        QSslConfiguration other = QSslConfiguration::defaultConfiguration(); // system CAs only
        QNetworkRequest req(QUrl(u"https://127.0.0.1:%1/healthz"_s.arg(ts.port())));
        req.setSslConfiguration(other);
        req.setTransferTimeout(10000);
        QNetworkReply *r = ts.nam.get(req);
        QVERIFY(QTest::qWaitFor([r] { return r->isFinished(); }, 10000));
        QCOMPARE(r->error(), QNetworkReply::SslHandshakeFailedError);
        delete r;
    }

private:
    TestServer ts;
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
