// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "syncstore.h"

#include <atomic>

namespace sales::server {

// The sync routes, for an authenticated user:
//   GET  /api/v1/sync/pull?cursor=N&limit=M   changes and removals after cursor
//   POST /api/v1/sync/push {"ops":[...]}      per-op results
//   PUT  /api/v1/blobs/{sha256}               raw bytes, hash verified
//   GET  /api/v1/blobs/{sha256}               raw bytes
//   POST /api/v1/blobs/missing {"sha256":[]}  which of these the server lacks
//   GET  /api/v1/rows/{entity}/{id}           one row, 403 out_of_scope
class SyncApi
{
public:
    SyncApi(SyncStore &store, qint64 maxBodyBytes, qint64 maxBlobBytes)
        : m_store(store), m_maxBodyBytes(maxBodyBytes), m_maxBlobBytes(maxBlobBytes) {}

    static bool handles(const QString &path);
    // The route and method of an authenticated request's head: a refusal (404,
    // 405) before its body is read, or the body limit and handler of its route.
    Admission admit(const Request &head, const Viewer &viewer);
    // Fault injection for tests (SALES_SERVER_FAULT_DROP_PUSH=N at serve): the
    // next N pushes are committed and then the connection is closed unanswered.
    void dropNextPushResponses(int n) { m_dropPushes.store(n); }

private:
    Response pull(const Request &req, const Viewer &v);
    Response push(const Request &req, const Viewer &v);
    Response putBlob(const Request &req, const Viewer &v, const QString &sha);
    Response getBlob(const Viewer &v, const QString &sha);
    Response missingBlobs(const Request &req, const Viewer &v);
    Response getRow(const Viewer &v, const QString &entity, const QString &id);

    SyncStore &m_store;
    qint64 m_maxBodyBytes;
    qint64 m_maxBlobBytes;
    std::atomic<int> m_dropPushes{0};
};

} // namespace sales::server
