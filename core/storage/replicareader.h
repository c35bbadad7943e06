// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicaconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace sales {

// A read that failed: the connection did not open, or the work reported an SQL error.
struct ReadError
{
    QString text;
    bool damaged = false; // the replica file itself is damaged (ReplicaDamage::isDamage)
};

// What a read hands to its callback: the value, or why there is none.
template <typename T>
class ReadResult
{
public:
    ReadResult(T value) : m_value(std::move(value)) {} // NOLINT: implicit, so work can return a T
    ReadResult(ReadError error) : m_error(std::move(error)) {} // NOLINT: implicit, `return ReadError{...}`

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    QString error() const { return m_error.text; }
    bool damaged() const { return m_error.damaged; }

private:
    std::optional<T> m_value;
    ReadError m_error;
};

namespace detail {
template <typename R>
struct ReadValue { using type = R; };
template <typename T>
struct ReadValue<ReadResult<T>> { using type = T; };
} // namespace detail

// Reads the replica off the GUI thread: one worker thread with one connection of its
// own (opened there on first use, closed there when the reader goes), so its page
// cache (config.cacheKiB, 64 MiB by default) stays warm between reads. Share one
// reader per app (Session::reader()) rather than making one per view.
//
// Requests go in named lanes ("leadList", "dashboard"...). Within a lane the newest
// request wins: a superseded request that has not started is skipped, and the
// result of one that had started is dropped. Lanes do not affect each other, but
// they share the one thread, so a long read delays the others.
//
// The callback runs on the reader's (GUI) thread, and only while the context object
// given with the request is alive. Destroying the reader waits for the read in
// progress (it is not interrupted), skips the queued ones and delivers nothing.
class ReplicaReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaReader)

public:
    explicit ReplicaReader(ReplicaConfig config, QObject *parent = nullptr);
    ~ReplicaReader() override;

    const ReplicaConfig &config() const { return m_config; }

    // work(QSqlDatabase &) runs on the worker thread and returns a T, or a
    // ReadResult<T> (return ReadError{text} for an SQL error); deliver(ReadResult<T>)
    // runs on this object's thread. A failed open reaches deliver as an error and
    // work does not run (the next request tries to open again).
    template <typename Work, typename Deliver>
    void read(const QString &lane, QObject *context, Work work, Deliver deliver);

    // Runs work on the worker thread, in order with the reads; never superseded, no
    // result. For filling the page cache before the first real read.
    void warmUp(std::function<void(QSqlDatabase &)> work);
    // Skips the lane's queued request and drops the result of the one in progress.
    void cancel(const QString &lane);
    // A request of the lane is queued or running and will still be delivered.
    bool isPending(const QString &lane) const { return m_pending.contains(lane); }

private:
    struct Shared; // the queue and the worker's connection
    // Runs on the worker thread: db is null (and openError set) when the connection failed.
    using WorkerCall = std::function<std::shared_ptr<void>(QSqlDatabase *db, const ReadError &openError)>;
    struct Pending
    {
        quint64 seq = 0;
        QPointer<QObject> context;
        std::function<void(void *result)> deliver;
    };

    void submit(const QString &lane, QObject *context, WorkerCall call, std::function<void(void *)> deliver);
    void enqueue(const QString &lane, quint64 seq, WorkerCall call);
    void deliver(const QString &lane, quint64 seq, const std::shared_ptr<void> &result);

    ReplicaConfig m_config;
    std::shared_ptr<Shared> m_shared;
    QHash<QString, Pending> m_pending; // GUI thread only: the one request per lane that may deliver
    quint64 m_nextSeq = 0;
};

template <typename Work, typename Deliver>
void ReplicaReader::read(const QString &lane, QObject *context, Work work, Deliver deliver)
{
    using T = typename detail::ReadValue<std::invoke_result_t<Work &, QSqlDatabase &>>::type;
    submit(
        lane, context,
        [work = std::move(work)](QSqlDatabase *db, const ReadError &openError) mutable -> std::shared_ptr<void> {
            if (!db)
                return std::make_shared<ReadResult<T>>(openError);
            return std::make_shared<ReadResult<T>>(work(*db));
        },
        [deliver = std::move(deliver)](void *result) mutable {
            deliver(std::move(*static_cast<ReadResult<T> *>(result)));
        });
}

} // namespace sales
