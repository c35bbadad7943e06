// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// For tst_workspacelock: takes the lock of the workspace given as the only
// argument, says "locked" and waits to be killed (at most 60 s).
#include "workspace/workspacelock.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    sales::WorkspaceLock lock(QString::fromLocal8Bit(argv[1]));
    if (lock.tryLock() != sales::WorkspaceLock::Result::Locked)
        return 1;
    std::puts("locked");
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}
