// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sales::server {

Response Response::json(int status, const QJsonObject &o, const QString &route)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.route = route;
    return r;
}

Response Response::error(int status, const QString &code, const QString &message,
                         const QString &route)
{
    return json(status,
                QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}},
                route);
}

} // namespace sales::server
