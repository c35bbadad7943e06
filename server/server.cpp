// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server.h"

#include "api.h"
#include "httpserver.h"
#include "jobrunner.h"
#include "metrics.h"
#include "reviewrules.h"
#include "store.h"
#include "throttle.h"

namespace sales::server {

using namespace Qt::StringLiterals;

struct Server::Impl {
    Impl(ServerConfig c, const Clock *clock)
        : config(std::move(c))
        , store(config.storage)
        , throttle(config.loginDelayBaseMs, config.loginDelayCapMs)
        , clock(clock ? *clock : systemClock())
        , api(store, metrics, throttle, config.maxBodyBytes, config.maxBlobBytes, this->clock)
        , jobs(this->clock)
    {
        // Users whose failed logins no longer slow them down are otherwise only
        // forgotten once ten thousand are tracked.
        jobs.add(u"forget-quiet-logins"_s, 5 * 60, [this](const QDateTime &, QString *) {
            throttle.forgetQuiet();
            return true;
        });
        // Review items past their deadline: auto-rejected or escalated, as their
        // stage says; each outcome a row with a rev that every client pulls.
        jobs.add(u"review-deadlines"_s, 60, [this](const QDateTime &now, QString *error) {
            int written = 0;
            return runReviewDeadlines(store, now, &written, error);
        });
        TransportLimits limits;
        limits.maxBodyBytes = config.maxBodyBytes;
        limits.maxBlobBytes = config.maxBlobBytes;
        limits.maxConnections = config.maxConnections;
        limits.threads = config.threads;
        limits.readTimeoutMs = config.readTimeoutMs;
        limits.idleTimeoutMs = config.idleTimeoutMs;
        limits.maxBodiesInFlightBytes = config.maxBodiesInFlightBytes;
        api.setMaxConcurrentLogins(config.threads / 2);
        http = std::make_unique<HttpServer>(
            limits, [this](const Request &head) { return api.admit(head); }, metrics);
    }

    ServerConfig config;
    Metrics metrics;
    Store store;
    LoginThrottle throttle;
    const Clock &clock; // the jobs' and the sync rules' time: the given one or the system's
    Api api;
    JobRunner jobs;                   // stopped before what its jobs use goes
    std::unique_ptr<HttpServer> http; // destroyed first
};

Server::Server(ServerConfig config, const Clock *clock)
    : d(std::make_unique<Impl>(std::move(config), clock))
{
}

Server::~Server() { stop(); }

bool Server::start(QString *error)
{
    if (!d->store.open(error))
        return false;
    if (const int drop = qEnvironmentVariableIntValue("SALES_SERVER_FAULT_DROP_PUSH"); drop > 0)
        d->api.sync().dropNextPushResponses(drop);
    if (!d->http->start(d->config.address, d->config.port, d->config.certPath(), d->config.keyPath(), error))
        return false;
    d->jobs.start();
    return true;
}

void Server::stop()
{
    d->jobs.stop();
    d->http->stop();
}
quint16 Server::port() const { return d->http->port(); }
Metrics &Server::metrics() { return d->metrics; }
Store &Server::store() { return d->store; }
JobRunner &Server::jobs() { return d->jobs; }

} // namespace sales::server
