// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real `sales-server` binary: init prints the fingerprint, serve logs JSON
// lines (the "listening" line reports the port picked), the client pins the
// fingerprint by checking the peer certificate digest, SIGTERM stops it.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void initServeStop()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"data"_s);
        QProcess init;
        init.start(QStringLiteral(SALES_SERVER_BIN),
                   {u"init"_s, u"--data"_s, dir, u"--port"_s, u"0"_s, u"--admin"_s, u"boss"_s,
                    u"--password-stdin"_s});
        QVERIFY(init.waitForStarted(5000));
        init.write("boss-password\n");
        init.closeWriteChannel();
        QVERIFY(init.waitForFinished(30000));
        QCOMPARE(init.exitCode(), 0);
        const QString out = QString::fromUtf8(init.readAllStandardOutput());
        static const QRegularExpression re(u"SHA-256 fingerprint: ([0-9A-F:]{95})"_s);
        const auto m = re.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const QString fingerprint = m.captured(1);
        QVERIFY(!QString::fromUtf8(init.readAllStandardError()).contains(u"boss-password"_s));

        QProcess serve;
        serve.start(QStringLiteral(SALES_SERVER_BIN), {u"serve"_s, u"--data"_s, dir});
        QVERIFY(serve.waitForStarted(5000));
        int port = 0;
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (port == 0 && t.elapsed() < 10000) {
            serve.waitForReadyRead(500);
            err += serve.readAllStandardError();
            for (const QByteArray &line : err.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.value(u"msg"_s).toString() == u"listening"_s)
                    port = o.value(u"fields"_s).toObject().value(u"port"_s).toInt();
            }
        }
        QVERIFY2(port > 0, err.constData());

        // Pinning by digest: accept the self-signed certificate only if its
        // SHA-256 equals the fingerprint init printed.
        QNetworkAccessManager nam;
        bool pinned = false;
        QNetworkRequest req(QUrl(u"https://127.0.0.1:%1/healthz"_s.arg(port)));
        req.setTransferTimeout(10000);
        QNetworkReply *r = nam.get(req);
        connect(r, &QNetworkReply::sslErrors, r, [&](const QList<QSslError> &errors) {
            const QSslCertificate peer = r->sslConfiguration().peerCertificate();
            const QString digest = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
            if (digest == fingerprint) {
                pinned = true;
                r->ignoreSslErrors(errors);
            }
        });
        QVERIFY(QTest::qWaitFor([r] { return r->isFinished(); }, 10000));
        QVERIFY(pinned);
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(r->readAll()).object().value(u"status"_s).toString(), u"ok"_s);
        delete r;

        serve.terminate(); // SIGTERM
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        err += serve.readAllStandardError();
        // Every log line is one JSON object with ts, level, msg, fields.
        for (const QByteArray &line : err.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(o.contains(u"ts"_s) && o.contains(u"level"_s) && o.contains(u"msg"_s)
                         && o.value(u"fields"_s).isObject(),
                     line.constData());
        }
        if (serve.state() != QProcess::NotRunning)
            serve.kill();
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
