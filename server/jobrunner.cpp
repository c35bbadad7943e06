// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "log.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QJsonArray>

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace sales::server {

namespace net = boost::asio;

namespace {

// The first instant of the schedule due, due + interval, ... after now (due <= now).
QDateTime nextAfter(const QDateTime &due, qint64 intervalSeconds, const QDateTime &now)
{
    const qint64 step = intervalSeconds * 1000;
    const qint64 periods = std::max<qint64>(0, due.msecsTo(now)) / step + 1;
    return due.addMSecs(periods * step);
}

} // namespace

struct JobRunner::Impl {
    struct Entry {
        Status status;
        Job job;
    };

    Impl(const Clock &c, std::chrono::milliseconds wait)
        : clock(c)
        , maxWait(std::max(wait, std::chrono::milliseconds(1)))
        , timer(ioc)
    {
    }

    int runDue(const QDateTime &now)
    {
        std::vector<Entry *> due;
        {
            std::lock_guard lock(mutex);
            for (const auto &e : entries) {
                if (e->status.running || e->status.nextDue > now)
                    continue;
                e->status.running = true;
                e->status.nextDue = nextAfter(e->status.nextDue, e->status.intervalSeconds, now);
                due.push_back(e.get());
            }
        }
        for (Entry *e : due)
            runOne(*e, now);
        return int(due.size());
    }

    void runOne(Entry &e, const QDateTime &now)
    {
        QString error;
        bool ok = false;
        try {
            ok = e.job(now, &error);
        } catch (const std::exception &ex) {
            error = u"threw: "_s + QString::fromUtf8(ex.what());
        } catch (...) {
            error = u"threw"_s;
        }
        if (!ok && error.isEmpty())
            error = u"failed"_s;
        if (!ok)
            log::warn(u"job failed"_s, {{u"job"_s, e.status.name}, {u"error"_s, error}});
        std::lock_guard lock(mutex);
        ++e.status.runs;
        if (!ok) {
            ++e.status.failures;
            e.status.lastError = error;
        }
        e.status.running = false;
    }

    // Sleeps until the next job is due by the clock, at most maxWait, then runs what is due.
    void arm()
    {
        auto wait = maxWait;
        {
            std::lock_guard lock(mutex);
            const QDateTime now = clock.now();
            for (const auto &e : entries)
                if (!e->status.running)
                    wait = std::min(wait, std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(e->status.nextDue))));
        }
        timer.expires_after(wait);
        timer.async_wait([this](const boost::system::error_code &ec) {
            if (ec)
                return;
            runDue(clock.now());
            arm();
        });
    }

    const Clock &clock;
    const std::chrono::milliseconds maxWait;
    mutable std::mutex mutex;
    std::vector<std::unique_ptr<Entry>> entries; // never removed: runDue holds pointers outside the lock
    net::io_context ioc{1};
    net::steady_timer timer;
    std::thread thread;
};

JobRunner::JobRunner(const Clock &clock, std::chrono::milliseconds maxWait)
    : d(std::make_unique<Impl>(clock, maxWait))
{
}

JobRunner::~JobRunner() { stop(); }

bool JobRunner::add(const QString &name, qint64 intervalSeconds, Job job)
{
    if (name.isEmpty() || intervalSeconds < 1 || !job)
        return false;
    std::lock_guard lock(d->mutex);
    for (const auto &e : d->entries)
        if (e->status.name == name)
            return false;
    auto entry = std::make_unique<Impl::Entry>();
    entry->status.name = name;
    entry->status.intervalSeconds = intervalSeconds;
    entry->status.nextDue = d->clock.now().addSecs(intervalSeconds);
    entry->job = std::move(job);
    d->entries.push_back(std::move(entry));
    return true;
}

int JobRunner::runDue(const QDateTime &now) { return d->runDue(now); }

void JobRunner::start()
{
    if (d->thread.joinable())
        return;
    d->ioc.restart();
    d->arm();
    d->thread = std::thread([this] { d->ioc.run(); });
    QJsonArray names;
    for (const Status &s : status())
        names.append(s.name);
    log::info(u"jobs started"_s, {{u"jobs"_s, names}});
}

void JobRunner::stop()
{
    if (!d->thread.joinable())
        return;
    d->ioc.stop(); // after the handler (and the job) running now
    d->thread.join();
    d->timer.cancel();
}

QList<JobRunner::Status> JobRunner::status() const
{
    std::lock_guard lock(d->mutex);
    QList<Status> out;
    for (const auto &e : d->entries)
        out.append(e->status);
    return out;
}

} // namespace sales::server
