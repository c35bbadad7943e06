// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/replicaconnection.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QWidget;

namespace sales {

class Session;

// After start-up, reads the whole replica once on a connection of its own, off
// the GUI thread (ReplicaHealth). Damage is told once, in words, with what to do:
// a warning over the window, unless the lead list already said it.
class ReplicaHealthCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaHealthCheck)

public:
    // config: the workspace's file and key; the check opens it read-only, never creating.
    ReplicaHealthCheck(Session &session, ReplicaConfig config, QWidget *window, QObject *parent = nullptr);
    ~ReplicaHealthCheck() override;

    void start(int delayMs);

Q_SIGNALS:
    void finished(bool damaged);

private:
    void report(bool damaged);

    Session &m_session;
    ReplicaConfig m_config;
    QPointer<QWidget> m_window;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace sales
