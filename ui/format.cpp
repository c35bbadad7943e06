// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QCoreApplication>
#include <QLocale>

namespace sales::format {

QString money(qint64 yuan)
{
    const QLocale locale;
    // 万 is how Chinese readers scan amounts; other languages get the full figure.
    if (qAbs(yuan) < 10000 || locale.language() != QLocale::Chinese)
        return QStringLiteral("¥") + locale.toString(yuan);
    return QStringLiteral("¥") + locale.toString(double(yuan) / 10000.0, 'f', yuan % 10000 == 0 ? 0 : 1)
        + QCoreApplication::translate("format", "万");
}

QString dateTime(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return QCoreApplication::translate("format", "—");
    const QDateTime local = t.toLocalTime();
    if (QLocale().language() != QLocale::Chinese)
        return QLocale().toString(local, QLocale::ShortFormat);
    if (local.date().year() == now.toLocalTime().date().year())
        return local.toString(QStringLiteral("M月d日 HH:mm"));
    return local.toString(QStringLiteral("yyyy年M月d日 HH:mm"));
}

QString duration(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0)
        return QCoreApplication::translate("format", "%1 天 %2 小时").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("format", "%1 小时 %2 分").arg(hours).arg(minutes);
    return QCoreApplication::translate("format", "%1 分钟").arg(minutes);
}

} // namespace sales::format
