// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace sales::server {

// Structured log: one JSON object per line on stderr {ts, level, msg, fields}.
// Passwords and tokens are never passed here.
namespace log {
void write(const QString &level, const QString &msg, const QJsonObject &fields = {});
void info(const QString &msg, const QJsonObject &fields = {});
void warn(const QString &msg, const QJsonObject &fields = {});
void error(const QString &msg, const QJsonObject &fields = {});
// Route qDebug/qWarning through the JSON log (used by `serve`).
void installQtMessageHandler();
// Tests silence the log (it still formats, so the code path is exercised).
void setEnabled(bool enabled);
// Tests read what would be logged: each line goes to sink too (empty: none).
void setSink(std::function<void(const QByteArray &line)> sink);
} // namespace log

} // namespace sales::server
