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
    // clock: "now" for the sync rules that read the time; it must outlive the Api.
    Api(Store &store, Metrics &metrics, LoginThrottle &throttle, qint64 maxBodyBytes, qint64 maxBlobBytes,
        const Clock &clock = systemClock());
    // On a request's head, before its body is read: the route, its method and the
    // caller's token are checked here, so nothing of an unknown or unauthenticated
    // request is held in memory (its body is discarded unread); an accepted request
    // names its route's body limit and runs with the caller found here.
    Admission admit(const Request &head);
    static constexpr qint64 kMaxLoginBody = 64 * 1024;
    SyncApi &sync() { return m_sync; }
    void setMaxConcurrentLogins(int n) { m_maxHashing = std::max(1, n); }

private:
    Response healthz();
    Response metrics();
    Response login(const Request &req);
    struct Caller {
        UserRecord user;
        Viewer viewer;
    };
    std::optional<Caller> authenticate(const Request &req);

    Store &m_store;
    Metrics &m_metrics;
    LoginThrottle &m_throttle;
    std::atomic<int> m_hashing{0};
    int m_maxHashing = 2;
    qint64 m_maxBodyBytes;
    SyncStore m_syncStore;
    SyncApi m_sync;
};

} // namespace sales::server
