// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <QString>

#include <atomic>
#include <mutex>
#include <utility>

namespace sales::server {

// Counters for /metrics (Prometheus text format 0.0.4).
class Metrics
{
public:
    Metrics();
    void countRequest(const QString &route, int status);
    void connectionOpened() { ++m_open; }
    void connectionClosed() { --m_open; }
    void connectionRejected() { ++m_rejected; }
    int openConnections() const { return m_open.load(); }
    qint64 requests(const QString &route, int status) const;
    QByteArray render() const;

private:
    mutable std::mutex m_mutex;
    QMap<std::pair<QString, int>, qint64> m_requests;
    std::atomic<int> m_open{0};
    std::atomic<qint64> m_rejected{0};
    QElapsedTimer m_uptime;
};

} // namespace sales::server
