// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

using namespace Qt::StringLiterals;

namespace sales::server {

Metrics::Metrics() { m_uptime.start(); }

void Metrics::countRequest(const QString &route, int status)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, status}];
}

qint64 Metrics::requests(const QString &route, int status) const
{
    std::lock_guard lock(m_mutex);
    return m_requests.value({route, status}, 0);
}

QByteArray Metrics::render() const
{
    QString out;
    out += u"# HELP sales_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE sales_http_requests_total counter\n"_s;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
            out += u"sales_http_requests_total{route=\"%1\",status=\"%2\"} %3\n"_s.arg(
                it.key().first, QString::number(it.key().second), QString::number(it.value()));
    }
    out += u"# HELP sales_http_open_connections Client connections open now.\n"
           "# TYPE sales_http_open_connections gauge\n"
           "sales_http_open_connections %1\n"
           "# HELP sales_http_rejected_connections_total Connections refused at the limit.\n"
           "# TYPE sales_http_rejected_connections_total counter\n"
           "sales_http_rejected_connections_total %2\n"
           "# HELP sales_uptime_seconds Seconds since the server started.\n"
           "# TYPE sales_uptime_seconds gauge\n"
           "sales_uptime_seconds %3\n"_s.arg(QString::number(m_open.load()),
                                             QString::number(m_rejected.load()),
                                             QString::number(double(m_uptime.elapsed()) / 1000.0, 'f', 3));
    return out.toUtf8();
}

} // namespace sales::server
