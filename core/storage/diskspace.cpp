// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskspace.h"

#include <QFileInfo>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Margin = 16 * MiB; // the WAL a first write grows, temp files, the log

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() ? info.size() : 0;
}

} // namespace

qint64 DiskSpace::neededToOpen(const QString &replicaPath)
{
    return sizeOf(replicaPath) + sizeOf(replicaPath + u"-wal"_s) + Margin;
}

qint64 DiskSpace::available(const QString &replicaPath)
{
    const QStorageInfo storage(QFileInfo(replicaPath).absolutePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

QString DiskSpace::fullMessage(const QString &replicaPath, qint64 availableBytes)
{
    const qint64 needed = neededToOpen(replicaPath);
    if (availableBytes < 0 || availableBytes >= needed)
        return {};
    return tr("磁盘已满：本地数据库所在的磁盘只剩 %L1 MB 可用，打开它需要约 %L2 MB。"
              "请清理磁盘空间后重试；本地数据保持原样，未做任何改动。")
        .arg(availableBytes / MiB)
        .arg((needed + MiB - 1) / MiB);
}

} // namespace sales
