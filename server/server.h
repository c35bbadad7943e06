// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <memory>

namespace sales {
class Clock;
}

namespace sales::server {

class JobRunner;
class Metrics;
class Store;

// One running server: storage, auth, API, the periodic jobs and the TLS
// transport, built from a data folder's config. Used by `serve` and by the tests
// (in-process).
class Server
{
public:
    // clock: the jobs' time (nullptr: the system's); it must outlive the server.
    explicit Server(ServerConfig config, const sales::Clock *clock = nullptr);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    bool start(QString *error); // config.port 0 picks a free port
    void stop();
    quint16 port() const;
    Metrics &metrics();
    Store &store();
    JobRunner &jobs();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sales::server
