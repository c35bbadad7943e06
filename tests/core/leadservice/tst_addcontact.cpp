// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadservicefixture.h"
#include "storage/accountrepository.h"
#include "storage/leadrepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestAddContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsANormalisedContactToTheAccount()
    {
        test::LeadServiceFixture f;
        const QString lead = f.createLead(u"宁波恒瑞精密机械有限公司"_s);
        const QString account = LeadRepository(f.db()).find(lead)->accountId;
        NewLeadInput in;
        in.accountId = account;
        in.contactName = u"  陈 静 "_s;
        in.contactTitle = u"采购经理"_s;
        in.contactPhone = u"０５７４－８８８８ ６６６６"_s; // full-width, as typed with a Chinese IME
        in.contactRole = u"采购"_s;
        const Result r = f.leads->addContact(in);
        QVERIFY2(r.ok, qPrintable(r.message));
        const auto contact = AccountRepository(f.db()).findContact(r.id);
        QVERIFY(contact);
        QCOMPARE(contact->accountId, account);
        QCOMPARE(contact->name, u"陈 静"_s);
        QCOMPARE(contact->phone, u"0574-8888 6666"_s);
        // The lead is now found by the new contact's phone digits.
        QCOMPARE(f.value(u"SELECT count(*) FROM lead_search WHERE text LIKE '%057488886666%'"_s).toInt(), 1);
    }

    void refusesWithEveryReasonAndWritesNothing()
    {
        test::LeadServiceFixture f;
        const int before = f.value(u"SELECT count(*) FROM contact"_s).toInt();
        NewLeadInput in;
        in.contactPhone = u"12345"_s;
        in.contactRole = u"老板"_s;
        const Result r = f.leads->addContact(in);
        QVERIFY(!r.ok);
        QVERIFY(r.fieldErrors.contains(u"accountId"_s));
        QVERIFY(r.fieldErrors.contains(u"contactName"_s));
        QVERIFY(r.fieldErrors.contains(u"contactPhone"_s));
        QVERIFY(r.fieldErrors.contains(u"contactRole"_s));
        in.accountId = u"no-such-account"_s;
        QVERIFY(f.leads->addContact(in).fieldErrors.contains(u"accountId"_s));
        QCOMPARE(f.value(u"SELECT count(*) FROM contact"_s).toInt(), before);
    }
};

QTEST_GUILESS_MAIN(TestAddContact)
#include "tst_addcontact.moc"
