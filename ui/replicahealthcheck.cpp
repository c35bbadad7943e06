// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicahealthcheck.h"

#include "offguithread.h"
#include "replicadamagenotice.h"
#include "storage/replicahealth.h"
#include "workspace/session.h"

#include <QCoreApplication>
#include <QTimer>
#include <QWidget>

namespace sales {

ReplicaHealthCheck::ReplicaHealthCheck(Session &session, ReplicaConfig config, QWidget *window, QObject *parent)
    : QObject(parent), m_session(session), m_config(std::move(config)), m_window(window)
{
    m_config.create = false;
    m_config.cacheKiB = 2048; // it reads every page once: a big cache would only cost memory
}

void ReplicaHealthCheck::start(int delayMs)
{
    // A quit (or this object going) stops the read within milliseconds: the
    // application waits for its worker threads before it exits.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [stop = m_stop] { stop->store(true); });
    QTimer::singleShot(delayMs, this, [this] {
        runOffGuiThread(
            this,
            [config = m_config, stop = m_stop] {
                ReplicaConnection connection(config);
                if (!connection.isOpen())
                    return ReplicaHealth{ReplicaHealth::State::Failed, {}, connection.errorText()};
                return ReplicaHealth::check(connection.database(), [&stop] { return !stop->load(); });
            },
            [this](const ReplicaHealth &health) { report(health.state == ReplicaHealth::State::Damaged); });
    });
}

ReplicaHealthCheck::~ReplicaHealthCheck()
{
    m_stop->store(true);
}

void ReplicaHealthCheck::report(bool damaged)
{
    if (damaged)
        tellReplicaDamage(m_session, m_window);
    Q_EMIT finished(damaged);
}

} // namespace sales
