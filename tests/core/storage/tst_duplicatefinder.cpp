// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate detection in the replica: the same customer by phone or by company name.
#include "../leadservice/leadservicefixture.h"
#include "demo/demovocabulary.h"
#include "domain/companyname.h"
#include "domain/ids.h"
#include "storage/accountrepository.h"
#include "storage/duplicatefinder.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::T0;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LeadServiceFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<test::LeadServiceFixture>(); }
    void cleanup() { f.reset(); }

    void duplicatesBySamePhoneInAnotherFormat()
    {
        const QString stored = f->addAccount(u"宁波瑞丰建材有限公司"_s, u"+86 13812345678"_s); // the demo's form
        const QString spaced = f->addAccount(u"苏州嘉禾机电有限公司"_s, u"+86 138 1234 5678"_s);
        f->addAccount(u"无锡众合重工有限公司"_s, u"+86 139 1234 5678"_s); // same last 8 digits only
        const QString leadId = f->createLead(u"测试公司甲"_s, u"0571-88886666"_s);
        QVERIFY(!leadId.isEmpty());

        const auto found = DuplicateFinder(f->db()).find(QString(), u"138-1234-5678"_s);
        QCOMPARE(found.size(), 2);
        QSet<QString> accounts;
        for (const DuplicateCandidate &c : found) {
            QCOMPARE(c.reason, DuplicateCandidate::Reason::SamePhone);
            QCOMPARE(c.contactName, u"李娜"_s);
            accounts.insert(c.accountId);
        }
        QCOMPARE(accounts, (QSet<QString>{stored, spaced}));

        // A landline matches too, and the candidate carries the account's open lead.
        const auto landline = DuplicateFinder(f->db()).find(QString(), u"(0571) 8888 6666"_s);
        QCOMPARE(landline.size(), 1);
        QCOMPARE(landline.first().leadId, leadId);
        QCOMPARE(landline.first().leadTitle, u"测试公司甲"_s);
        QCOMPARE(landline.first().contactPhone, u"0571-8888 6666"_s);
        QVERIFY(DuplicateFinder(f->db()).find(QString(), u"不是号码"_s).isEmpty());
    }

    void duplicatesBySimilarCompany()
    {
        const QString same = f->addAccount(u"杭州恒通精密机械有限公司"_s, {});
        const QString longer = f->addAccount(u"上海恒通精密机械制造有限公司"_s, {});
        f->addAccount(u"恒通建材有限公司"_s, {});
        f->addAccount(u"华信医疗器械有限公司"_s, {});
        const auto found = DuplicateFinder(f->db()).find(u"恒通精密机械（宁波）有限公司"_s, QString());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).accountId, same); // equal cores first
        QCOMPARE(found.at(1).accountId, longer);
        QCOMPARE(found.at(0).reason, DuplicateCandidate::Reason::SimilarCompany);
        QCOMPARE(found.at(0).contactName, u"李娜"_s);
        QVERIFY(found.at(0).leadId.isEmpty()); // no open lead

        // The typed name's core contains an existing one.
        const auto wider = DuplicateFinder(f->db()).find(u"浙江省恒通精密机械制造集团"_s, QString());
        QCOMPARE(wider.size(), 2);
    }

    void phoneMatchComesFirstAndOnce()
    {
        const QString a = f->addAccount(u"杭州恒通精密机械有限公司"_s, u"+86 13812345678"_s);
        f->addAccount(u"恒通精密机械有限公司"_s, {});
        const auto found = DuplicateFinder(f->db()).find(u"恒通精密机械"_s, u"13812345678"_s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().accountId, a);
        QCOMPARE(found.first().reason, DuplicateCandidate::Reason::SamePhone);
        QCOMPARE(found.last().reason, DuplicateCandidate::Reason::SimilarCompany);
    }

    void atMostTen()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(!f->addAccount(u"恒通精密机械有限公司"_s, u"+86 13812345678"_s).isEmpty());
        QCOMPARE(DuplicateFinder(f->db()).find(u"恒通精密机械"_s, u"13812345678"_s).size(), 10);
    }

    void cityFromTheResourceIsStripped()
    {
        // 芜湖 is neither a demo city nor built into companyNameCore: only resources/places/cities.txt names it.
        const QString wuhu = u"芜湖"_s;
        QVERIFY(DuplicateFinder::placeNames().contains(wuhu));
        QVERIFY(!builtinPlaceNames().contains(wuhu));
        for (const demo::RegionWords &region : demo::Vocabulary::load().regions)
            QVERIFY2(!region.cities.contains(wuhu), qPrintable(region.name));

        QCOMPARE(companyNameCore(u"芜湖市恒通达有限公司"_s, DuplicateFinder::placeNames()), u"恒通达"_s);
        QCOMPARE(companyNameCore(u"芜湖市恒通达有限公司"_s), u"芜湖市恒通达"_s); // without the resource

        // A three-character core only matches when equal, so only the stripped city makes these the same.
        const QString same = f->addAccount(u"恒通达有限公司"_s, {});
        f->addAccount(u"芜湖恒达有限公司"_s, {}); // the same city is not the same customer
        const auto found = DuplicateFinder(f->db()).find(u"芜湖市恒通达有限公司"_s, QString());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().accountId, same);
        QCOMPARE(found.first().reason, DuplicateCandidate::Reason::SimilarCompany);
    }

    void everyDemoCityIsInTheResource()
    {
        // The demo's company names start with its cities; each must still be stripped.
        const QStringList places = DuplicateFinder::placeNames();
        for (const demo::RegionWords &region : demo::Vocabulary::load().regions) {
            QVERIFY(!region.cities.isEmpty());
            for (const QString &city : region.cities)
                QVERIFY2(places.contains(city), qPrintable(city));
        }
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
