// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistloader.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sales {

// Touched only on the pool's single thread.
struct LeadListLoader::Worker
{
    std::unique_ptr<ReplicaConnection> connection;
};

namespace {

// The worker's connection, opened on first use; null (and an error) when it cannot open.
QSqlDatabase openWorker(LeadListLoader::Worker &worker, const ReplicaConfig &config, QString *error)
{
    if (!worker.connection)
        worker.connection = std::make_unique<ReplicaConnection>(config);
    if (!worker.connection->isOpen()) {
        *error = worker.connection->errorText();
        worker.connection.reset(); // try again next time
        return {};
    }
    return worker.connection->database();
}

LeadListSlice readSlice(LeadListLoader::Worker &worker, const ReplicaConfig &config, const LeadFilter &filter,
                        const LeadSort &sort, const QDateTime &now, int firstRows)
{
    LeadListSlice slice;
    const QSqlDatabase db = openWorker(worker, config, &slice.error);
    if (!db.isValid())
        return slice;
    QElapsedTimer timer;
    timer.start();
    const LeadQuery query(db, now);
    slice.rowIds = query.rowIds(filter, sort);
    if (query.errorText().isEmpty())
        slice.firstRows = query.rows(slice.rowIds.mid(0, firstRows));
    slice.error = query.errorText();
    slice.queryMs = double(timer.nsecsElapsed()) / 1e6;
    return slice;
}

} // namespace

LeadListLoader::LeadListLoader(ReplicaConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_worker(std::make_shared<Worker>()), m_pool(new QThreadPool(this))
{
    // One thread that never expires, so the connection and its cache live as long as the loader.
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1);
}

LeadListLoader::~LeadListLoader()
{
    cancel();
    if (m_started) {
        // The connection belongs to the worker thread: close it there.
        m_pool->start([worker = m_worker] { worker->connection.reset(); });
        m_pool->waitForDone();
    }
}

void LeadListLoader::cancel()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->future().cancel(); // a task not yet started is skipped
        m_watcher->deleteLater();
        m_watcher.clear();
    }
}

void LeadListLoader::warmUp()
{
    m_started = true;
    m_pool->start([worker = m_worker, config = m_config] {
        QString error;
        const QSqlDatabase db = openWorker(*worker, config, &error);
        if (db.isValid())
            LeadQuery(db).preloadSearch();
    });
}

void LeadListLoader::load(const LeadFilter &filter, const LeadSort &sort, const QDateTime &now, int firstRows)
{
    cancel();
    m_started = true;
    auto *watcher = new QFutureWatcher<LeadListSlice>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_watcher != watcher || watcher->future().isCanceled() || watcher->future().resultCount() == 0)
            return;
        m_watcher.clear();
        Q_EMIT loaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [worker = m_worker, config = m_config, filter, sort, now, firstRows] {
        return readSlice(*worker, config, filter, sort, now, firstRows);
    }));
}

} // namespace sales
