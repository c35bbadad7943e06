// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/phone.h"

#include <QTest>

Q_DECLARE_METATYPE(sales::PhoneNumber::Kind)

using namespace Qt::StringLiterals;
using namespace sales;

class TestPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<PhoneNumber::Kind>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("extension");

        const auto mobile = PhoneNumber::Kind::Mobile;
        const QString m = u"8613800138000"_s;
        const QString md = u"+86 138 0013 8000"_s;
        QTest::newRow("plain") << u"13800138000"_s << mobile << m << md << QString();
        QTest::newRow("dashes") << u"138-0013-8000"_s << mobile << m << md << QString();
        QTest::newRow("spaces") << u"138 0013 8000"_s << mobile << m << md << QString();
        QTest::newRow("padded") << u"  13800138000 "_s << mobile << m << md << QString();
        QTest::newRow("+86 spaced") << u"+86 138 0013 8000"_s << mobile << m << md << QString();
        QTest::newRow("+86 glued") << u"+8613800138000"_s << mobile << m << md << QString();
        QTest::newRow("86 glued") << u"8613800138000"_s << mobile << m << md << QString();
        QTest::newRow("86 spaced") << u"86 138 0013 8000"_s << mobile << m << md << QString();
        QTest::newRow("0086") << u"0086 138 0013 8000"_s << mobile << m << md << QString();
        QTest::newRow("0086 dashes") << u"0086-13800138000"_s << mobile << m << md << QString();
        QTest::newRow("(+86)") << u"(+86) 138-0013-8000"_s << mobile << m << md << QString();
        QTest::newRow("parentheses") << u"(138) 0013-8000"_s << mobile << m << md << QString();
        QTest::newRow("leading 0") << u"013800138000"_s << mobile << m << md << QString();
        QTest::newRow("full-width") << u"１３８００１３８０００"_s << mobile << m << md << QString();
        QTest::newRow("full-width +86") << u"＋８６ １３８－００１３－８０００"_s << mobile << m << md << QString();
        QTest::newRow("full-width brackets") << u"（＋８６）１３８　００１３　８０００"_s << mobile << m << md << QString();
        QTest::newRow("em dash") << u"138—0013—8000"_s << mobile << m << md << QString();
        QTest::newRow("199") << u"199 1234 5678"_s << mobile << u"8619912345678"_s << u"+86 199 1234 5678"_s
                             << QString();
        QTest::newRow("stored demo form") << u"+86 13812345678"_s << mobile << u"8613812345678"_s
                                          << u"+86 138 1234 5678"_s << QString();

        const auto land = PhoneNumber::Kind::Landline;
        const QString h = u"86057188886666"_s;
        const QString hd = u"0571-8888 6666"_s;
        QTest::newRow("hangzhou") << u"0571-88886666"_s << land << h << hd << QString();
        QTest::newRow("hangzhou spaced") << u"0571 8888 6666"_s << land << h << hd << QString();
        QTest::newRow("hangzhou brackets") << u"(0571) 8888-6666"_s << land << h << hd << QString();
        QTest::newRow("hangzhou glued") << u"057188886666"_s << land << h << hd << QString();
        QTest::newRow("hangzhou +86") << u"+86 571 8888 6666"_s << land << h << hd << QString();
        QTest::newRow("hangzhou +86 (0)") << u"+86 (0)571 8888 6666"_s << land << h << hd << QString();
        QTest::newRow("hangzhou 0086") << u"0086-571-88886666"_s << land << h << hd << QString();
        QTest::newRow("hangzhou full-width") << u"０５７１－８８８８６６６６"_s << land << h << hd << QString();
        QTest::newRow("7-digit local") << u"0571-8886666"_s << land << u"8605718886666"_s << u"0571-888 6666"_s
                                       << QString();
        QTest::newRow("beijing") << u"010-88886666"_s << land << u"8601088886666"_s
                                 << u"010-8888 6666"_s << QString();
        QTest::newRow("beijing +86") << u"+86 10 8888 6666"_s << land << u"8601088886666"_s << u"010-8888 6666"_s
                                     << QString();
        QTest::newRow("shanghai") << u"021 6888 8888"_s << land << u"8602168888888"_s << u"021-6888 8888"_s
                                  << QString();
        QTest::newRow("ext 转") << u"0571-88886666转123"_s << land << h << u"0571-8888 6666 转123"_s << u"123"_s;
        QTest::newRow("ext 转 spaced") << u"0571-8888 6666 转 123"_s << land << h << u"0571-8888 6666 转123"_s
                                       << u"123"_s;
        QTest::newRow("ext dash") << u"0571-88886666-123"_s << land << h << u"0571-8888 6666 转123"_s << u"123"_s;
        QTest::newRow("ext word") << u"0571-8888 6666 ext. 8001"_s << land << h << u"0571-8888 6666 转8001"_s
                                  << u"8001"_s;
        QTest::newRow("ext 分机") << u"010-88886666 分机 12"_s << land << u"8601088886666"_s
                                  << u"010-8888 6666 转12"_s << u"12"_s;

        const auto service = PhoneNumber::Kind::Service;
        QTest::newRow("400") << u"400-820-8820"_s << service << u"864008208820"_s << u"400-820-8820"_s << QString();
        QTest::newRow("400 glued") << u"4008208820"_s << service << u"864008208820"_s << u"400-820-8820"_s
                                   << QString();
        QTest::newRow("800") << u"800 820 8820"_s << service << u"868008208820"_s << u"800-820-8820"_s << QString();
        QTest::newRow("400 ext") << u"400-820-8820 转 2"_s << service << u"864008208820"_s
                                 << u"400-820-8820 转2"_s << u"2"_s;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(PhoneNumber::Kind, kind);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        QFETCH(QString, extension);
        const PhoneNumber p = normalizePhone(input);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.canonical, canonical);
        QCOMPARE(p.display, display);
        QCOMPARE(p.extension, extension);
        // The display form is itself accepted and means the same number.
        const PhoneNumber again = normalizePhone(p.display);
        QCOMPARE(again.canonical, canonical);
        QCOMPARE(again.display, display);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << QString() << u"请输入电话号码"_s;
        QTest::newRow("blank") << u"   "_s << u"请输入电话号码"_s;
        QTest::newRow("10-digit mobile") << u"1380013800"_s << u"手机号应为 11 位，以 1 开头"_s;
        QTest::newRow("12-digit mobile") << u"138001380001"_s << u"手机号应为 11 位，以 1 开头"_s;
        QTest::newRow("12x prefix") << u"12800138000"_s << u"第二位应为 3–9"_s;
        QTest::newRow("no area code") << u"8888 6666"_s << u"请加上区号"_s;
        QTest::newRow("unknown area code") << u"0261-8888666"_s << u"区号“0261”不存在"_s;
        QTest::newRow("short beijing") << u"010-8888666"_s << u"区号 010 后应为 8 位号码"_s;
        QTest::newRow("short hangzhou") << u"0571-888866"_s << u"区号 0571 后应为 7–8 位号码"_s;
        QTest::newRow("local starts with 0") << u"0571-08886666"_s << u"不能以 0 或 1 开头"_s;
        QTest::newRow("abroad") << u"+1 415 555 0100"_s << u"+86"_s;
        QTest::newRow("letters") << u"abc"_s << u"无法识别的字符“a”"_s;
        QTest::newRow("label") << u"手机：13800138000"_s << u"无法识别的字符“手”"_s;
        QTest::newRow("mobile extension") << u"138-0013-8000 转 12"_s << u"手机号不能带分机号"_s;
        QTest::newRow("long extension") << u"0571-88886666 转 1234567"_s << u"分机号应为"_s;
        QTest::newRow("empty extension") << u"0571-88886666 转"_s << u"分机号应为"_s;
        QTest::newRow("short 400") << u"400-820-882"_s << u"10 位"_s;
        QTest::newRow("extension only") << u"转123"_s << u"请输入电话号码"_s;
        QTest::newRow("garbage digits") << u"12345"_s << u"手机号应为 11 位"_s;
        QTest::newRow("too short") << u"5555"_s << u"无法识别的号码"_s;
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, errorPart);
        const PhoneNumber p = normalizePhone(input);
        QCOMPARE(p.kind, PhoneNumber::Kind::Invalid);
        QVERIFY(p.canonical.isEmpty());
        QVERIFY(p.display.isEmpty());
        QVERIFY2(p.error.contains(errorPart), qPrintable(p.error));
    }

    void sameNumberInEveryFormIsOne()
    {
        const QStringList forms{u"138-0013-8000"_s, u"+86 138 0013 8000"_s, u"8613800138000"_s,
                                u"１３８ ００１３ ８０００"_s, u"0086 13800138000"_s};
        for (const QString &form : forms)
            QCOMPARE(normalizePhone(form).canonical, u"8613800138000"_s);
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
