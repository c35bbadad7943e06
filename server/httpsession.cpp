// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsession.h"

#include "log.h"
#include "metrics.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace sales::server::detail {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using std::chrono::milliseconds;
using Shared = SessionShared;

namespace {

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket &&socket, ssl::context &ctx, Shared &shared)
        : m_stream(std::move(socket), ctx)
        , m_delay(m_stream.get_executor())
        , m_shared(shared)
    {
        m_shared.metrics.connectionOpened();
    }
    ~Session() { m_shared.metrics.connectionClosed(); }

    void run()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->handshake(); });
    }

private:
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    void handshake()
    {
        lowest().expires_after(milliseconds(m_shared.limits.readTimeoutMs));
        m_stream.async_handshake(ssl::stream_base::server,
                                 [self = shared_from_this()](beast::error_code ec) {
                                     if (!ec)
                                         self->readHeader();
                                 });
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->body_limit(std::uint64_t(m_shared.limits.maxBodyBytes));
        m_parser->header_limit(16 * 1024);
        lowest().expires_after(milliseconds(m_shared.limits.idleTimeoutMs));
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                    self->onRead(ec, true);
                                });
    }

    void onRead(beast::error_code ec, bool headerOnly)
    {
        if (ec == http::error::body_limit) {
            m_drain = true; // the client is likely still sending: read it off, then close
            return reply(Response::error(413, u"body_too_large"_s,
                                         u"request body exceeds %1 bytes"_s.arg(m_shared.limits.maxBodyBytes)),
                         false);
        }
        if (ec == http::error::header_limit) {
            m_drain = true;
            return reply(Response::error(431, u"headers_too_large"_s, u"request headers too large"_s), false);
        }
        if (ec && ec.category() == http::make_error_code(http::error::bad_target).category()
            && ec != http::error::end_of_stream && ec != http::error::partial_message) {
            m_drain = true;
            return reply(Response::error(400, u"bad_request"_s, u"malformed HTTP request"_s), false);
        }
        if (ec)
            return; // closed, timed out or cut mid-request: drop the connection
        if (headerOnly) {
            const auto &head = m_parser->get();
            if (head.method() == http::verb::put && head.target().starts_with("/api/v1/blobs/"))
                m_parser->body_limit(std::uint64_t(m_shared.limits.maxBlobBytes));
            lowest().expires_after(milliseconds(m_shared.limits.readTimeoutMs));
            http::async_read(m_stream, m_buffer, *m_parser,
                             [self = shared_from_this()](beast::error_code e, std::size_t) {
                                 self->onRead(e, false);
                             });
            return;
        }
        const auto &msg = m_parser->get();
        Request req;
        req.method = QString::fromLatin1(msg.method_string().data(), qsizetype(msg.method_string().size()));
        const QString target = QString::fromUtf8(msg.target().data(), qsizetype(msg.target().size()));
        const qsizetype q = target.indexOf(u'?');
        req.path = q < 0 ? target : target.left(q);
        req.query = q < 0 ? QString() : target.mid(q + 1);
        const auto auth = msg[http::field::authorization];
        req.authorization = QByteArray(auth.data(), qsizetype(auth.size()));
        req.body = QByteArray(msg.body().data(), qsizetype(msg.body().size()));
        m_method = req.method;
        m_path = req.path;
        Response res;
        try {
            res = m_shared.handler(req);
        } catch (const std::exception &e) {
            log::error(u"handler failed"_s, {{u"path"_s, req.path}, {u"error"_s, QString::fromUtf8(e.what())}});
            res = Response::error(500, u"internal"_s, u"internal error"_s);
        }
        reply(res, msg.keep_alive());
    }

    void reply(const Response &r, bool keepAlive)
    {
        m_shared.metrics.countRequest(r.route, r.status);
        log::info(u"request"_s, {{u"method"_s, m_method}, {u"path"_s, m_path}, {u"status"_s, r.status},
                                 {u"delay_ms"_s, qint64(r.delay.count())}});
        m_method.clear();
        m_path.clear();
        if (r.dropConnection) {
            beast::error_code ec;
            lowest().socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ec);
            lowest().close();
            return;
        }
        m_res = {};
        m_res.version(11);
        m_res.result(static_cast<http::status>(r.status));
        m_res.set(http::field::server, "sales-server");
        m_res.set(http::field::content_type, std::string_view(r.contentType.constData(), size_t(r.contentType.size())));
        for (const auto &[name, value] : r.headers)
            m_res.set(std::string_view(name.constData(), size_t(name.size())),
                      std::string_view(value.constData(), size_t(value.size())));
        m_res.body().assign(r.body.constData(), size_t(r.body.size()));
        m_res.keep_alive(keepAlive);
        m_res.prepare_payload();
        if (r.delay.count() <= 0)
            return write();
        // Wait without holding a worker thread.
        lowest().expires_after(r.delay + milliseconds(m_shared.limits.readTimeoutMs));
        m_delay.expires_after(r.delay);
        m_delay.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (!ec)
                self->write();
        });
    }

    void write()
    {
        lowest().expires_after(milliseconds(m_shared.limits.readTimeoutMs));
        http::async_write(m_stream, m_res, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec)
                return;
            if (self->m_drain)
                return self->drain();
            if (self->m_res.keep_alive())
                return self->readHeader();
            self->lowest().expires_after(std::chrono::seconds(2));
            self->m_stream.async_shutdown([self](beast::error_code) {});
        });
    }

    // Closing with unread input makes the kernel send a reset, and the client may
    // lose our answer with it. So after an early answer, discard what the client
    // still sends (bounded in bytes and time) until it closes.
    void drain()
    {
        lowest().expires_after(milliseconds(m_shared.limits.readTimeoutMs));
        m_stream.async_read_some(net::buffer(m_scratch), [self = shared_from_this()](beast::error_code ec,
                                                                                  std::size_t n) {
            self->m_drained += n;
            if (!ec && self->m_drained < 2 * std::uint64_t(self->m_shared.limits.maxBodyBytes) + (1u << 20))
                self->drain();
        });
    }

    beast::ssl_stream<beast::tcp_stream> m_stream;
    std::array<char, 16 * 1024> m_scratch{};
    std::uint64_t m_drained = 0;
    bool m_drain = false;
    QString m_method; // for the access log
    QString m_path;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_res;
    net::steady_timer m_delay;
    Shared &m_shared;
};

} // namespace

void startSession(tcp::socket &&socket, ssl::context &ctx, SessionShared &shared)
{
    std::make_shared<Session>(std::move(socket), ctx, shared)->run();
}

} // namespace sales::server::detail
