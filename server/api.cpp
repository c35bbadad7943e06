// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "crypto.h"
#include "log.h"

#include <QCryptographicHash>
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

// A login's user field for the log: the name of a user who exists; otherwise only
// a short hash, since what was typed there may be a password in the wrong box.
QString nameForLog(const QString &typed, bool known)
{
    if (known)
        return typed;
    return u"unknown:"_s
        + QString::fromLatin1(QCryptographicHash::hash(typed.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
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

Api::Api(Store &store, Metrics &metrics, LoginThrottle &throttle, qint64 maxBodyBytes, qint64 maxBlobBytes,
         const Clock &clock)
    : m_store(store)
    , m_metrics(metrics)
    , m_throttle(throttle)
    , m_maxBodyBytes(maxBodyBytes)
    , m_syncStore(store, clock)
    , m_sync(m_syncStore, maxBodyBytes, maxBlobBytes)
{
}

Admission Api::admit(const Request &head)
{
    const bool get = head.method == u"GET"_s;
    const bool post = head.method == u"POST"_s;
    auto only = [](bool ok, const QString &route, const QString &use, Handler run, qint64 bodyLimit = 0) {
        return ok ? Admission::accept(bodyLimit, std::move(run))
                  : Admission::refuse(Response::error(405, u"method_not_allowed"_s, u"use %1"_s.arg(use), route));
    };
    if (head.path == kHealthz)
        return only(get, kHealthz, u"GET"_s, [this](const Request &) { return healthz(); });
    if (head.path == kMetrics)
        return only(get, kMetrics, u"GET"_s, [this](const Request &) { return metrics(); });
    // The one route that reads a body before sign-in: a name and a password, kept small.
    if (head.path == kLogin)
        return only(post, kLogin, u"POST"_s, [this](const Request &r) { return login(r); },
                    std::min(m_maxBodyBytes, kMaxLoginBody));
    const bool me = head.path == kMe;
    if (!me && !SyncApi::handles(head.path))
        return Admission::refuse(
            Response::error(404, u"not_found"_s, u"no such route: %1 %2"_s.arg(head.method, head.path.left(200))));
    const auto caller = authenticate(head);
    if (!caller)
        return Admission::refuse(Response::error(401, u"bad_token"_s, u"missing, unknown or revoked device token"_s,
                                                 me ? kMe : u"/api/v1/sync"_s));
    if (me)
        return only(get, kMe, u"GET"_s, [user = caller->user](const Request &) {
            return Response::json(200, QJsonObject{{u"user"_s, user.toJson()}}, kMe);
        });
    return m_sync.admit(head, caller->viewer);
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
        log::warn(u"login refused: too many attempts"_s,
                  {{u"user"_s, nameForLog(name, m_store.userByName(name).has_value())}});
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
        log::warn(u"login failed"_s, {{u"user"_s, nameForLog(name, record.has_value())},
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

std::optional<Api::Caller> Api::authenticate(const Request &req)
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
    const auto user = m_store.userById(device->userId);
    if (!user)
        return std::nullopt;
    return Caller{*user, Viewer::of(*user, device->id)};
}

} // namespace sales::server
