// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "metrics.h"
#include "store.h"
#include "syncapi.h"
#include "syncstore.h"
#include "throttle.h"

#include <atomic>
#include <optional>

namespace sales::server {

// Routes requests to handlers. Called on the transport's worker threads.
class Api
{
public:
    Api(Store &store, Metrics &metrics, LoginThrottle &throttle, qint64 maxBlobBytes);
    Response handle(const Request &req);
    SyncApi &sync() { return m_sync; }
    void setMaxConcurrentLogins(int n) { m_maxHashing = std::max(1, n); }

private:
    Response healthz();
    Response metrics();
    Response login(const Request &req);
    Response me(const Request &req);
    std::optional<UserRecord> authenticate(const Request &req);

    Store &m_store;
    Metrics &m_metrics;
    LoginThrottle &m_throttle;
    std::atomic<int> m_hashing{0};
    int m_maxHashing = 2;
    SyncStore m_syncStore;
    SyncApi m_sync;
};

} // namespace sales::server
