// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace sales::server {

// What the transport hands to the API, free of Beast types.
struct Request {
    QString method; // GET, POST, ...
    QString path;   // without the query
    QString query;
    QByteArray authorization;
    QByteArray body; // refers to the transport's buffer: valid while the handler runs
};

struct Response {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QString route = QStringLiteral("unknown"); // metrics label
    std::chrono::milliseconds delay{0};       // the transport waits before answering
    bool dropConnection = false;               // fault injection: close instead of answering
    QList<QPair<QByteArray, QByteArray>> headers; // further headers (name, value)

    static Response json(int status, const QJsonObject &o, const QString &route);
    // {"error":{"code":...,"message":...}}
    static Response error(int status, const QString &code, const QString &message,
                          const QString &route = QStringLiteral("unknown"));
};

using Handler = std::function<Response(const Request &)>;

// What the API makes of a request once its headers are in (method, path, query,
// authorization; no body yet): an answer now, without reading the body (401, 404,
// 405), or a body of at most bodyLimit bytes to read and the handler to give it to.
struct Admission {
    std::optional<Response> answer;
    qint64 bodyLimit = 0;
    Handler run;

    static Admission refuse(Response r) { return {std::move(r), 0, {}}; }
    static Admission accept(qint64 bodyLimit, Handler run) { return {std::nullopt, bodyLimit, std::move(run)}; }
};

// Called by the transport on its worker threads with a request's head.
using Admitter = std::function<Admission(const Request &head)>;

} // namespace sales::server
