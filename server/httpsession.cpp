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
#include <limits>
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

bool BodyBudget::take(qint64 bytes)
{
    for (qint64 used = m_used.load(); used + bytes <= m_capacity;)
        if (m_used.compare_exchange_weak(used, used + bytes))
            return true;
    return false;
}

namespace {

// A request's method or target as it may go into the log: printable, at most 200 characters.
QString forLog(std::string_view raw)
{
    QString s = QString::fromUtf8(raw.data(), qsizetype(std::min<size_t>(raw.size(), 200)));
    for (QChar &c : s)
        if (!c.isPrint())
            c = u'?';
    return s;
}

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
    ~Session()
    {
        releaseBody();
        m_shared.metrics.connectionClosed();
    }

    void run()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->handshake(); });
    }

private:
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }
    milliseconds readTimeout() const { return milliseconds(m_shared.limits.readTimeoutMs); }

    void handshake()
    {
        lowest().expires_after(readTimeout());
        m_stream.async_handshake(ssl::stream_base::server,
                                 [self = shared_from_this()](beast::error_code ec) {
                                     if (!ec)
                                         self->awaitRequest();
                                 });
    }

    // Idle until the next request's first byte; from then on its headers have
    // the read timeout to arrive (a client dripping them byte by byte is cut off).
    void awaitRequest()
    {
        m_parser.emplace();
        // Beast would compare a declared Content-Length with a limit set here while it
        // reads the headers, before the route is known: the route's own limit is set
        // (and a declared length checked against it) once the headers are in.
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        m_parser->header_limit(16 * 1024);
        m_bodyLimit = m_shared.limits.maxBodyBytes;
        if (m_buffer.size() > 0)
            return readHeader();
        lowest().expires_after(milliseconds(m_shared.limits.idleTimeoutMs));
        m_stream.async_read_some(m_buffer.prepare(4096), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
            if (ec)
                return; // closed or idle too long
            self->m_buffer.commit(n);
            self->readHeader();
        });
    }

    void readHeader()
    {
        lowest().expires_after(readTimeout());
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                    self->onHeader(ec);
                                });
    }

    // The transport's own refusals of a malformed or oversized request; true if one was sent.
    bool refusedForm(beast::error_code ec)
    {
        if (ec == http::error::body_limit) {
            m_drain = true; // the client is likely still sending: read it off, then close
            reply(tooLarge(), false);
            return true;
        }
        if (ec == http::error::header_limit) {
            m_drain = true;
            noteHead(); // as much of the request line as was read, for the log
            reply(Response::error(431, u"headers_too_large"_s, u"request headers too large"_s), false);
            return true;
        }
        if (ec && ec.category() == http::make_error_code(http::error::bad_target).category()
            && ec != http::error::end_of_stream && ec != http::error::partial_message) {
            m_drain = true;
            reply(Response::error(400, u"bad_request"_s, u"malformed HTTP request"_s), false);
            return true;
        }
        return false;
    }

    void noteHead()
    {
        const auto &head = m_parser->get();
        m_method = forLog(head.method_string());
        m_path = forLog(head.target().substr(0, head.target().find('?')));
    }

    Request requestHead() const
    {
        const auto &msg = m_parser->get();
        Request req;
        req.method = QString::fromLatin1(msg.method_string().data(), qsizetype(msg.method_string().size()));
        const QString target = QString::fromUtf8(msg.target().data(), qsizetype(msg.target().size()));
        const qsizetype q = target.indexOf(u'?');
        req.path = q < 0 ? target : target.left(q);
        req.query = q < 0 ? QString() : target.mid(q + 1);
        const auto auth = msg[http::field::authorization];
        req.authorization = QByteArray(auth.data(), qsizetype(auth.size()));
        return req;
    }

    void onHeader(beast::error_code ec)
    {
        if (refusedForm(ec) || ec)
            return; // answered, or closed, timed out or cut mid-request: drop the connection
        noteHead();
        const auto declared = m_parser->content_length();
        const bool hasBody = m_parser->chunked() || (declared && *declared > 0);
        const bool keepAlive = m_parser->get().keep_alive();
        Admission admission;
        try {
            admission = m_shared.admit(requestHead());
        } catch (const std::exception &e) {
            log::error(u"admission failed"_s, {{u"path"_s, m_path}, {u"error"_s, QString::fromUtf8(e.what())}});
            admission = Admission::refuse(Response::error(500, u"internal"_s, u"internal error"_s));
        }
        if (admission.answer) {
            // Refused on its head: whatever body follows is discarded unread.
            m_drain = hasBody;
            return reply(*admission.answer, keepAlive && !hasBody);
        }
        m_bodyLimit = admission.bodyLimit;
        if (declared && *declared > std::uint64_t(m_bodyLimit)) {
            m_drain = true;
            return reply(tooLarge(), false);
        }
        const qint64 need = !hasBody ? 0 : declared ? qint64(*declared) : m_bodyLimit;
        if (need > 0 && !m_shared.budget.take(need)) {
            m_drain = true;
            Response busy = Response::error(503, u"busy"_s, u"the server is receiving too much at once; try again shortly"_s);
            busy.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")));
            return reply(busy, false);
        }
        m_held = need;
        m_run = std::move(admission.run);
        m_parser->body_limit(std::uint64_t(m_bodyLimit)); // a chunked body is counted as it comes
        lowest().expires_after(readTimeout());
        http::async_read(m_stream, m_buffer, *m_parser, [self = shared_from_this()](beast::error_code e, std::size_t) {
            self->onBody(e);
        });
    }

    void onBody(beast::error_code ec)
    {
        if (refusedForm(ec) || ec) {
            releaseBody();
            return;
        }
        const auto &msg = m_parser->get();
        const bool keepAlive = msg.keep_alive();
        Request req = requestHead();
        // No copy: the handler runs now, while the parser still holds the bytes.
        req.body = QByteArray::fromRawData(msg.body().data(), qsizetype(msg.body().size()));
        Response res;
        try {
            res = m_run(req);
        } catch (const std::exception &e) {
            log::error(u"handler failed"_s, {{u"path"_s, req.path}, {u"error"_s, QString::fromUtf8(e.what())}});
            res = Response::error(500, u"internal"_s, u"internal error"_s);
        }
        req = {};
        m_run = {};
        m_parser.reset();
        releaseBody();
        reply(res, keepAlive);
    }

    void releaseBody()
    {
        if (m_held > 0)
            m_shared.budget.give(std::exchange(m_held, 0));
    }

    Response tooLarge() const
    {
        return Response::error(413, u"body_too_large"_s, u"request body exceeds %1 bytes"_s.arg(m_bodyLimit));
    }

    void reply(const Response &r, bool keepAlive)
    {
        m_shared.metrics.countRequest(r.route, r.status);
        const QJsonObject fields{{u"method"_s, m_method}, {u"path"_s, m_path}, {u"status"_s, r.status},
                                 {u"delay_ms"_s, qint64(r.delay.count())}};
        if (r.status == 413 || r.status == 431 || r.status == 503)
            log::warn(u"request refused"_s, fields);
        else
            log::info(u"request"_s, fields);
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
        lowest().expires_after(r.delay + readTimeout());
        m_delay.expires_after(r.delay);
        m_delay.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (!ec)
                self->write();
        });
    }

    void write()
    {
        lowest().expires_after(readTimeout());
        http::async_write(m_stream, m_res, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec)
                return;
            if (self->m_drain)
                return self->startDrain();
            if (self->m_res.keep_alive())
                return self->awaitRequest();
            self->lowest().expires_after(std::chrono::seconds(2));
            self->m_stream.async_shutdown([self](beast::error_code) {});
        });
    }

    // Closing with unread input makes the kernel send a reset, and the client may
    // lose our answer with it. So after an early answer, discard what the client
    // still sends (into a small scratch buffer, bounded in bytes and in time: one
    // read timeout in all) until it closes, so an honest client reads our answer.
    void startDrain()
    {
        m_buffer.consume(m_buffer.size());
        m_parser.reset();
        lowest().expires_after(readTimeout());
        drain();
    }

    void drain()
    {
        m_stream.async_read_some(net::buffer(m_scratch), [self = shared_from_this()](beast::error_code ec,
                                                                                  std::size_t n) {
            self->m_drained += n;
            const auto &l = self->m_shared.limits;
            const std::uint64_t most = std::uint64_t(std::max(2 * l.maxBodyBytes, l.maxBlobBytes)) + (1u << 20);
            if (!ec && self->m_drained < most)
                self->drain();
        });
    }

    beast::ssl_stream<beast::tcp_stream> m_stream;
    std::array<char, 16 * 1024> m_scratch{};
    std::uint64_t m_drained = 0;
    bool m_drain = false;
    qint64 m_bodyLimit = 0; // of the request being read
    qint64 m_held = 0;      // taken from the body budget for it
    Handler m_run;          // what its admission named
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
