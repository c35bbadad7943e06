// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); }

    void moneyInWanForChineseReaders_data()
    {
        QTest::addColumn<qint64>("yuan");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("small") << qint64(8000) << u"¥8,000"_s << u"¥8,000"_s;
        QTest::newRow("just below") << qint64(9999) << u"¥9,999"_s << u"¥9,999"_s;
        QTest::newRow("one wan") << qint64(10000) << u"¥1万"_s << u"¥10,000"_s;
        QTest::newRow("fraction") << qint64(885000) << u"¥88.5万"_s << u"¥885,000"_s;
        QTest::newRow("round") << qint64(1000000) << u"¥100万"_s << u"¥1,000,000"_s;
    }

    void moneyInWanForChineseReaders()
    {
        QFETCH(qint64, yuan);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(format::money(yuan), zh);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(format::money(yuan), en);
    }

    void durations()
    {
        QCOMPARE(format::duration(59), u"0 分钟"_s);
        QCOMPARE(format::duration(3 * 3600 + 5 * 60), u"3 小时 5 分"_s);
        QCOMPARE(format::duration(-(2 * 86400 + 3 * 3600)), u"2 天 3 小时"_s);
    }

    void datesInChinese()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime t(QDate(now.date().year(), 3, 5), QTime(9, 7));
        QCOMPARE(format::dateTime(t, now), u"3月5日 09:07"_s);
        QCOMPARE(format::dateTime(t.addYears(-1), now), u"%1年3月5日 09:07"_s.arg(now.date().year() - 1));
        QCOMPARE(format::dateTime(QDateTime(), now), u"—"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
