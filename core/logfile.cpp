// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

QMutex g_mutex;
QFile *g_file = nullptr;
QtMessageHandler g_previous = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        if (g_file) {
            const QString line = u"%1 %2 %3: %4\n"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                                       QString::fromLatin1(levelName(type)),
                                                       QString::fromLatin1(context.category ? context.category : "default"),
                                                       message);
            g_file->write(line.toUtf8());
            g_file->flush();
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

bool installLogFile(const QString &path)
{
    QMutexLocker lock(&g_mutex);
    if (g_file)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The log names customers and workspaces now and then: only its user may read
    // it, like the replica. A new file is created so; an older, looser one is tightened.
    constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text, OwnerOnly)) {
        delete file;
        return false;
    }
    file->setPermissions(OwnerOnly);
    g_file = file;
    g_previous = qInstallMessageHandler(handler);
    return true;
}

QString logFilePath()
{
    QMutexLocker lock(&g_mutex);
    return g_file ? g_file->fileName() : QString();
}

} // namespace sales
