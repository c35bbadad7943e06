// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacelock.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

QString lockPathFor(const QString &root)
{
    return QDir(root).filePath(u"replica.lock"_s);
}

} // namespace

WorkspaceLock::WorkspaceLock(const QString &workspaceRoot) : m_path(lockPathFor(workspaceRoot)), m_file(m_path)
{
    // Never stale by age (a client may run for weeks); only when its process is gone.
    m_file.setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock() = default;

WorkspaceLock::Result WorkspaceLock::tryLock()
{
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = tr("无法创建工作区目录 %1。").arg(QFileInfo(m_path).absolutePath());
        return Result::Failed;
    }
    if (m_file.tryLock(0)) // removes a lock whose process no longer runs on this host
        return Result::Locked;
    if (m_file.error() == QLockFile::LockFailedError) {
        QString app;
        if (m_file.getLockInfo(&m_holderPid, &m_holderHost, &app))
            m_error = tr("该工作区已被另一个销售罗盘打开（进程 %1，计算机 %2）。请切换到那个窗口，或先将其关闭。")
                          .arg(m_holderPid)
                          .arg(m_holderHost);
        else
            m_error = tr("该工作区已被另一个销售罗盘打开。请切换到那个窗口，或先将其关闭。");
        qCWarning(lcStorage) << "workspace lock held by pid" << m_holderPid << "on" << m_holderHost << m_path;
        return Result::HeldElsewhere;
    }
    m_error = m_file.error() == QLockFile::PermissionError
        ? tr("没有权限在 %1 创建锁文件。").arg(QDir::toNativeSeparators(m_path))
        : tr("无法锁定工作区（%1）。").arg(QDir::toNativeSeparators(m_path));
    qCWarning(lcStorage) << "workspace lock failed:" << int(m_file.error()) << m_path;
    return Result::Failed;
}

QString WorkspaceLock::channelName(const QString &workspaceRoot)
{
    // The same folder however it is written (a trailing slash, "..", a symlink).
    const QFileInfo info(workspaceRoot);
    QString folder = info.canonicalFilePath();
    if (folder.isEmpty())
        folder = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray where = folder.toUtf8() + '\0' + qgetenv("USER");
    return u"sales-client-"_s
        + QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace sales
