// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace sales::server {

// Periodic jobs (housekeeping now, the review deadlines later), on a thread of
// their own so a slow job never holds an HTTP worker. Time is the injected
// Clock's: a job is due once its interval has passed on that clock, and tests
// stand at an instant with runDue(t) instead of sleeping.
class JobRunner
{
public:
    // now: the instant the job runs at (its deadlines are judged by it). Failing
    // is returning false with *error set, or throwing; either is logged, counted,
    // and the job is due again one interval later, as after a success.
    using Job = std::function<bool(const QDateTime &now, QString *error)>;

    struct Status {
        QString name;
        qint64 intervalSeconds = 0;
        QDateTime nextDue;
        qint64 runs = 0;
        qint64 failures = 0;
        QString lastError;
        bool running = false;
    };

    // maxWait: how long the thread sleeps at most before it asks the clock again
    // (a clock set forward, or a wall clock that jumped, is noticed that late).
    explicit JobRunner(const Clock &clock, std::chrono::milliseconds maxWait = std::chrono::seconds(1));
    ~JobRunner(); // stops
    JobRunner(const JobRunner &) = delete;
    JobRunner &operator=(const JobRunner &) = delete;

    // First due one interval after the clock's now. Names are unique (false if
    // taken, or the interval is below one second).
    bool add(const QString &name, qint64 intervalSeconds, Job job);

    // Runs, one after another on the calling thread, every job due at now (due
    // <= now) that is not already running, and re-arms each at the first instant
    // of its schedule after now (missed runs are not caught up). A job already
    // running elsewhere is left due: a job never overlaps itself. Returns how
    // many ran.
    int runDue(const QDateTime &now);

    // The thread: runs the due jobs at the clock's now, sleeping until the next is
    // due (at most maxWait). stop() waits for a job that is running to finish;
    // both are idempotent.
    void start();
    void stop();

    QList<Status> status() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sales::server
