// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sales {

// Tells a full disk from other write errors when the replica cannot be opened:
// SQLCipher often reports a full disk as a plain "disk I/O error".
class DiskSpace final
{
    Q_DECLARE_TR_FUNCTIONS(sales::DiskSpace)

public:
    // What opening may write: the WAL checkpointed into the file, a migration that
    // rebuilds tables (up to the replica's size again), plus room for the WAL itself.
    static qint64 neededToOpen(const QString &replicaPath);
    // Free bytes for this user on the disk holding the replica's folder; -1 if unknown.
    static qint64 available(const QString &replicaPath);
    // "磁盘已满…需要约 N MB" when available is below what opening needs; empty otherwise.
    static QString fullMessage(const QString &replicaPath, qint64 availableBytes);
};

} // namespace sales
