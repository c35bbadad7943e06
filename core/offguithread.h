// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Work that is not a replica read (key derivation, a sign-in, a sync) run off the
// GUI thread, its result handed to a context object that may be gone by then.
// Replica reads go through ReplicaReader instead (one warm connection, newest wins).
// Include this in .cpp files only: it brings in QtConcurrent.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace sales {

// Calls deliver(result) on the context's thread once future finishes, unless the
// context was destroyed first (then nothing is called; the work still runs to its
// end). Call it on the context's thread. progress(int), when given, hears the
// future's progress values the same way.
template <typename T, typename Deliver, typename Progress>
void deliverToContext(QObject *context, QFuture<T> future, Deliver deliver, Progress progress)
{
    auto *watcher = new QFutureWatcher<T>(context); // dies with the context, and its callbacks with it
    if constexpr (!std::is_same_v<Progress, std::nullptr_t>)
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, watcher, std::move(progress));
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, deliver = std::move(deliver)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>)
                             deliver();
                         else
                             deliver(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

template <typename T, typename Deliver>
void deliverToContext(QObject *context, QFuture<T> future, Deliver deliver)
{
    deliverToContext(context, std::move(future), std::move(deliver), nullptr);
}

// Runs work() on the global thread pool, then deliverToContext.
template <typename Work, typename Deliver>
void runOffGuiThread(QObject *context, Work work, Deliver deliver)
{
    deliverToContext(context, QtConcurrent::run(std::move(work)), std::move(deliver));
}

} // namespace sales
