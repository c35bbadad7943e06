// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ids.h"
#include "leadservicefixture.h"
#include "storage/accountrepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::T0;

class TestLeadCreation : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LeadServiceFixture> f;

    // An account with one contact, written as sync would (not through the service).
    QString addAccount(const QString &name, const QString &phone)
    {
        AccountRepository accounts(f->db(), f->clock);
        const Account a{newId(), name, u"工业设备"_s, {}, {}, {}, T0};
        const Contact c{newId(), a.id, u"李娜"_s, u"采购经理"_s, phone, u"采购"_s, T0};
        if (!accounts.save(a) || !accounts.saveContact(c))
            return {};
        return a.id;
    }

private Q_SLOTS:
    void init() { f = std::make_unique<test::LeadServiceFixture>(); }
    void cleanup() { f.reset(); }

    void theWritersRefusalIsTheResultAndNothingIsKept()
    {
        // The service does not look the team up; the writer does (the catalog's
        // reference rule), and the whole creation is rolled back.
        NewLeadInput in = test::LeadServiceFixture::input(u"宁波海曙纺织"_s);
        in.teamId = u"no-such-team"_s;
        const LeadResult r = f->service->createLead(in);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"lead.team_id"_s) && r.error.contains(u"no-such-team"_s), qPrintable(r.error));
        for (const QString &table : {u"account"_s, u"contact"_s, u"lead"_s, u"stage_change"_s})
            QCOMPARE(f->value(u"SELECT count(*) FROM %1"_s.arg(table)).toInt(), 0);
        QCOMPARE(f->value(u"SELECT count(*) FROM pending_change WHERE entity <> 'pipeline_template'"_s).toInt(), 0);
    }

    void createStoresAccountContactLeadAndEntry()
    {
        NewLeadInput in = test::LeadServiceFixture::input(u" 杭州恒通精密机械有限公司 "_s, u"１３８-００１３-８０００"_s);
        f->clock.advanceSeconds(3600);
        const LeadResult r = f->service->createLead(in);
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto lead = LeadRepository(f->db()).find(r.id);
        QVERIFY(lead);
        QCOMPARE(lead->stageKey, u"qualify"_s);
        QCOMPARE(lead->stageEnteredAt, T0.addSecs(3600));
        QCOMPARE(lead->createdAt, T0.addSecs(3600));
        QCOMPARE(lead->title, u"杭州恒通精密机械有限公司"_s); // defaults to the account name
        QCOMPARE(lead->ownerId, test::UserId);
        QCOMPARE(lead->source, u"展会名片"_s);
        QCOMPARE(lead->industry, u"工业设备"_s);
        QCOMPARE(lead->amountYuan, 500000);
        QCOMPARE(lead->templateId, u"default"_s);

        AccountRepository accounts(f->db());
        const auto account = accounts.find(lead->accountId);
        QVERIFY(account);
        QCOMPARE(account->name, u"杭州恒通精密机械有限公司"_s);
        const auto contact = accounts.findContact(lead->contactId);
        QVERIFY(contact);
        QCOMPARE(contact->accountId, account->id);
        QCOMPARE(contact->phone, u"+86 138 0013 8000"_s);
        QCOMPARE(contact->role, u"决策人"_s);

        const auto changes = LeadHistoryRepository(f->db()).stageChangesOf(r.id);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().fromStage.isEmpty());
        QCOMPARE(changes.first().toStage, u"qualify"_s);
        QCOMPARE(changes.first().byUserId, test::UserId);
        QVERIFY(!changes.first().backflow);

        // Every new row waits in the outbox.
        for (const auto &table : {u"account"_s, u"contact"_s, u"lead"_s, u"stage_change"_s})
            QCOMPARE(f->count(u"SELECT count(*) FROM pending_change WHERE entity = '%1' AND field = '*'"_s.arg(table)), 1);
    }

    void allErrorsAtOnceAndNothingWritten()
    {
        const QString before = f->footprint();
        NewLeadInput in;
        in.accountName = u"A"_s;
        in.industry = u"餐饮"_s;
        in.contactPhone = u"12345"_s;
        in.contactRole = u"老板"_s;
        in.amountYuan = -1;
        in.source = u"路边"_s;
        const LeadResult r = f->service->createLead(in);
        QVERIFY(!r.ok);
        QStringList keys = r.fieldErrors.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"accountName"_s, u"amountYuan"_s, u"contactName"_s, u"contactPhone"_s,
                                    u"contactRole"_s, u"industry"_s, u"source"_s}));
        QVERIFY(r.fieldErrors.value(u"contactPhone"_s).contains(u"手机号应为 11 位"_s));
        QVERIFY(r.fieldErrors.value(u"accountName"_s).contains(u"2–100"_s));
        QVERIFY(r.error.contains(u"7 处"_s));
        QCOMPARE(f->footprint(), before);

        in = NewLeadInput{};
        QCOMPARE(f->service->createLead(in).fieldErrors.keys(), QStringList{u"accountName"_s});
        in.accountName = QString(101, u'厂');
        QVERIFY(f->service->createLead(in).fieldErrors.contains(u"accountName"_s));
        in.accountName = u"恒通"_s;
        in.templateId = u"nope"_s;
        QVERIFY(f->service->createLead(in).fieldErrors.contains(u"templateId"_s));
        in.templateId = u"default"_s;
        in.regionId = u"no-such-region"_s;
        QVERIFY(f->service->createLead(in).fieldErrors.contains(u"regionId"_s));
        QCOMPARE(f->footprint(), before);
    }

    void minimalLeadNeedsOnlyAName()
    {
        NewLeadInput in;
        in.accountName = u"恒通"_s;
        const LeadResult r = f->service->createLead(in);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(LeadRepository(f->db()).find(r.id)->contactId.isEmpty());
        QCOMPARE(f->count(u"SELECT count(*) FROM contact"_s), 0);
    }

    void reusesAccountAndContact()
    {
        const QString first = f->createLead(u"杭州恒通精密机械有限公司"_s, u"13800138000"_s);
        QVERIFY(!first.isEmpty());
        const Lead lead = *LeadRepository(f->db()).find(first);
        NewLeadInput in;
        in.accountId = lead.accountId;
        in.contactId = lead.contactId;
        in.title = u"二期产线改造"_s;
        const LeadResult r = f->service->createLead(in);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(f->count(u"SELECT count(*) FROM account"_s), 1);
        QCOMPARE(f->count(u"SELECT count(*) FROM contact"_s), 1);
        const auto second = LeadRepository(f->db()).find(r.id);
        QCOMPARE(second->title, u"二期产线改造"_s);
        QCOMPARE(second->contactId, lead.contactId);
        QCOMPARE(second->industry, u"工业设备"_s); // from the account

        in.accountId = newId();
        QVERIFY(f->service->createLead(in).fieldErrors.contains(u"accountId"_s));
        in.accountId = addAccount(u"别家公司"_s, {});
        QCOMPARE(f->service->createLead(in).fieldErrors.value(u"contactId"_s), u"所选联系人不属于该客户"_s);
    }

    void duplicatesBySamePhoneInAnotherFormat()
    {
        const QString stored = addAccount(u"宁波瑞丰建材有限公司"_s, u"+86 13812345678"_s); // the demo's form
        const QString spaced = addAccount(u"苏州嘉禾机电有限公司"_s, u"+86 138 1234 5678"_s);
        addAccount(u"无锡众合重工有限公司"_s, u"+86 139 1234 5678"_s); // same last 8 digits only
        const QString leadId = f->createLead(u"测试公司甲"_s, u"0571-88886666"_s);
        QVERIFY(!leadId.isEmpty());

        const auto found = f->service->findDuplicates(QString(), u"138-1234-5678"_s);
        QCOMPARE(found.size(), 2);
        QSet<QString> accounts;
        for (const DuplicateCandidate &c : found) {
            QCOMPARE(c.reason, DuplicateCandidate::Reason::SamePhone);
            QCOMPARE(c.contactName, u"李娜"_s);
            accounts.insert(c.accountId);
        }
        QCOMPARE(accounts, (QSet<QString>{stored, spaced}));

        // A landline matches too, and the candidate carries the account's open lead.
        const auto landline = f->service->findDuplicates(QString(), u"(0571) 8888 6666"_s);
        QCOMPARE(landline.size(), 1);
        QCOMPARE(landline.first().leadId, leadId);
        QCOMPARE(landline.first().leadTitle, u"测试公司甲"_s);
        QCOMPARE(landline.first().contactPhone, u"0571-8888 6666"_s);
        QVERIFY(f->service->findDuplicates(QString(), u"不是号码"_s).isEmpty());
    }

    void duplicatesBySimilarCompany()
    {
        const QString same = addAccount(u"杭州恒通精密机械有限公司"_s, {});
        const QString longer = addAccount(u"上海恒通精密机械制造有限公司"_s, {});
        addAccount(u"恒通建材有限公司"_s, {});
        addAccount(u"华信医疗器械有限公司"_s, {});
        const auto found = f->service->findDuplicates(u"恒通精密机械（宁波）有限公司"_s, QString());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).accountId, same); // equal cores first
        QCOMPARE(found.at(1).accountId, longer);
        QCOMPARE(found.at(0).reason, DuplicateCandidate::Reason::SimilarCompany);
        QCOMPARE(found.at(0).contactName, u"李娜"_s);
        QVERIFY(found.at(0).leadId.isEmpty()); // no open lead

        // The typed name's core contains an existing one.
        const auto wider = f->service->findDuplicates(u"浙江省恒通精密机械制造集团"_s, QString());
        QCOMPARE(wider.size(), 2);
    }

    void phoneMatchComesFirstAndOnce()
    {
        const QString a = addAccount(u"杭州恒通精密机械有限公司"_s, u"+86 13812345678"_s);
        addAccount(u"恒通精密机械有限公司"_s, {});
        const auto found = f->service->findDuplicates(u"恒通精密机械"_s, u"13812345678"_s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().accountId, a);
        QCOMPARE(found.first().reason, DuplicateCandidate::Reason::SamePhone);
        QCOMPARE(found.last().reason, DuplicateCandidate::Reason::SimilarCompany);
    }

    void atMostTen()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(!addAccount(u"恒通精密机械有限公司"_s, u"+86 13812345678"_s).isEmpty());
        QCOMPARE(f->service->findDuplicates(u"恒通精密机械"_s, u"13812345678"_s).size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestLeadCreation)
#include "tst_leadcreation.moc"
