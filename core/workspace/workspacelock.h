// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace sales {

// One running client per workspace: a lock file beside the replica
// (replica.lock), held from before the replica is opened until the client
// exits. A lock left by a process that no longer runs (killed, crashed) on this
// machine is taken over; one held by a live process is refused with who holds it.
class WorkspaceLock final
{
    Q_DECLARE_TR_FUNCTIONS(sales::WorkspaceLock)
    Q_DISABLE_COPY_MOVE(WorkspaceLock)

public:
    enum class Result { Locked, HeldElsewhere, Failed };

    explicit WorkspaceLock(const QString &workspaceRoot);
    ~WorkspaceLock(); // releases the lock

    Result tryLock();
    bool isLocked() const { return m_file.isLocked(); }
    QString path() const { return m_path; }
    // After HeldElsewhere: the holder's process id and host, and the whole message.
    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }
    // After HeldElsewhere or Failed: what to tell the user.
    QString errorText() const { return m_error; }

    // The name of the local socket the holder listens on (the same for every
    // client of this user on this workspace).
    static QString channelName(const QString &workspaceRoot);

private:
    QString m_path;
    QLockFile m_file;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    QString m_error;
};

} // namespace sales
