// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"

#include <QString>

#include <memory>

namespace sales::server {

class Metrics;

struct TransportLimits {
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxBlobBytes = 20 * 1024 * 1024; // the body limit of PUT /api/v1/blobs/...
    int maxConnections = 256;
    int threads = 4;
    int readTimeoutMs = 15000; // TLS handshake, one request, one response
    int idleTimeoutMs = 60000; // waiting for the next request on a kept-alive connection
};

// HTTP/1.1 over TLS (Boost.Beast/Asio + OpenSSL) with a pool of worker threads.
// The handler runs on a worker thread; it must be thread-safe.
class HttpServer
{
public:
    HttpServer(TransportLimits limits, Handler handler, Metrics &metrics);
    ~HttpServer(); // stops
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds address:port (port 0 picks a free one) and starts the workers.
    bool start(const QString &address, quint16 port, const QString &certPath,
               const QString &keyPath, QString *error);
    quint16 port() const;
    // Closes the listener and all connections, joins the workers. Idempotent.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sales::server
