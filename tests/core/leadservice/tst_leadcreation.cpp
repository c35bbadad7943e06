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

private Q_SLOTS:
    void init() { f = std::make_unique<test::LeadServiceFixture>(); }
    void cleanup() { f.reset(); }

    void theWritersRefusalIsTheResultAndNothingIsKept()
    {
        // The service does not look the team up; the writer does (the catalog's
        // reference rule), and the whole creation is rolled back.
        NewLeadInput in = test::LeadServiceFixture::input(u"宁波海曙纺织"_s);
        in.teamId = u"no-such-team"_s;
        const Result r = f->leads->createLead(in);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(u"lead.team_id"_s) && r.message.contains(u"no-such-team"_s), qPrintable(r.message));
        for (const QString &table : {u"account"_s, u"contact"_s, u"lead"_s, u"stage_change"_s})
            QCOMPARE(f->value(u"SELECT count(*) FROM %1"_s.arg(table)).toInt(), 0);
        QCOMPARE(f->value(u"SELECT count(*) FROM pending_change WHERE entity <> 'pipeline_template'"_s).toInt(), 0);
    }

    void createStoresAccountContactLeadAndEntry()
    {
        NewLeadInput in = test::LeadServiceFixture::input(u" 杭州恒通精密机械有限公司 "_s, u"１３８-００１３-８０００"_s);
        f->clock.advanceSeconds(3600);
        const Result r = f->leads->createLead(in);
        QVERIFY2(r.ok, qPrintable(r.message));
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
        const Result r = f->leads->createLead(in);
        QVERIFY(!r.ok);
        QStringList keys = r.fieldErrors.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"accountName"_s, u"amountYuan"_s, u"contactName"_s, u"contactPhone"_s,
                                    u"contactRole"_s, u"industry"_s, u"source"_s}));
        QVERIFY(r.fieldErrors.value(u"contactPhone"_s).contains(u"手机号应为 11 位"_s));
        QVERIFY(r.fieldErrors.value(u"accountName"_s).contains(u"2–100"_s));
        QVERIFY(r.message.contains(u"7 处"_s));
        QCOMPARE(f->footprint(), before);

        in = NewLeadInput{};
        QCOMPARE(f->leads->createLead(in).fieldErrors.keys(), QStringList{u"accountName"_s});
        in.accountName = QString(101, u'厂');
        QVERIFY(f->leads->createLead(in).fieldErrors.contains(u"accountName"_s));
        in.accountName = u"恒通"_s;
        in.templateId = u"nope"_s;
        QVERIFY(f->leads->createLead(in).fieldErrors.contains(u"templateId"_s));
        in.templateId = u"default"_s;
        in.regionId = u"no-such-region"_s;
        QVERIFY(f->leads->createLead(in).fieldErrors.contains(u"regionId"_s));
        QCOMPARE(f->footprint(), before);
    }

    void minimalLeadNeedsOnlyAName()
    {
        NewLeadInput in;
        in.accountName = u"恒通"_s;
        const Result r = f->leads->createLead(in);
        QVERIFY2(r.ok, qPrintable(r.message));
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
        const Result r = f->leads->createLead(in);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(f->count(u"SELECT count(*) FROM account"_s), 1);
        QCOMPARE(f->count(u"SELECT count(*) FROM contact"_s), 1);
        const auto second = LeadRepository(f->db()).find(r.id);
        QCOMPARE(second->title, u"二期产线改造"_s);
        QCOMPARE(second->contactId, lead.contactId);
        QCOMPARE(second->industry, u"工业设备"_s); // from the account

        in.accountId = newId();
        QVERIFY(f->leads->createLead(in).fieldErrors.contains(u"accountId"_s));
        in.accountId = f->addAccount(u"别家公司"_s, {});
        QCOMPARE(f->leads->createLead(in).fieldErrors.value(u"contactId"_s), u"所选联系人不属于该客户"_s);
    }
};

QTEST_GUILESS_MAIN(TestLeadCreation)
#include "tst_leadcreation.moc"
