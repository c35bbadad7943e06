// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sales {

QJsonObject HttpResult::json() const { return QJsonDocument::fromJson(body).object(); }
QString HttpResult::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}
QString HttpResult::errorMessage() const
{
    return json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

SyncClient::SyncClient(QString baseUrl, QString fingerprint, QList<QSslCertificate> caCertificates)
    : m_baseUrl(std::move(baseUrl))
    , m_fingerprint(normalizeFingerprint(fingerprint))
    , m_ca(std::move(caCertificates))
{
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

SyncClient::~SyncClient() = default;

std::unique_ptr<SyncClient> SyncClient::clone() const
{
    auto c = std::make_unique<SyncClient>(m_baseUrl, m_fingerprint, m_ca);
    c->m_token = m_token;
    c->m_timeoutMs = m_timeoutMs;
    return c;
}

QString SyncClient::normalizeFingerprint(const QString &fp)
{
    QString out;
    for (const QChar c : fp)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString SyncClient::fingerprintOf(const QSslCertificate &cert)
{
    const QByteArray hex = QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

HttpResult SyncClient::get(const QString &path) { return start("GET", path)->wait(); }
HttpResult SyncClient::post(const QString &path, const QByteArray &body) { return start("POST", path, body)->wait(); }
HttpResult SyncClient::put(const QString &path, const QByteArray &body) { return start("PUT", path, body)->wait(); }

std::unique_ptr<SyncClient::Pending> SyncClient::start(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    std::unique_ptr<Pending> pending(new Pending);
    const QUrl url(m_baseUrl + path);
    if (url.scheme() != u"https"_s || url.host().isEmpty()) {
        pending->m_result.networkError = tr("服务器地址必须以 https:// 开头：%1").arg(m_baseUrl);
        return pending;
    }
    if (m_busy) {
        pending->m_result.networkError = tr("内部错误：上一个请求尚未完成，未发送新请求");
        return pending;
    }
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest req(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (m_ca.isEmpty()) {
        // Trust comes from the pinned fingerprint, checked in encrypted() below.
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        ssl.setCaCertificates(m_ca);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    req.setSslConfiguration(ssl);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, verb, buffer);
    buffer->setParent(reply);
    pending->m_reply = reply;
    pending->m_client = this;
    m_busy = pending.get();
    const QString pinned = m_fingerprint;
    const bool pinning = m_ca.isEmpty();
    Pending *p = pending.get(); // the reply, and so this connection, dies with it
    pending->m_pinCheck = QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pinned, pinning, p] {
        if (!pinning)
            return;
        const QString actual = normalizeFingerprint(fingerprintOf(reply->sslConfiguration().peerCertificate()));
        if (pinned.isEmpty() || actual != pinned) {
            p->m_pinRefused = true;
            reply->abort(); // before any request byte (and the token) is sent
        }
    });
    return pending;
}

SyncClient::Pending::~Pending()
{
    dropReply();
}

void SyncClient::Pending::dropReply()
{
    if (!m_reply)
        return;
    // Only the pin check points here (Qt's own connections carry the abort).
    QObject::disconnect(m_pinCheck);
    if (!m_reply->isFinished())
        m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
    if (m_client && m_client->m_busy == this)
        m_client->m_busy = nullptr; // the client may start another
    m_client = nullptr;
}

bool SyncClient::Pending::waitFor(bool headersOnly)
{
    if (!m_reply)
        return false;
    const auto arrived = [this, headersOnly] {
        return m_reply->isFinished()
            || (headersOnly && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    };
    if (!arrived()) {
        QEventLoop loop;
        QObject::connect(m_reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (headersOnly)
            QObject::connect(m_reply, &QNetworkReply::metaDataChanged, &loop, &QEventLoop::quit);
        while (!arrived())
            loop.exec();
    }
    return !m_pinRefused;
}

QByteArray SyncClient::Pending::header(const QByteArray &name)
{
    return waitFor(true) ? m_reply->rawHeader(name) : QByteArray();
}

HttpResult SyncClient::Pending::wait()
{
    if (!m_reply)
        return std::move(m_result); // refused before sending
    waitFor(false);
    HttpResult result;
    result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_pinRefused)
        result.body = m_reply->readAll();
    if (m_pinRefused) {
        result.pinRefused = true;
        result.status = 0;
        result.networkError = tr("服务器证书的指纹与已确认的不一致，已拒绝连接（可能有人冒充服务器）");
    } else if (result.status == 0) {
        result.networkError = m_reply->error() == QNetworkReply::OperationCanceledError
            ? tr("连接服务器超时")
            : tr("无法连接服务器：%1").arg(m_reply->errorString());
    }
    dropReply();
    return result;
}

} // namespace sales
