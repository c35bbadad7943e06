// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace sales {

// Where the replica is and how to unlock it. keyHex is the SQLCipher raw key as
// 64 hex characters; it lives only in memory.
struct ReplicaConfig
{
    QString path;
    QString keyHex;
    int cacheKiB = 64 * 1024;
    bool create = false; // allow creating a missing file (new workspace only)
    // Test seam: free bytes on the replica's disk (default: QStorageInfo, see DiskSpace).
    std::function<qint64(const QString &replicaPath)> bytesAvailable = {};
};

enum class ReplicaError {
    None,
    Missing,          // no file where one was expected
    WrongKeyOrDamaged, // SQLCipher cannot decrypt page 1: the caller's key check tells which
    Damaged,          // truncated, or a page fails its HMAC
    NewerSchema,      // written by a newer version of the client
    DiskFull,         // a write failed and the disk has less free space than opening needs
    Failed,           // anything else (permissions, a locked file...)
};

// One open connection to the replica, for the calling thread only ("one
// connection per thread"). Opening applies the key, the PRAGMAs and any pending
// migrations, in that order; a failure leaves the file untouched.
class ReplicaConnection final
{
    Q_DECLARE_TR_FUNCTIONS(sales::ReplicaConnection)

public:
    explicit ReplicaConnection(const ReplicaConfig &config);
    ~ReplicaConnection();
    Q_DISABLE_COPY_MOVE(ReplicaConnection)

    bool isOpen() const { return m_error == ReplicaError::None; }
    ReplicaError error() const { return m_error; }
    QString errorText() const { return m_errorText; }
    QSqlDatabase database() const;
    QString connectionName() const { return m_name; }

private:
    bool open(const ReplicaConfig &config);
    bool fail(ReplicaError error, const QString &text);
    // A write error is often a full disk in disguise: says so when the space is short.
    bool failWriting(const ReplicaConfig &config, const QString &text);

    QString m_name;
    ReplicaError m_error = ReplicaError::None;
    QString m_errorText;
};

} // namespace sales
