// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/companyname.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestCompanyName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void core_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("core");
        QTest::newRow("city + suffix") << u"杭州恒通精密机械有限公司"_s << u"恒通精密机械"_s;
        QTest::newRow("province + city") << u"浙江省杭州市恒通精密机械有限公司"_s << u"恒通精密机械"_s;
        QTest::newRow("bracketed city") << u"恒通精密机械（杭州）有限公司"_s << u"恒通精密机械"_s;
        QTest::newRow("ascii brackets") << u"恒通精密机械(中国)有限公司"_s << u"恒通精密机械"_s;
        QTest::newRow("group + joint stock") << u"上海华信集团股份有限公司"_s << u"华信"_s;
        QTest::newRow("limited liability") << u"宁波瑞丰建材有限责任公司"_s << u"瑞丰建材"_s;
        QTest::newRow("plain 公司") << u"天成医疗设备公司"_s << u"天成医疗设备"_s;
        QTest::newRow("autonomous region") << u"新疆维吾尔自治区乌鲁木齐市天成建材有限公司"_s << u"天成建材"_s;
        QTest::newRow("spaces") << u"深圳 联创 智能装备 有限公司"_s << u"联创智能装备"_s;
        QTest::newRow("latin case") << u"ACME Robotics 有限公司"_s << u"acmerobotics"_s;
        QTest::newRow("full-width latin") << u"ＡＣＭＥ Ｒｏｂｏｔｉｃｓ有限公司"_s << u"acmerobotics"_s;
        QTest::newRow("only a city") << u"北京"_s << u"北京"_s;
        QTest::newRow("city is most of it") << u"北京华有限公司"_s << u"北京华"_s;
        QTest::newRow("company word like a city") << u"东方精工有限公司"_s << u"东方精工"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void core()
    {
        QFETCH(QString, name);
        QFETCH(QString, core);
        QCOMPARE(companyNameCore(name), core);
    }

    void extraPlaces()
    {
        QCOMPARE(companyNameCore(u"余杭恒通机电有限公司"_s), u"余杭恒通机电"_s);
        QCOMPARE(companyNameCore(u"余杭恒通机电有限公司"_s, {u"余杭"_s}), u"恒通机电"_s);
    }

    void similar_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("similar");
        QTest::newRow("equal") << u"华信"_s << u"华信"_s << true;
        QTest::newRow("contains, 4+") << u"恒通精密机械"_s << u"恒通精密机械制造"_s << true;
        QTest::newRow("contained, 4+") << u"上海恒通精密机械制造"_s << u"恒通精密"_s << true;
        QTest::newRow("contains, short") << u"恒通"_s << u"恒通机械"_s << false;
        QTest::newRow("different") << u"恒通建材"_s << u"恒通精密机械"_s << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }

    void similar()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, similar);
        QCOMPARE(similarCompanyCores(a, b), similar);
        QCOMPARE(similarCompanyCores(b, a), similar);
    }
};

QTEST_GUILESS_MAIN(TestCompanyName)
#include "tst_companyname.moc"
