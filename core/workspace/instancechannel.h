// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QLocalServer;

namespace sales {

// How a second start on a workspace reaches the client that holds it: the
// holder listens on a local socket (named by WorkspaceLock::channelName), a
// later start connects, asks it to come to the front, and waits for its answer.
class InstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)

public:
    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    // The holder (it holds the workspace lock, so a socket left by a killed
    // holder is removed first). False when the socket cannot be made.
    bool listen(const QString &name);

    // A later start: asks the holder to come to the front; done(true) once it
    // answered, done(false) when nobody answered within timeoutMs. Never blocks.
    static void askToActivate(const QString &name, int timeoutMs, QObject *context, std::function<void(bool)> done);

Q_SIGNALS:
    void activationRequested();

private:
    QLocalServer *m_server = nullptr;
};

} // namespace sales
