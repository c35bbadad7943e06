// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/replicaconnection.h"
#include "sync/syncaccount.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace sales {

// One sync run on a worker thread with its own replica connection. A long pull
// reports rows and percent into a box shared with the worker; the GUI thread
// reads it every 250 ms (nothing calls into this object from the worker).
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    explicit SyncRunner(ReplicaConfig replica, QObject *parent = nullptr);
    ~SyncRunner() override;

    void start(const SyncProfile &profile, const QByteArray &token);

Q_SIGNALS:
    void progress(int rows, int percent); // percent -1: the server does not say
    void finished(const sales::SyncReport &report);

private:
    void poll();

    ReplicaConfig m_replica;
    struct ProgressBox;
    std::shared_ptr<ProgressBox> m_box;
    QTimer m_poll;
};

} // namespace sales
