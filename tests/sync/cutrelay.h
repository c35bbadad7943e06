// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A TCP relay between a client and the sales-server, on a thread of its own:
// while PullPrefetcher reads pages the engine's thread waits without an event
// loop, so nothing on it could relay or cut. TLS passes through untouched (the
// pinned fingerprint still matches). With a limit, the relay drops every
// connection and stops listening as soon as that many bytes came from the
// server: to the client, a server gone in the middle of a pull.

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

namespace sales::test {

class CutRelay final
{
public:
    CutRelay(quint16 target, qint64 limit) : m_target(target), m_limit(limit)
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(m_context, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~CutRelay()
    {
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(CutRelay)

    quint16 port() const { return m_port; } // 0 when it could not listen
    qint64 fromServer() const { return m_fromServer.load(); }
    bool cut() const { return m_cut.load(); }

private:
    // Everything below runs on m_thread.
    void listen()
    {
        m_listener = new QTcpServer(m_context);
        QObject::connect(m_listener, &QTcpServer::newConnection, m_context, [this] { accept(); });
        if (m_listener->listen(QHostAddress::LocalHost, 0))
            m_port = m_listener->serverPort();
    }

    void accept()
    {
        while (QTcpSocket *in = m_listener->nextPendingConnection()) {
            in->setParent(m_context);
            if (m_cut) {
                in->abort();
                continue;
            }
            auto *out = new QTcpSocket(m_context);
            m_sockets << in << out;
            // The client's bytes wait in its socket until the server side is connected.
            const auto up = [in, out] {
                if (out->state() == QAbstractSocket::ConnectedState)
                    out->write(in->readAll());
            };
            const auto down = [this, in, out] {
                const QByteArray bytes = out->readAll();
                in->write(bytes);
                if ((m_fromServer += bytes.size()) >= m_limit && m_limit > 0)
                    dropAll();
            };
            QObject::connect(in, &QTcpSocket::readyRead, m_context, up);
            QObject::connect(out, &QTcpSocket::connected, m_context, up);
            QObject::connect(out, &QTcpSocket::readyRead, m_context, down);
            QObject::connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
            QObject::connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
            QObject::connect(out, &QTcpSocket::errorOccurred, in, &QTcpSocket::disconnectFromHost);
            out->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    void dropAll()
    {
        m_cut = true;
        m_listener->close(); // later connections are refused
        for (QTcpSocket *s : std::as_const(m_sockets))
            s->abort();
    }

    QThread m_thread;
    QObject *m_context = nullptr; // parent of the listener and sockets, on m_thread
    QTcpServer *m_listener = nullptr;
    QList<QTcpSocket *> m_sockets;
    const quint16 m_target;
    const qint64 m_limit; // bytes from the server before the cut; 0: never
    quint16 m_port = 0;
    std::atomic<qint64> m_fromServer = 0;
    std::atomic<bool> m_cut = false;
};

} // namespace sales::test
