// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The transport's limits as a client meets them: each route's body limit, what is
// refused before a body is read, and how long a request may take to arrive.
#include "testserver.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QSslCipher>
#include <QSslSocket>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace sales::server;
using namespace sales::server::test;

namespace {
constexpr qint64 kBlobLimit = 512 * 1024; // the tests' max_blob_bytes; max_body_bytes is 64 KiB

QString sha256Of(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

std::unique_ptr<QSslSocket> openRaw(TestServer &ts, const QSslConfiguration &ssl)
{
    auto s = std::make_unique<QSslSocket>();
    s->setSslConfiguration(ssl);
    s->connectToHostEncrypted(u"127.0.0.1"_s, ts.port());
    if (!s->waitForEncrypted(5000))
        return nullptr;
    return s;
}

// What the server answers on a raw connection, within ms: up to the end of its headers and body.
QByteArray answerOn(QSslSocket &s, int ms)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (const qsizetype end = got.indexOf("\r\n\r\n"); end >= 0) {
            const qsizetype at = got.indexOf("Content-Length: ");
            const qsizetype length = at < 0 ? 0 : got.mid(at + 16, got.indexOf('\r', at) - at - 16).toLongLong();
            if (got.size() >= end + 4 + length)
                break;
        }
        if (s.bytesAvailable() == 0 && !s.waitForReadyRead(int(std::max<qint64>(1, ms - t.elapsed()))))
            break;
        got += s.readAll();
    }
    return got;
}

// Log lines written while a test runs.
struct LogCapture {
    LogCapture()
    {
        log::setSink([this](const QByteArray &line) {
            QMutexLocker lock(&mutex);
            lines += line;
        });
    }
    ~LogCapture() { log::setSink({}); }
    QByteArray text()
    {
        QMutexLocker lock(&mutex);
        return lines;
    }
    QMutex mutex;
    QByteArray lines;
};
} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ts.start(&error, [](ServerConfig &c) { c.maxBlobBytes = kBlobLimit; }), qPrintable(error));
        const Reply r = ts.login(u"boss"_s, kAdminPassword);
        QCOMPARE(r.status, 200);
        token = r.json.value(u"token"_s).toString().toLatin1();
        QVERIFY(!token.isEmpty());
    }
    void cleanupTestCase() { ts.stop(); }

    // A file larger than the general body limit, sent with its length as the
    // client sends it, is held to the blob limit only.
    void blobWithDeclaredLengthAboveTheBodyLimit()
    {
        const QByteArray bytes(int(kBlobLimit), 'r');
        QVERIFY(bytes.size() > ts.config.maxBodyBytes);
        const QString path = u"/api/v1/blobs/"_s + sha256Of(bytes);
        const Reply put = ts.request("PUT", path, bytes, token);
        QVERIFY2(put.status == 200, put.body.constData());
        QCOMPARE(put.json.value(u"size"_s).toInteger(), kBlobLimit);
        const Reply got = ts.get(path, token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, bytes);
    }

    void blobAboveItsLimitIs413()
    {
        const QByteArray bytes(int(kBlobLimit) + 1, 's');
        const Reply put = ts.request("PUT", u"/api/v1/blobs/"_s + sha256Of(bytes), bytes, token);
        QCOMPARE(put.status, 413);
        QCOMPARE(put.errorCode(), u"body_too_large"_s);
        const QString message = put.json.value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(QString::number(kBlobLimit)), qPrintable(message));
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    // Any other route keeps the general limit, declared or not.
    void otherRoutesKeepTheBodyLimit()
    {
        const QByteArray big(int(ts.config.maxBodyBytes) + 1, ' ');
        const Reply r = ts.request("POST", u"/api/v1/sync/push"_s, big, token);
        QCOMPARE(r.status, 413);
        const QString message = r.json.value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(QString::number(ts.config.maxBodyBytes)), qPrintable(message));
    }

    // Only a valid route, method and token get their body read: the answer comes
    // at once, while the body the head announced has not been sent at all.
    void refusedOnTheHeadBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("status");
        const QByteArray sha = sha256Of("x").toLatin1();
        QTest::newRow("no token") << QByteArray("PUT /api/v1/blobs/" + sha + " HTTP/1.1\r\nContent-Length: 400000\r\n")
                                  << QByteArray("401");
        QTest::newRow("no token, chunked")
            << QByteArray("POST /api/v1/sync/push HTTP/1.1\r\nTransfer-Encoding: chunked\r\n") << QByteArray("401");
        QTest::newRow("bad token") << QByteArray("POST /api/v1/sync/push HTTP/1.1\r\nAuthorization: Bearer forged\r\n"
                                                 "Content-Length: 60000\r\n")
                                   << QByteArray("401");
        QTest::newRow("unknown route") << QByteArray("POST /api/v1/upload HTTP/1.1\r\nContent-Length: 60000\r\n")
                                       << QByteArray("404");
        QTest::newRow("wrong method") << QByteArray("PUT /api/v1/auth/login HTTP/1.1\r\nContent-Length: 60000\r\n")
                                      << QByteArray("405");
    }
    void refusedOnTheHeadBeforeTheBody()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, status);
        auto s = openRaw(ts, ts.ssl);
        QVERIFY(s);
        s->write(head + "Host: 127.0.0.1\r\n\r\n");
        QElapsedTimer t;
        t.start();
        const QByteArray got = answerOn(*s, 5000);
        QVERIFY2(got.startsWith(QByteArray("HTTP/1.1 " + status)), got.constData());
        // The read timeout is 2 s: an answer after the body was waited for would take that long.
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(got.contains("Connection: close"));
        QCOMPARE(ts.get(u"/healthz"_s).status, 200);
    }

    // A signed-in client gets its body read, within the route's limit (a blob here).
    void authenticatedBodyIsRead()
    {
        auto s = openRaw(ts, ts.ssl);
        QVERIFY(s);
        const QByteArray bytes(100000, 'b');
        s->write("PUT /api/v1/blobs/" + sha256Of(bytes).toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer " + token + "\r\nContent-Length: 100000\r\n\r\n" + bytes);
        const QByteArray got = answerOn(*s, 5000);
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
    }

    // All bodies held at once are bounded: beyond the budget a request waits its
    // turn with 503 busy, and a body given up (the client vanished) is given back.
    void bodiesInFlightAreBounded()
    {
        TestServer small;
        QString error;
        QVERIFY2(small.start(&error, [](ServerConfig &c) {
            c.maxBlobBytes = kBlobLimit;
            c.maxBodiesInFlightBytes = 2 * kBlobLimit;
            c.readTimeoutMs = 4000;
        }), qPrintable(error));
        const QByteArray tok = small.login(u"boss"_s, kAdminPassword).json.value(u"token"_s).toString().toLatin1();
        QVERIFY(!tok.isEmpty());
        const QByteArray bytes(int(kBlobLimit), 'q');
        const QByteArray head = "PUT /api/v1/blobs/" + sha256Of(bytes).toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Authorization: Bearer " + tok + "\r\nContent-Length: " + QByteArray::number(kBlobLimit)
                                + "\r\n\r\n";
        // Two uploads that announce the whole budget and then stall.
        std::vector<std::unique_ptr<QSslSocket>> stalled;
        for (int i = 0; i < 2; ++i) {
            stalled.push_back(openRaw(small, small.ssl));
            QVERIFY(stalled.back());
            stalled.back()->write(head + bytes.left(10));
            QVERIFY(stalled.back()->waitForBytesWritten(2000));
        }
        QTest::qWait(300);
        const Reply busy = small.request("PUT", u"/api/v1/blobs/"_s + sha256Of(bytes), bytes, tok);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.errorCode(), u"busy"_s);
        // A request without a body needs none of the budget.
        QCOMPARE(small.get(u"/api/v1/me"_s, tok).status, 200);
        for (auto &s : stalled)
            s->abort();
        QTest::qWait(300);
        const Reply put = small.request("PUT", u"/api/v1/blobs/"_s + sha256Of(bytes), bytes, tok);
        QVERIFY2(put.status == 200, put.body.constData());
        small.stop();
    }

    // Headers dripped byte by byte are cut off at the read timeout from their first
    // byte, not kept for the (longer) idle timeout.
    void slowHeadersAreCutOff()
    {
        TestServer slow;
        QString error;
        QVERIFY2(slow.start(&error, [](ServerConfig &c) {
            c.readTimeoutMs = 1000;
            c.idleTimeoutMs = 8000;
        }), qPrintable(error));
        auto s = openRaw(slow, slow.ssl);
        QVERIFY(s);
        QElapsedTimer t;
        t.start();
        s->write("GET /healthz HTTP/1.1\r\n");
        const QByteArray drip = "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        for (int i = 0; i < drip.size() && s->state() == QAbstractSocket::ConnectedState && t.elapsed() < 7000; ++i) {
            s->write(drip.mid(i, 1));
            s->flush();
            s->waitForDisconnected(200);
        }
        QVERIFY(s->state() != QAbstractSocket::ConnectedState || s->waitForDisconnected(8000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(t.elapsed() >= 900);
        // An idle connection still gets the idle timeout (it is not cut after 1 s).
        auto idle = openRaw(slow, slow.ssl);
        QVERIFY(idle);
        QVERIFY(!idle->waitForDisconnected(2500));
        slow.stop();
    }

    // A request refused for its size names its method and path in the log.
    void refusedRequestsNameTheirRoute()
    {
        LogCapture capture;
        const QByteArray big(int(ts.config.maxBodyBytes) + 1, ' ');
        QCOMPARE(ts.request("POST", u"/api/v1/sync/push"_s, big, token).status, 413);
        auto s = openRaw(ts, ts.ssl);
        QVERIFY(s);
        s->write("GET /api/v1/me?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(20000, 'h') + "\r\n\r\n");
        QVERIFY(answerOn(*s, 5000).startsWith("HTTP/1.1 431"));
        const QByteArray log = capture.text();
        bool saw413 = false, saw431 = false;
        for (const QByteArray &line : log.split('\n')) {
            const QJsonObject f = QJsonDocument::fromJson(line).object().value(u"fields"_s).toObject();
            if (f.value(u"status"_s).toInt() == 413)
                saw413 = f.value(u"method"_s).toString() == u"POST"_s && f.value(u"path"_s).toString() == u"/api/v1/sync/push"_s;
            if (f.value(u"status"_s).toInt() == 431)
                saw431 = f.value(u"method"_s).toString() == u"GET"_s && f.value(u"path"_s).toString() == u"/api/v1/me"_s;
        }
        QVERIFY2(saw413 && saw431, log.constData());
    }

    // What is typed into the name box of a failed login is not logged as typed.
    void failedLoginDoesNotLogWhatWasTyped()
    {
        LogCapture capture;
        const QString typed = u"my-secret-password-in-the-wrong-box"_s;
        QCOMPARE(ts.login(typed, "whatever").status, 401);
        QCOMPARE(ts.login(u"boss"_s, "wrong password").status, 401);
        const QByteArray log = capture.text();
        QVERIFY2(!log.contains(typed.toUtf8()), log.constData());
        QVERIFY2(!log.contains("my-secret"), log.constData());
        QVERIFY2(log.contains("\"user\":\"unknown:"), log.constData());
        QVERIFY2(log.contains("\"user\":\"boss\""), log.constData()); // a real user is named
    }

    // TLS 1.2 only with ECDHE and AEAD suites (Mozilla intermediate); TLS 1.3 as offered.
    void onlyModernCipherSuites_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ECDHE-ECDSA-AES128-GCM-SHA256") << u"ECDHE-ECDSA-AES128-GCM-SHA256"_s << true;
        QTest::newRow("ECDHE-ECDSA-CHACHA20-POLY1305") << u"ECDHE-ECDSA-CHACHA20-POLY1305"_s << true;
        QTest::newRow("ECDHE-ECDSA-AES128-SHA (CBC)") << u"ECDHE-ECDSA-AES128-SHA"_s << false;
        QTest::newRow("ECDHE-ECDSA-AES256-SHA384 (CBC)") << u"ECDHE-ECDSA-AES256-SHA384"_s << false;
        QTest::newRow("AES128-GCM-SHA256 (no ECDHE)") << u"AES128-GCM-SHA256"_s << false;
        QTest::newRow("AES128-SHA") << u"AES128-SHA"_s << false;
    }
    void onlyModernCipherSuites()
    {
        QFETCH(QString, cipher);
        QFETCH(bool, accepted);
        const QSslCipher c(cipher);
        QVERIFY2(!c.isNull(), qPrintable(u"this Qt/OpenSSL cannot offer "_s + cipher));
        QSslConfiguration ssl = ts.ssl;
        ssl.setProtocol(QSsl::TlsV1_2);
        ssl.setCiphers({c});
        auto s = openRaw(ts, ssl);
        QCOMPARE(bool(s), accepted);
        QSslConfiguration v13 = ts.ssl;
        v13.setProtocol(QSsl::TlsV1_3);
        QVERIFY(openRaw(ts, v13));
    }

private:
    TestServer ts;
    QByteArray token;
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
