// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicahealthcheck.h"

#include "offguithread.h"
#include "replicadamagenotice.h"
#include "storage/replicahealth.h"
#include "workspace/session.h"

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
    QTimer::singleShot(delayMs, this, [this] {
        runOffGuiThread(
            this,
            [config = m_config] {
                ReplicaConnection connection(config);
                if (!connection.isOpen())
                    return ReplicaHealth{ReplicaHealth::State::Failed, connection.errorText()};
                return ReplicaHealth::check(connection.database());
            },
            [this](const ReplicaHealth &health) { report(health.state == ReplicaHealth::State::Damaged); });
    });
}

void ReplicaHealthCheck::report(bool damaged)
{
    if (damaged)
        tellReplicaDamage(m_session, m_window);
    Q_EMIT finished(damaged);
}

} // namespace sales
