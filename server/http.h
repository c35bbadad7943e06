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

namespace sales::server {

// What the transport hands to the API, free of Beast types.
struct Request {
    QString method; // GET, POST, ...
    QString path;   // without the query
    QString query;
    QByteArray authorization;
    QByteArray body;
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

} // namespace sales::server
