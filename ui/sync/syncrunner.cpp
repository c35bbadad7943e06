// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrunner.h"

#include "offguithread.h"

#include <mutex>

namespace sales {

struct SyncRunner::ProgressBox {
    std::mutex mutex;
    int rows = 0;
    int percent = -1;
    bool fresh = false;
};

SyncRunner::SyncRunner(ReplicaConfig replica, QObject *parent) : QObject(parent), m_replica(std::move(replica))
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &SyncRunner::poll);
}

SyncRunner::~SyncRunner() = default;

void SyncRunner::start(const SyncProfile &profile, const QByteArray &token)
{
    m_box = std::make_shared<ProgressBox>();
    m_poll.start();
    const auto report = [box = m_box](int rows, int percent) {
        std::lock_guard lock(box->mutex);
        box->rows = rows;
        box->percent = percent;
        box->fresh = true;
    };
    runOffGuiThread(
        this,
        [replica = m_replica, profile, token, report] { return syncaccount::syncOnce(replica, profile, token, report); },
        [this](const SyncReport &result) {
            m_poll.stop();
            m_box.reset();
            Q_EMIT finished(result);
        });
}

void SyncRunner::poll()
{
    if (!m_box)
        return;
    int rows = 0;
    int percent = -1;
    {
        std::lock_guard lock(m_box->mutex);
        if (!m_box->fresh)
            return;
        m_box->fresh = false;
        rows = m_box->rows;
        percent = m_box->percent;
    }
    Q_EMIT progress(rows, percent);
}

} // namespace sales
