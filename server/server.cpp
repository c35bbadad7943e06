// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server.h"

#include "api.h"
#include "httpserver.h"
#include "metrics.h"
#include "store.h"
#include "throttle.h"

namespace sales::server {

struct Server::Impl {
    explicit Impl(ServerConfig c)
        : config(std::move(c))
        , store(config.storage)
        , throttle(config.loginDelayBaseMs, config.loginDelayCapMs)
        , api(store, metrics, throttle, config.maxBodyBytes, config.maxBlobBytes)
    {
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
    Api api;
    std::unique_ptr<HttpServer> http; // destroyed first
};

Server::Server(ServerConfig config)
    : d(std::make_unique<Impl>(std::move(config)))
{
}

Server::~Server() { stop(); }

bool Server::start(QString *error)
{
    if (!d->store.open(error))
        return false;
    if (const int drop = qEnvironmentVariableIntValue("SALES_SERVER_FAULT_DROP_PUSH"); drop > 0)
        d->api.sync().dropNextPushResponses(drop);
    return d->http->start(d->config.address, d->config.port, d->config.certPath(),
                          d->config.keyPath(), error);
}

void Server::stop() { d->http->stop(); }
quint16 Server::port() const { return d->http->port(); }
Metrics &Server::metrics() { return d->metrics; }
Store &Server::store() { return d->store; }

} // namespace sales::server
