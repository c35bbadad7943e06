// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Raw TLS connections to the real sales-server for hostile-input tests: bytes
// written as they are (malformed requests, dripped headers, huge bodies), the
// status line read back. Every wait runs the event loop, so the server process's
// log pipe keeps draining while a test waits on its sockets.

#include <QByteArray>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

namespace sales::test {

class HostilePeer
{
public:
    // Trusts exactly the certificate in the server's data folder.
    static QSslConfiguration trustFrom(const QString &certPem)
    {
        QFile f(certPem);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (f.open(QIODevice::ReadOnly))
            ssl.setCaCertificates(QSslCertificate::fromData(f.readAll(), QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return ssl;
    }

    HostilePeer(const QSslConfiguration &ssl, quint16 port)
    {
        m_socket = std::make_unique<QSslSocket>();
        m_socket->setSslConfiguration(ssl);
        QObject::connect(m_socket.get(), &QIODevice::readyRead, m_socket.get(),
                         [this] { m_got += m_socket->readAll(); });
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        (void)QTest::qWaitFor([this] { return m_socket->isEncrypted() || m_socket->state() == QAbstractSocket::UnconnectedState; },
                        5000);
    }

    bool connected() const { return m_socket->isEncrypted() && m_socket->state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes) { m_socket->write(bytes); }
    void abort() { m_socket->abort(); }
    bool closed() const { return m_socket->state() == QAbstractSocket::UnconnectedState; }
    const QByteArray &received() const { return m_got; }
    bool answered() const { return m_got.contains("\r\n\r\n"); }
    // "HTTP/1.1 401 ..." → 401; 0 without an answer.
    int status() const { return m_got.startsWith("HTTP/1.1 ") ? m_got.mid(9, 3).toInt() : 0; }

    // Waits for an answer (or the connection's end) and returns its status.
    int waitForStatus(int ms = 10000)
    {
        (void)QTest::qWaitFor([this] { return answered() || closed(); }, ms);
        return status();
    }

private:
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_got;
};

// A process's resident memory now (VmRSS) in KiB, or -1.
inline qint64 residentKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace sales::test
