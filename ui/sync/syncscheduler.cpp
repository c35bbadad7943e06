// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncscheduler.h"

#include <algorithm>

namespace sales {

SyncScheduler::SyncScheduler(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::due);
}

void SyncScheduler::setIntervals(int idleMs, int afterEditMs)
{
    m_idleMs = idleMs;
    m_afterEditMs = afterEditMs;
}

void SyncScheduler::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_timer.stop();
        m_again = false;
    }
}

void SyncScheduler::schedule(int ms)
{
    if (!m_enabled)
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > ms)
        m_timer.start(ms);
}

bool SyncScheduler::begin()
{
    if (m_running) {
        m_again = true;
        return false;
    }
    m_timer.stop();
    m_running = true;
    m_again = false;
    return true;
}

void SyncScheduler::succeeded()
{
    m_running = false;
    m_failures = 0;
    schedule(m_again ? 0 : m_idleMs);
    m_again = false;
}

QDateTime SyncScheduler::retry()
{
    m_running = false;
    m_again = false;
    const int delay = std::min(5000 << std::min(m_failures, 6), 300000);
    ++m_failures;
    schedule(delay);
    return QDateTime::currentDateTime().addMSecs(delay);
}

void SyncScheduler::halted()
{
    m_running = false;
    m_again = false;
}

} // namespace sales
