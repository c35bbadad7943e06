// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sales::format {

// ¥8,000 below ten thousand; ¥12.5万 from there, as Chinese sales teams read money.
QString money(qint64 yuan);
// 11月20日 14:30 in local time; with the year when it is not the current one.
QString dateTime(const QDateTime &t, const QDateTime &now);
// "还剩 5 小时" / "已超时 2 天 3 小时"
QString duration(qint64 seconds);

} // namespace sales::format
