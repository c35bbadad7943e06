// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificateprobe.h"

#include "syncclient.h"

#include <QSslSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sales {

CertificateProbe::CertificateProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish({}, tr("连接服务器超时：%n 秒内没有完成加密握手", nullptr, (m_timeoutMs + 999) / 1000));
    });
}

CertificateProbe::~CertificateProbe() { cancel(); }

void CertificateProbe::cancel()
{
    ++m_generation;
    m_timeout.stop();
    if (QSslSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void CertificateProbe::start(const QString &baseUrl)
{
    cancel();
    const QUrl url(baseUrl);
    if (url.scheme() != u"https"_s || url.host().isEmpty()) {
        // Still answered later, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    Q_EMIT finished({}, tr("服务器地址必须以 https:// 开头"));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    // Trust is the user's comparison of the fingerprint, not a CA.
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        if (socket == m_socket)
            finish(SyncClient::fingerprintOf(socket->peerCertificate()), {});
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket)
            finish({}, tr("无法与服务器建立加密连接：%1").arg(socket->errorString()));
    });
    m_timeout.start(m_timeoutMs);
    socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void CertificateProbe::finish(const QString &fingerprint, const QString &error)
{
    cancel();
    Q_EMIT finished(fingerprint, error);
}

} // namespace sales
