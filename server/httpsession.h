// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the transport: one TLS connection serving HTTP/1.1 requests.

#include "http.h"
#include "httpserver.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

namespace sales::server {

class Metrics;

namespace detail {

struct SessionShared {
    TransportLimits limits;
    Handler handler;
    Metrics &metrics;
};

// Handshake, then requests until the client closes, a timeout, or an error.
void startSession(boost::asio::ip::tcp::socket &&socket, boost::asio::ssl::context &ctx,
                  SessionShared &shared);

} // namespace detail
} // namespace sales::server
