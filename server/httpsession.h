// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the transport: one TLS connection serving HTTP/1.1 requests.

#include "http.h"
#include "httpserver.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

#include <atomic>

namespace sales::server {

class Metrics;

namespace detail {

// The bytes of request bodies all connections may hold in memory at once: a
// body is read only after its size (declared, or its route's limit when sent in
// chunks) has been taken from here, and is given back once its handler is done.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 capacity) : m_capacity(capacity) {}
    bool take(qint64 bytes);
    void give(qint64 bytes) { m_used.fetch_sub(bytes); }
    qint64 used() const { return m_used.load(); }
    qint64 capacity() const { return m_capacity; }

private:
    const qint64 m_capacity;
    std::atomic<qint64> m_used{0};
};

struct SessionShared {
    TransportLimits limits;
    Admitter admit;
    Metrics &metrics;
    BodyBudget budget{limits.maxBodiesInFlightBytes};
};

// Handshake, then requests until the client closes, a timeout, or an error.
void startSession(boost::asio::ip::tcp::socket &&socket, boost::asio::ssl::context &ctx,
                  SessionShared &shared);

} // namespace detail
} // namespace sales::server
