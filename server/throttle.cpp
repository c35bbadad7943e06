// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "throttle.h"

#include <algorithm>

namespace sales::server {

namespace {
constexpr qsizetype kMaxTracked = 10000;
constexpr qint64 kQuietMs = 15 * 60 * 1000; // failures older than this are forgotten
constexpr qint64 kMaxQueueMs = 60 * 1000;     // answers queued further ahead are refused at once

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

LoginThrottle::LoginThrottle(int baseMs, int capMs, Clock clock)
    : m_baseMs(std::max(0, baseMs))
    , m_capMs(std::max(0, capMs))
    , m_clock(clock ? std::move(clock) : Clock(steadyMs))
{
}

std::chrono::milliseconds LoginThrottle::failed(const QString &user)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock();
    if (m_state.size() >= kMaxTracked)
        prune(now);
    State &s = m_state[user];
    // Failures decay: after a quiet quarter of an hour the count starts again.
    if (s.failures > 0 && now - s.notBefore > kQuietMs)
        s.failures = 0;
    s.failures = std::min(s.failures + 1, 62);
    const qint64 backoff = std::min<qint64>(qint64(m_baseMs) << std::min(s.failures - 1, 30), m_capMs);
    // Parallel guesses queue behind each other (admit() bounds the queue).
    s.notBefore = std::max(now, s.notBefore) + backoff;
    return std::chrono::milliseconds(s.notBefore - now);
}

std::chrono::milliseconds LoginThrottle::succeeded(const QString &user)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock();
    auto it = m_state.find(user);
    if (it == m_state.end())
        return std::chrono::milliseconds(0);
    const qint64 wait = std::max<qint64>(0, it->notBefore - now);
    m_state.erase(it);
    return std::chrono::milliseconds(wait);
}

bool LoginThrottle::admit(const QString &user) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_state.constFind(user);
    return it == m_state.cend() || it->notBefore - m_clock() <= kMaxQueueMs;
}

int LoginThrottle::failures(const QString &user) const
{
    std::lock_guard lock(m_mutex);
    return m_state.value(user).failures;
}

int LoginThrottle::forgetQuiet()
{
    std::lock_guard lock(m_mutex);
    return prune(m_clock());
}

int LoginThrottle::prune(qint64 now)
{
    // Forget users whose last delay ran out more than a cap ago.
    int forgotten = 0;
    for (auto it = m_state.begin(); it != m_state.end();) {
        if (it->notBefore + std::max<qint64>(m_capMs, kQuietMs) < now) {
            it = m_state.erase(it);
            ++forgotten;
        } else {
            ++it;
        }
    }
    return forgotten;
}

} // namespace sales::server
