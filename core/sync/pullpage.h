// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowapplier.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class QThread;

namespace sales {

// One page of GET /api/v1/sync/pull, read into rows (changes and removals in
// rev order), or the answer that was not a page.
struct PullPage {
    Q_DECLARE_TR_FUNCTIONS(sales::PullPage)

public:
    HttpResult failure; // status 0 or an error answer when !ok
    bool ok = false;
    QList<ServerRow> rows;
    QStringList blobs; // files the changed rows name, each once
    int changes = 0;
    qint64 cursor = 0;
    qint64 latest = 0; // the server's newest rev (0 from a server that does not say)
    bool hasMore = false;

    static QString path(qint64 cursor, int limit); // the request
    static PullPage fetch(SyncClient &client, qint64 cursor, int limit);
    static PullPage fromAnswer(HttpResult &&answer, qint64 cursor);
    static PullPage read(const QByteArray &body, qint64 cursor); // a 2xx answer's body
};

// Fetches and reads the pages after a cursor on a thread of its own, one page
// ahead of the caller, who writes the previous one into the replica meanwhile.
// It follows each page's cursor and stops after the last page or a failure.
// The destructor waits for the request in flight.
class PullPrefetcher final
{
public:
    PullPrefetcher(const SyncClient &client, qint64 cursor, int limit);
    ~PullPrefetcher();
    Q_DISABLE_COPY_MOVE(PullPrefetcher)

    PullPage next(); // blocks until the page is read
    // A written page goes back to be freed on the prefetch thread: a page of
    // 5,000 rows is some 100,000 small allocations.
    void recycle(PullPage &&page);

private:
    void run(qint64 cursor, int limit);

    // Two clients, used in turn: a request and the next one are each on their
    // own connection (SyncClient::Pending: one at a time per client).
    std::unique_ptr<SyncClient> m_clients[2];
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PullPage> m_ready;
    std::deque<PullPage> m_used;
    bool m_stop = false;
    bool m_done = false;
    QThread *m_thread = nullptr;
};

} // namespace sales
