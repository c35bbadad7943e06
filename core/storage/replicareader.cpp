// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicareader.h"

#include "logging.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace sales {

struct ReplicaReader::Shared
{
    struct Job
    {
        QString lane;
        quint64 seq = 0;
        bool delivers = true; // false for a warm-up
        WorkerCall call;
    };

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> queue; // guarded by mutex
    bool stopping = false; // guarded by mutex
    std::unique_ptr<QThread> thread; // started by the first request; touched on the GUI thread only
    std::unique_ptr<ReplicaConnection> connection; // touched on the worker thread only

    // The worker's connection, opened on first use; null (and the reason) when it cannot open.
    QSqlDatabase open(const ReplicaConfig &config, ReadError *error)
    {
        if (!connection)
            connection = std::make_unique<ReplicaConnection>(config);
        if (!connection->isOpen()) {
            // The key is the GUI connection's, which opened: a file it cannot decrypt now is damaged.
            const ReplicaError why = connection->error();
            *error = ReadError{connection->errorText(),
                               why == ReplicaError::Damaged || why == ReplicaError::WrongKeyOrDamaged};
            qCWarning(lcStorage) << "replica reader: the worker connection did not open:" << error->text;
            connection.reset(); // try again with the next request
            return {};
        }
        return connection->database();
    }

    std::optional<Job> next()
    {
        std::unique_lock lock(mutex);
        wake.wait(lock, [this] { return stopping || !queue.empty(); });
        if (stopping)
            return std::nullopt;
        Job job = std::move(queue.front());
        queue.pop_front();
        return job;
    }
};

ReplicaReader::ReplicaReader(ReplicaConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_shared(std::make_shared<Shared>())
{
}

ReplicaReader::~ReplicaReader()
{
    m_pending.clear(); // nothing is delivered from here on
    if (!m_shared->thread)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        m_shared->queue.clear();
    }
    m_shared->wake.notify_one();
    // The worker never waits for this thread, so this ends once the read in progress
    // does. What it posts to this object afterwards is discarded with the object.
    m_shared->thread->wait();
    m_shared->thread.reset();
}

void ReplicaReader::submit(const QString &lane, QObject *context, WorkerCall call, std::function<void(void *)> deliver)
{
    const quint64 seq = ++m_nextSeq;
    m_pending.insert(lane, Pending{seq, context, std::move(deliver)}); // replaces the older request's callback
    enqueue(lane, seq, std::move(call));
}

void ReplicaReader::warmUp(std::function<void(QSqlDatabase &)> work)
{
    enqueue({}, 0, [work = std::move(work)](QSqlDatabase *db, const ReadError &) -> std::shared_ptr<void> {
        if (db)
            work(*db);
        return {};
    });
}

void ReplicaReader::cancel(const QString &lane)
{
    m_pending.remove(lane);
    std::lock_guard lock(m_shared->mutex);
    std::erase_if(m_shared->queue, [&](const Shared::Job &job) { return job.delivers && job.lane == lane; });
}

void ReplicaReader::enqueue(const QString &lane, quint64 seq, WorkerCall call)
{
    const bool delivers = seq != 0;
    {
        std::lock_guard lock(m_shared->mutex);
        if (delivers) // newest wins: the lane's request still queued never runs
            std::erase_if(m_shared->queue, [&](const Shared::Job &job) { return job.delivers && job.lane == lane; });
        m_shared->queue.push_back({lane, seq, delivers, std::move(call)});
    }
    m_shared->wake.notify_one();
    if (m_shared->thread)
        return;
    m_shared->thread.reset(QThread::create([shared = m_shared, config = m_config, reader = this] {
        while (std::optional<Shared::Job> job = shared->next()) {
            ReadError error;
            QSqlDatabase db = shared->open(config, &error);
            std::shared_ptr<void> result = job->call(db.isValid() ? &db : nullptr, error);
            if (!job->delivers)
                continue;
            // Queued to the reader's thread; the reader outlives this thread (its destructor joins it).
            QMetaObject::invokeMethod(
                reader, [reader, lane = job->lane, seq = job->seq, result] { reader->deliver(lane, seq, result); },
                Qt::QueuedConnection);
        }
        shared->connection.reset(); // on the thread that opened it
    }));
    m_shared->thread->setObjectName(QStringLiteral("ReplicaReader"));
    m_shared->thread->start();
}

void ReplicaReader::deliver(const QString &lane, quint64 seq, const std::shared_ptr<void> &result)
{
    const auto it = m_pending.constFind(lane);
    if (it == m_pending.cend() || it->seq != seq)
        return; // superseded or cancelled
    const Pending pending = m_pending.take(lane);
    if (pending.context) // a destroyed context is never called
        pending.deliver(result.get());
}

} // namespace sales
