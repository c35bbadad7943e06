// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "crypto.h"
#include "log.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace sales::server {

namespace {
const QString kLogin = u"/api/v1/auth/login"_s;
const QString kMe = u"/api/v1/me"_s;
const QString kHealthz = u"/healthz"_s;
const QString kMetrics = u"/metrics"_s;

constexpr qsizetype kMaxNameLength = 200;

Response badJson(const QString &route, const QString &why)
{
    return Response::error(400, u"bad_json"_s, u"request body is not valid JSON: %1"_s.arg(why), route);
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *why)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *why = pe.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = u"expected an object"_s;
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

Api::Api(Store &store, Metrics &metrics, LoginThrottle &throttle, qint64 maxBlobBytes)
    : m_store(store)
    , m_metrics(metrics)
    , m_throttle(throttle)
    , m_syncStore(store)
    , m_sync(m_syncStore, maxBlobBytes)
{
}

Response Api::handle(const Request &req)
{
    const bool get = req.method == u"GET"_s;
    const bool post = req.method == u"POST"_s;
    if (req.path == kHealthz)
        return get ? healthz() : Response::error(405, u"method_not_allowed"_s, u"use GET"_s, kHealthz);
    if (req.path == kMetrics)
        return get ? metrics() : Response::error(405, u"method_not_allowed"_s, u"use GET"_s, kMetrics);
    if (req.path == kLogin)
        return post ? login(req) : Response::error(405, u"method_not_allowed"_s, u"use POST"_s, kLogin);
    if (req.path == kMe)
        return get ? me(req) : Response::error(405, u"method_not_allowed"_s, u"use GET"_s, kMe);
    if (SyncApi::handles(req.path)) {
        const auto user = authenticate(req);
        if (!user)
            return Response::error(401, u"bad_token"_s, u"missing, unknown or revoked device token"_s,
                                   u"/api/v1/sync"_s);
        return m_sync.handle(req, *user);
    }
    return Response::error(404, u"not_found"_s, u"no such route: %1 %2"_s.arg(req.method, req.path));
}

Response Api::healthz()
{
    return Response::json(200, QJsonObject{{u"status"_s, u"ok"_s}}, kHealthz);
}

Response Api::metrics()
{
    Response r;
    r.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
    r.body = m_metrics.render();
    r.route = kMetrics;
    return r;
}

Response Api::login(const Request &req)
{
    QString why;
    const auto body = parseObject(req.body, &why);
    if (!body)
        return badJson(kLogin, why);
    const QJsonValue user = body->value(u"user"_s);
    const QJsonValue password = body->value(u"password"_s);
    const QJsonValue device = body->value(u"device"_s);
    if (!user.isString() || !password.isString() || !device.isString()
        || user.toString().isEmpty() || device.toString().isEmpty()
        || user.toString().size() > kMaxNameLength || device.toString().size() > kMaxNameLength)
        return Response::error(400, u"bad_request"_s,
                               u"expected {\"user\": string, \"password\": string, \"device\": string}"_s,
                               kLogin);
    const QString name = user.toString();
    if (!m_throttle.admit(name)) {
        log::warn(u"login refused: too many attempts"_s, {{u"user"_s, name}});
        return Response::error(429, u"too_many_attempts"_s,
                               u"too many failed logins for this user; try again in a minute"_s, kLogin);
    }
    // Password hashing is memory-hard: at most half the workers verify at once,
    // so a login flood cannot starve sync requests.
    if (m_hashing.fetch_add(1) >= m_maxHashing) {
        m_hashing.fetch_sub(1);
        return Response::error(503, u"busy"_s, u"too many logins at once; try again"_s, kLogin);
    }
    struct Release {
        std::atomic<int> &n;
        ~Release() { n.fetch_sub(1); }
    } release{m_hashing};
    const auto record = m_store.userByName(name);
    // Verify against a dummy hash for unknown users so timing does not tell.
    const bool ok = crypto::verifyPassword(record ? record->passwordHash : crypto::dummyHash(),
                                           password.toString().toUtf8())
        && record.has_value();
    if (!ok) {
        Response r = Response::error(401, u"bad_credentials"_s, u"wrong user name or password"_s, kLogin);
        r.delay = m_throttle.failed(name);
        log::warn(u"login failed"_s, {{u"user"_s, name},
                                      {u"delay_ms"_s, qint64(r.delay.count())}});
        return r;
    }
    const QString token = crypto::newToken();
    const auto deviceId = m_store.addDevice(record->id, device.toString(), crypto::tokenHash(token));
    if (!deviceId) {
        log::error(u"cannot store device"_s, {{u"error"_s, m_store.lastError()}});
        return Response::error(500, u"internal"_s, u"cannot store the device"_s, kLogin);
    }
    Response r = Response::json(200, QJsonObject{{u"token"_s, token},
                                                 {u"device_id"_s, *deviceId},
                                                 {u"user"_s, record->toJson()}},
                                kLogin);
    r.delay = m_throttle.succeeded(name);
    log::info(u"login"_s, {{u"user"_s, name}, {u"device_id"_s, *deviceId}});
    return r;
}

std::optional<UserRecord> Api::authenticate(const Request &req)
{
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!req.authorization.startsWith(prefix))
        return std::nullopt;
    const QString token = QString::fromLatin1(req.authorization.mid(prefix.size()).trimmed());
    if (token.isEmpty())
        return std::nullopt;
    const auto device = m_store.deviceByTokenHash(crypto::tokenHash(token));
    if (!device)
        return std::nullopt;
    return m_store.userById(device->userId);
}

Response Api::me(const Request &req)
{
    const auto user = authenticate(req);
    if (!user)
        return Response::error(401, u"bad_token"_s, u"missing, unknown or revoked device token"_s, kMe);
    return Response::json(200, QJsonObject{{u"user"_s, user->toJson()}}, kMe);
}

} // namespace sales::server
