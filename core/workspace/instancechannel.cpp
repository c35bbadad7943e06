// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancechannel.h"

#include "logging.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace sales {
namespace {

constexpr QByteArrayView kActivate = "activate\n";
constexpr QByteArrayView kDone = "ok\n";

} // namespace

InstanceChannel::InstanceChannel(QObject *parent) : QObject(parent) {}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::listen(const QString &name)
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
    QLocalServer::removeServer(name); // left by a holder that was killed; we hold the lock now
    if (!m_server->listen(name)) {
        qCWarning(lcStorage) << "instance channel: cannot listen on" << name << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, &QObject::deleteLater); // a peer that never speaks
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return socket->bytesAvailable() > 64 ? socket->abort() : void();
                if (socket->readLine(64) != kActivate.toByteArray())
                    return socket->abort();
                Q_EMIT activationRequested();
                socket->write(kDone.data(), kDone.size());
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

void InstanceChannel::askToActivate(const QString &name, int timeoutMs, QObject *context,
                                    std::function<void(bool)> done)
{
    auto *socket = new QLocalSocket(context);
    auto finish = std::make_shared<std::function<void(bool)>>(std::move(done));
    auto end = [socket, finish](bool answered) {
        if (!*finish)
            return;
        const auto callback = std::exchange(*finish, {});
        socket->deleteLater();
        callback(answered);
    };
    QTimer::singleShot(timeoutMs, socket, [end] { end(false); });
    connect(socket, &QLocalSocket::connected, socket,
            [socket] { socket->write(kActivate.data(), kActivate.size()); });
    connect(socket, &QLocalSocket::readyRead, socket, [socket, end] {
        if (socket->canReadLine())
            end(socket->readLine(64) == kDone.toByteArray());
    });
    connect(socket, &QLocalSocket::errorOccurred, socket, [end](QLocalSocket::LocalSocketError) { end(false); });
    socket->connectToServer(name);
}

} // namespace sales
