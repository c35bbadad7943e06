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
    int readTimeoutMs = 15000; // TLS handshake; a request's headers from their first byte; its body; one response
    int idleTimeoutMs = 60000; // waiting for the first byte of the next request
    qint64 maxBodiesInFlightBytes = 160 * 1024 * 1024; // all request bodies held at once; more wait with 503 busy
};

// HTTP/1.1 over TLS (Boost.Beast/Asio + OpenSSL) with a pool of worker threads.
// Each request's head goes to the admitter as soon as its headers are read: it
// answers at once (nothing more is read of the request) or names the body limit
// and the handler. Both run on a worker thread; they must be thread-safe.
class HttpServer
{
public:
    HttpServer(TransportLimits limits, Admitter admit, Metrics &metrics);
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
