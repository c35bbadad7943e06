// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real sales-server over TLS on 127.0.0.1 (port 0), in-process, with a temp
// data folder made by `init`, and a QNetworkAccessManager pinned to its certificate.

#include "admin.h"
#include "config.h"
#include "log.h"
#include "pgcluster.h"
#include "server.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace sales::server::test {

using namespace Qt::StringLiterals;

inline const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery");

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString peerFingerprint;
    qint64 elapsedMs = 0;
    QString errorCode() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

inline QString digestOf(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

class TestServer
{
public:
    // Returns false (with *error) when init or start fails.
    bool start(QString *error, const std::function<void(ServerConfig &)> &tweak = {})
    {
        if (!qEnvironmentVariableIsSet("SALES_SERVER_TEST_LOG"))
            log::setEnabled(false);
        if (!dir.isValid()) {
            *error = u"no temp dir"_s;
            return false;
        }
        admin::InitOptions o;
        o.dataDir = dataDir();
        o.port = 0;
        o.adminName = u"boss"_s;
        o.adminPassword = kAdminPassword;
        // SALES_SERVER_STORAGE=postgres runs the same tests on a throwaway cluster.
        if (qEnvironmentVariable("SALES_SERVER_STORAGE") == u"postgres"_s) {
            PgCluster *pg = PgCluster::instance(error);
            if (!pg)
                return false;
            o.storage = pg->newDatabase(error);
            if (!o.storage)
                return false;
        }
        const auto fp = admin::init(o, error);
        if (!fp)
            return false;
        fingerprint = *fp;
        if (!ServerConfig::load(dataDir(), &config, error))
            return false;
        config.threads = 2;
        config.readTimeoutMs = 2000;
        config.idleTimeoutMs = 3000;
        config.maxBodyBytes = 64 * 1024;
        config.loginDelayBaseMs = 100;
        config.loginDelayCapMs = 400;
        if (tweak)
            tweak(config);
        QFile certFile(config.certPath());
        if (!certFile.open(QIODevice::ReadOnly)) {
            *error = u"no certificate"_s;
            return false;
        }
        const auto certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        // Pin: the certificate we trust is the one whose digest init printed.
        if (certs.size() != 1 || digestOf(certs.first()) != fingerprint) {
            *error = u"certificate does not match the printed fingerprint"_s;
            return false;
        }
        cert = certs.first();
        ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({cert});
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        server = std::make_unique<Server>(config);
        return server->start(error);
    }

    ~TestServer() { stop(); }
    void stop()
    {
        if (server)
            server->stop();
        server.reset();
    }

    QString dataDir() const { return dir.filePath(u"data"_s); }
    quint16 port() const { return server->port(); }

    Reply request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const QByteArray &bearer = {})
    {
        QNetworkRequest req(QUrl(u"https://127.0.0.1:%1%2"_s.arg(port()).arg(path)));
        req.setSslConfiguration(ssl);
        req.setTransferTimeout(10000);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!bearer.isEmpty())
            req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer);
        QElapsedTimer t;
        t.start();
        QNetworkReply *r = nam.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        if (!r->isFinished())
            loop.exec();
        Reply out;
        out.elapsedMs = t.elapsed();
        out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = r->readAll();
        out.json = QJsonDocument::fromJson(out.body).object();
        out.error = r->error();
        out.peerFingerprint = digestOf(r->sslConfiguration().peerCertificate());
        r->deleteLater();
        return out;
    }
    Reply get(const QString &path, const QByteArray &bearer = {})
    {
        return request(QByteArrayLiteral("GET"), path, {}, bearer);
    }
    Reply post(const QString &path, const QByteArray &body)
    {
        return request(QByteArrayLiteral("POST"), path, body);
    }
    Reply login(const QString &user, const QByteArray &password, const QString &device = u"laptop"_s)
    {
        const QJsonObject o{{u"user"_s, user},
                            {u"password"_s, QString::fromUtf8(password)},
                            {u"device"_s, device}};
        return post(u"/api/v1/auth/login"_s, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    QTemporaryDir dir;
    QString fingerprint;
    ServerConfig config;
    QSslCertificate cert;
    QSslConfiguration ssl;
    QNetworkAccessManager nam;
    std::unique_ptr<Server> server;
};

} // namespace sales::server::test
