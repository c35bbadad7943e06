// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "httpsession.h"
#include "log.h"
#include "metrics.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/error.hpp>

#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace sales::server {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using detail::SessionShared;

namespace {
constexpr const char *kTls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
} // namespace

struct HttpServer::Impl {
    Impl(TransportLimits limits, Admitter admit, Metrics &metrics)
        : shared{limits, std::move(admit), metrics}
        , ioc(std::max(1, limits.threads))
        , retry(ioc)
    {
    }

    void accept()
    {
        acceptor->async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted || !acceptor->is_open())
                return;
            if (ec) {
                // Out of descriptors or similar: do not spin, try again shortly.
                log::warn(u"accept failed"_s, {{u"error"_s, QString::fromStdString(ec.message())}});
                retry.expires_after(std::chrono::milliseconds(100));
                retry.async_wait([this](beast::error_code e) {
                    if (!e)
                        accept();
                });
                return;
            }
            if (shared.metrics.openConnections() >= shared.limits.maxConnections) {
                shared.metrics.connectionRejected();
                beast::error_code ignored;
                socket.close(ignored);
            } else {
                detail::startSession(std::move(socket), ctx, shared);
            }
            accept();
        });
    }

    SessionShared shared;
    ssl::context ctx{ssl::context::tls_server};
    net::io_context ioc; // destroyed before `shared`: sessions still count down
    net::steady_timer retry;
    std::optional<tcp::acceptor> acceptor;
    std::vector<std::thread> workers;
    quint16 port = 0;
};

HttpServer::HttpServer(TransportLimits limits, Admitter admit, Metrics &metrics)
    : d(std::make_unique<Impl>(limits, std::move(admit), metrics))
{
}

HttpServer::~HttpServer() { stop(); }

quint16 HttpServer::port() const { return d->port; }

bool HttpServer::start(const QString &address, quint16 port, const QString &certPath,
                       const QString &keyPath, QString *error)
{
    beast::error_code ec;
    d->ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2
                       | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    // Mozilla's "intermediate": TLS 1.3 (all of its suites are AEAD), and TLS 1.2
    // only with ECDHE and an AEAD cipher; no compression, no renegotiation.
    SSL_CTX_set_options(d->ctx.native_handle(), SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_set_cipher_list(d->ctx.native_handle(), kTls12Ciphers) != 1) {
        *error = u"TLS: no usable cipher suite"_s;
        return false;
    }
    d->ctx.use_certificate_chain_file(certPath.toStdString(), ec);
    if (!ec)
        d->ctx.use_private_key_file(keyPath.toStdString(), ssl::context::pem, ec);
    if (ec) {
        *error = u"TLS certificate/key: %1"_s.arg(QString::fromStdString(ec.message()));
        return false;
    }
    const auto ip = net::ip::make_address(address.toStdString(), ec);
    if (ec) {
        *error = u"bad listen address %1"_s.arg(address);
        return false;
    }
    const tcp::endpoint ep(ip, port);
    d->acceptor.emplace(net::make_strand(d->ioc));
    d->acceptor->open(ep.protocol(), ec);
    if (!ec)
        d->acceptor->set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor->bind(ep, ec);
    if (!ec)
        d->acceptor->listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address, QString::number(port),
                                                    QString::fromStdString(ec.message()));
        d->acceptor.reset();
        return false;
    }
    d->port = d->acceptor->local_endpoint().port();
    d->accept();
    for (int i = 0; i < std::max(1, d->shared.limits.threads); ++i)
        d->workers.emplace_back([this] { d->ioc.run(); });
    log::info(u"listening"_s, {{u"address"_s, address}, {u"port"_s, int(d->port)},
                               {u"threads"_s, d->shared.limits.threads}});
    return true;
}

void HttpServer::stop()
{
    if (d->workers.empty())
        return;
    d->ioc.stop();
    for (auto &t : d->workers)
        t.join();
    d->workers.clear();
    beast::error_code ignored;
    d->acceptor->close(ignored);
    log::info(u"stopped"_s);
}

} // namespace sales::server
