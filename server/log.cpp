// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

namespace sales::server::log {

namespace {
std::mutex g_mutex;
std::atomic<bool> g_enabled{true};
std::function<void(const QByteArray &)> g_sink; // guarded by g_mutex

void qtHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    QString level = u"info"_s;
    switch (type) {
    case QtDebugMsg: level = u"debug"_s; break;
    case QtInfoMsg: level = u"info"_s; break;
    case QtWarningMsg: level = u"warn"_s; break;
    case QtCriticalMsg:
    case QtFatalMsg: level = u"error"_s; break;
    }
    QJsonObject fields;
    if (ctx.category)
        fields.insert(u"category"_s, QString::fromUtf8(ctx.category));
    write(level, msg, fields);
}
} // namespace

void write(const QString &level, const QString &msg, const QJsonObject &fields)
{
    QJsonObject line{
        {u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"level"_s, level},
        {u"msg"_s, msg},
        {u"fields"_s, fields},
    };
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    std::lock_guard lock(g_mutex);
    if (g_sink)
        g_sink(bytes);
    if (!g_enabled.load())
        return;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void info(const QString &msg, const QJsonObject &fields) { write(u"info"_s, msg, fields); }
void warn(const QString &msg, const QJsonObject &fields) { write(u"warn"_s, msg, fields); }
void error(const QString &msg, const QJsonObject &fields) { write(u"error"_s, msg, fields); }

void installQtMessageHandler() { qInstallMessageHandler(qtHandler); }

void setEnabled(bool enabled) { g_enabled.store(enabled); }

void setSink(std::function<void(const QByteArray &)> sink)
{
    std::lock_guard lock(g_mutex);
    g_sink = std::move(sink);
}

} // namespace sales::server::log
