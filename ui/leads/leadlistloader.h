// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/leadquery.h"
#include "storage/replicaconnection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QThreadPool;

namespace sales {

// The lead list under one filter and sort, as read by the worker thread.
struct LeadListSlice
{
    QList<qint64> rowIds;          // every matching lead, in list order
    QList<LeadListRow> firstRows;  // the rows of the first ids, so the view paints at once
    QString error;
    double queryMs = 0;            // time spent in SQL on the worker thread
};

// Reads the ordered row ids of the lead list on one worker thread that keeps its
// own replica connection open (one connection per thread; its page cache stays
// warm between searches). A newer load() supersedes an older one: a superseded
// load that has not started is skipped, and its result is never delivered.
class LeadListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadListLoader)

public:
    struct Worker; // the worker thread's connection

    explicit LeadListLoader(ReplicaConfig config, QObject *parent = nullptr);
    ~LeadListLoader() override; // waits for a running query, then closes the connection on its thread

    void load(const LeadFilter &filter, const LeadSort &sort, const QDateTime &now, int firstRows);
    // Opens the worker's connection and fills its cache with what searches read.
    void warmUp();
    void cancel();
    bool isBusy() const { return !m_watcher.isNull(); }

Q_SIGNALS:
    void loaded(const sales::LeadListSlice &slice);

private:
    ReplicaConfig m_config;
    std::shared_ptr<Worker> m_worker;
    QThreadPool *m_pool = nullptr;
    QPointer<QFutureWatcher<LeadListSlice>> m_watcher;
    bool m_started = false;
};

} // namespace sales
