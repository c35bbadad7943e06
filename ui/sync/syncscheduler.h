// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace sales {

// When the next sync is due: every idle interval, soon after a local edit, at
// once after a run that was asked for while another was under way, and after a
// failure later each time (5 s doubling up to 5 min). One run at a time.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    explicit SyncScheduler(QObject *parent = nullptr);

    void setIntervals(int idleMs, int afterEditMs);
    // Nothing is due while disabled (signed out, no token yet).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void soon() { schedule(0); }
    void afterEdit() { schedule(m_afterEditMs); }

    // A run starts: false if one is already running (another follows it then).
    bool begin();
    bool isRunning() const { return m_running; }
    void succeeded();  // due again after the idle interval (or at once, if asked meanwhile)
    QDateTime retry(); // a passing failure: due after the backoff, which it returns
    void halted();     // a failure only the user can mend: nothing is due
    void resetBackoff() { m_failures = 0; }

Q_SIGNALS:
    void due();

private:
    void schedule(int ms);

    QTimer m_timer;
    bool m_enabled = false;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    int m_idleMs = 60000;
    int m_afterEditMs = 3000;
};

} // namespace sales
