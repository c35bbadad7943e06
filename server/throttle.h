// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>

namespace sales::server {

// Per-user slow-down of failed logins: the n-th consecutive failure is answered
// after min(base * 2^(n-1), cap), and no answer for that user (right or wrong)
// comes before the previous delay has run out, so parallel guessing gains nothing.
class LoginThrottle
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    LoginThrottle(int baseMs, int capMs, Clock clock = {});

    // Wait before answering an attempt that failed; counts the failure.
    std::chrono::milliseconds failed(const QString &user);
    // Wait before answering an attempt that succeeded; resets the count.
    std::chrono::milliseconds succeeded(const QString &user);
    int failures(const QString &user) const;
    // False while the user's queued answers already reach a minute ahead: the
    // attempt is refused (429) without checking the password, so a flood of
    // guesses neither gets evaluated nor locks the real user out for long.
    // Failures are forgotten after a quiet quarter of an hour.
    bool admit(const QString &user) const;
    // Forgets the users whose failures no longer count (as prune); failed() does
    // it only once many users are tracked, the server's jobs do it every few
    // minutes. Returns how many were forgotten.
    int forgetQuiet();

private:
    struct State {
        int failures = 0;
        qint64 notBefore = 0;
    };
    int prune(qint64 now);

    int m_baseMs;
    int m_capMs;
    Clock m_clock;
    mutable std::mutex m_mutex;
    QHash<QString, State> m_state;
};

} // namespace sales::server
