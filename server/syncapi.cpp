// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncapi.h"

#include "log.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sales::server {
namespace {
const QString kPull = u"/api/v1/sync/pull"_s;
const QString kPush = u"/api/v1/sync/push"_s;
const QString kBlobs = u"/api/v1/blobs/"_s;
const QString kMissing = u"/api/v1/blobs/missing"_s;
const QString kRows = u"/api/v1/rows/"_s;
constexpr int kMaxOps = 1000;
constexpr int kMaxPage = 5000;

Response badRequest(const QString &route, const QString &why)
{
    return Response::error(400, u"bad_request"_s, why, route);
}

Response methodNotAllowed(const QString &route, const QString &use)
{
    return Response::error(405, u"method_not_allowed"_s, u"use %1"_s.arg(use), route);
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

// Shape of one op; the values are checked against the catalog when applied.
std::optional<OpRequest> parseOp(const QJsonValue &v, QString *why)
{
    static const QStringList known{u"op"_s, u"e"_s, u"id"_s, u"new"_s, u"f"_s, u"b"_s};
    const QJsonObject o = v.toObject();
    if (!v.isObject()) {
        *why = u"each op must be an object"_s;
        return std::nullopt;
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            *why = u"unknown op field %1"_s.arg(it.key());
            return std::nullopt;
        }
    }
    OpRequest op;
    op.opId = o.value(u"op"_s).toString();
    op.entity = o.value(u"e"_s).toString();
    op.rowId = o.value(u"id"_s).toString();
    if (QUuid::fromString(op.opId).isNull() || !o.value(u"op"_s).isString()) {
        *why = u"op must be a UUID"_s;
        return std::nullopt;
    }
    if (!protocol::entity(op.entity)) {
        *why = u"unknown entity %1"_s.arg(op.entity);
        return std::nullopt;
    }
    if (!isValidRowId(op.rowId)) {
        *why = u"id must be 1-80 characters of A-Z a-z 0-9 _ . : -"_s;
        return std::nullopt;
    }
    if (o.contains(u"new"_s) && !o.value(u"new"_s).isBool()) {
        *why = u"new must be a boolean"_s;
        return std::nullopt;
    }
    if (!o.value(u"f"_s).isObject() || (o.contains(u"b"_s) && !o.value(u"b"_s).isObject())) {
        *why = u"f (and b) must be objects"_s;
        return std::nullopt;
    }
    op.isNew = o.value(u"new"_s).toBool();
    op.fields = o.value(u"f"_s).toObject();
    op.bases = o.value(u"b"_s).toObject();
    QJsonObject canonical = o;
    canonical.remove(u"op"_s);
    op.digest = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
    return op;
}

} // namespace

bool SyncApi::handles(const QString &path)
{
    return path == kPull || path == kPush || path.startsWith(kBlobs) || path.startsWith(kRows);
}

Admission SyncApi::admit(const Request &head, const Viewer &v)
{
    const bool get = head.method == u"GET"_s;
    const bool post = head.method == u"POST"_s;
    auto route = [](bool ok, const QString &name, const QString &use, qint64 bodyLimit, Handler run) {
        return ok ? Admission::accept(bodyLimit, std::move(run)) : Admission::refuse(methodNotAllowed(name, use));
    };
    if (head.path == kPull)
        return route(get, kPull, u"GET"_s, 0, [this, v](const Request &r) { return pull(r, v); });
    if (head.path == kPush)
        return route(post, kPush, u"POST"_s, m_maxBodyBytes, [this, v](const Request &r) { return push(r, v); });
    if (head.path == kMissing)
        return route(post, kMissing, u"POST"_s, m_maxBodyBytes, [this, v](const Request &r) { return missingBlobs(r, v); });
    if (head.path.startsWith(kBlobs)) {
        const QString sha = head.path.mid(kBlobs.size());
        if (!isValidSha256(sha))
            return Admission::refuse(
                Response::error(404, u"not_found"_s, u"blobs are named by 64 lower-case hex digits"_s, kBlobs));
        if (head.method == u"PUT"_s)
            return Admission::accept(m_maxBlobBytes, [this, v, sha](const Request &r) { return putBlob(r, v, sha); });
        return route(get, kBlobs, u"GET or PUT"_s, 0, [this, v, sha](const Request &) { return getBlob(v, sha); });
    }
    const QStringList parts = head.path.mid(kRows.size()).split(u'/');
    if (parts.size() != 2 || !protocol::entity(parts.at(0)) || !isValidRowId(parts.at(1)))
        return Admission::refuse(
            Response::error(404, u"not_found"_s, u"expected /api/v1/rows/{entity}/{id}"_s, kRows));
    return route(get, kRows, u"GET"_s, 0,
                 [this, v, parts](const Request &) { return getRow(v, parts.at(0), parts.at(1)); });
}

Response SyncApi::pull(const Request &req, const Viewer &v)
{
    const QUrlQuery query(req.query);
    bool okCursor = true, okLimit = true;
    const qint64 cursor = query.hasQueryItem(u"cursor"_s) ? query.queryItemValue(u"cursor"_s).toLongLong(&okCursor) : 0;
    const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&okLimit) : 1000;
    if (!okCursor || !okLimit || cursor < 0 || limit < 1 || limit > kMaxPage)
        return badRequest(kPull, u"cursor must be an integer >= 0 and limit 1..%1"_s.arg(kMaxPage));
    QString error;
    const auto page = m_store.pull(v, cursor, limit, &error);
    if (!page) {
        log::error(u"pull failed"_s, {{u"error"_s, error}});
        return Response::error(500, u"internal"_s, u"cannot read changes"_s, kPull);
    }
    if (page->cursorAhead) {
        // Never an empty page: the client would wait for revs this server gave
        // to other writes long ago, and miss them for good.
        const QJsonObject e{{u"code"_s, u"cursor_ahead"_s}, {u"latest"_s, page->latest},
                            {u"message"_s, u"cursor %1 is ahead of this server's latest rev %2 (its data is older: "
                                           "restored from a backup?); pull everything again from cursor 0"_s
                                               .arg(cursor)
                                               .arg(page->latest)}};
        return Response::json(409, QJsonObject{{u"error"_s, e}}, kPull);
    }
    Response r;
    r.body = page->body;
    r.route = kPull;
    // Where the page ends, before its body: a client can ask for the next page
    // while this one is still arriving (as the body's cursor and has_more).
    r.headers = {{"Sales-Cursor", QByteArray::number(page->cursor)},
                 {"Sales-Has-More", page->hasMore ? "true" : "false"}};
    return r;
}

Response SyncApi::push(const Request &req, const Viewer &v)
{
    QString why;
    const auto body = parseObject(req.body, &why);
    if (!body)
        return Response::error(400, u"bad_json"_s, u"request body is not valid JSON: %1"_s.arg(why), kPush);
    if (body->size() != 1 || !body->value(u"ops"_s).isArray())
        return badRequest(kPush, u"expected {\"ops\": [...]}"_s);
    const QJsonArray raw = body->value(u"ops"_s).toArray();
    if (raw.size() > kMaxOps)
        return badRequest(kPush, u"at most %1 ops per push"_s.arg(kMaxOps));
    QList<OpRequest> ops;
    for (const QJsonValue &o : raw) {
        auto op = parseOp(o, &why);
        if (!op)
            return badRequest(kPush, why);
        ops.append(std::move(*op));
    }
    // Every op is shaped right before any is applied; then each is its own transaction.
    QJsonArray results;
    int applied = 0, rejected = 0;
    for (const OpRequest &op : std::as_const(ops)) {
        const OpResult r = m_store.apply(v, op);
        if (r.status == u"error"_s)
            log::error(u"op failed"_s, {{u"op"_s, op.opId}, {u"error"_s, r.message}});
        else if (r.status == u"rejected"_s)
            ++rejected;
        else
            ++applied;
        results.append(r.toJson());
    }
    log::info(u"push"_s, {{u"user"_s, v.uid}, {u"ops"_s, qint64(ops.size())}, {u"applied"_s, applied},
                          {u"rejected"_s, rejected}});
    Response response = Response::json(200, QJsonObject{{u"results"_s, results}}, kPush);
    for (int left = m_dropPushes.load(); left > 0;) {
        if (m_dropPushes.compare_exchange_weak(left, left - 1)) {
            log::warn(u"fault: push committed, answer dropped"_s, {{u"left"_s, left - 1}});
            response.dropConnection = true;
            break;
        }
    }
    return response;
}

Response SyncApi::putBlob(const Request &req, const Viewer &v, const QString &sha)
{
    if (req.body.size() > m_maxBlobBytes)
        return Response::error(413, u"body_too_large"_s, u"a file may have at most %1 bytes"_s.arg(m_maxBlobBytes), kBlobs);
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(req.body, QCryptographicHash::Sha256).toHex());
    if (actual != sha)
        return Response::error(400, u"hash_mismatch"_s, u"the body's SHA-256 is %1"_s.arg(actual), kBlobs);
    QString error;
    if (!m_store.putBlob(sha, req.body, v.uid, &error)) {
        log::error(u"blob write failed"_s, {{u"error"_s, error}});
        return Response::error(500, u"internal"_s, u"cannot store the file"_s, kBlobs);
    }
    return Response::json(200, QJsonObject{{u"sha256"_s, sha}, {u"size"_s, qint64(req.body.size())}}, kBlobs);
}

Response SyncApi::getBlob(const Viewer &v, const QString &sha)
{
    const auto data = m_store.blob(v, sha);
    if (!data) // absent or not the viewer's to read: the same answer
        return Response::error(404, u"not_found"_s, u"no such file"_s, kBlobs);
    Response r;
    r.contentType = QByteArrayLiteral("application/octet-stream");
    r.body = *data;
    r.route = kBlobs;
    return r;
}

Response SyncApi::missingBlobs(const Request &req, const Viewer &v)
{
    QString why;
    const auto body = parseObject(req.body, &why);
    if (!body || !body->value(u"sha256"_s).isArray() || body->value(u"sha256"_s).toArray().size() > kMaxOps)
        return badRequest(kMissing, u"expected {\"sha256\": [up to %1 hashes]}"_s.arg(kMaxOps));
    QStringList asked;
    for (const QJsonValue &h : body->value(u"sha256"_s).toArray()) {
        if (!isValidSha256(h.toString()))
            return badRequest(kMissing, u"not a SHA-256: %1"_s.arg(h.toString().left(80)));
        asked << h.toString();
    }
    // Missing to this user: what they would have to upload before naming it.
    return Response::json(200, QJsonObject{{u"missing"_s, QJsonArray::fromStringList(m_store.missingBlobs(v, asked))}},
                          kMissing);
}

Response SyncApi::getRow(const Viewer &v, const QString &entity, const QString &id)
{
    bool forbidden = false;
    qint64 rev = 0;
    const auto row = m_store.row(v, entity, id, &forbidden, &rev);
    if (forbidden)
        return Response::error(403, u"out_of_scope"_s, u"%1 %2 is outside your scope"_s.arg(entity, id), kRows);
    if (!row)
        return Response::error(404, u"not_found"_s, u"no %1 %2"_s.arg(entity, id), kRows);
    return Response::json(200, QJsonObject{{u"e"_s, entity}, {u"id"_s, id}, {u"rev"_s, rev}, {u"f"_s, *row}}, kRows);
}

} // namespace sales::server
