// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "domain/ids.h"
#include "domain/pipelinetemplate.h"
#include "storage/accountrepository.h"
#include "storage/knowledgerepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"
#include "storage/organisationrepository.h"
#include "testreplica.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

struct PendingChange
{
    QString field;
    QVariant base;
};

QList<PendingChange> pendingFor(const QSqlDatabase &db, const QString &entity, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT field, base_value FROM pending_change WHERE entity = ? AND row_id = ? ORDER BY field"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.exec();
    QList<PendingChange> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1)});
    return out;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    FixedClock clock{T0};
    Account account;
    Lead lead;

private Q_SLOTS:
    void init()
    {
        r = new test::TestReplica;
        clock.set(T0);
        QVERIFY(KnowledgeRepository(r->db(), clock).saveTemplate(defaultPipelineTemplate()));
        account = Account{newId(), u"杭州智联云服信息技术有限公司"_s, u"IT解决方案"_s, {}, u"杭州"_s, {}, T0};
        QVERIFY(AccountRepository(r->db(), clock).save(account));
        lead = Lead{};
        lead.id = newId();
        lead.accountId = account.id;
        lead.ownerId = u"rep-1"_s; // required: a lead without an owner is refused
        lead.title = u"智联云服私有云平台"_s;
        lead.templateId = u"default"_s;
        lead.stageKey = u"qualify"_s;
        lead.stageEnteredAt = T0;
        lead.amountYuan = 860000;
        lead.createdAt = T0;
        lead.lastActivityAt = T0;
        QVERIFY(LeadRepository(r->db(), clock).save(lead));
    }
    void cleanup()
    {
        delete r;
        r = nullptr;
    }

    void leadRoundTrips()
    {
        const auto found = LeadRepository(r->db()).find(lead.id);
        QVERIFY(found);
        QCOMPARE(found->title, lead.title);
        QCOMPARE(found->amountYuan, 860000);
        QCOMPARE(found->stageEnteredAt, T0);
        QCOMPARE(found->status, LeadStatus::Open);
        QVERIFY(found->contactId.isEmpty());
    }

    void newRowIsMarkedCreatedWithSyncColumns()
    {
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT rev, updated_at, deleted FROM lead WHERE id = '%1'"_s.arg(lead.id)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // never synced
        QCOMPARE(q.value(1).toLongLong(), T0.toMSecsSinceEpoch());
        QCOMPARE(q.value(2).toInt(), 0);
        const auto pending = pendingFor(r->db(), u"lead"_s, lead.id);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().field, u"*"_s);
    }

    void updateRecordsOnlyChangedFieldsWithFirstBase()
    {
        // Pretend the row came from the server: nothing pending.
        QSqlQuery(r->db()).exec(u"DELETE FROM pending_change"_s);
        LeadRepository leads(r->db(), clock);
        clock.advanceSeconds(60);
        lead.title = u"智联云服私有云平台（二期）"_s;
        QVERIFY(leads.save(lead));
        clock.advanceSeconds(60);
        lead.title = u"智联云服私有云平台（三期）"_s;
        lead.amountYuan = 900000;
        QVERIFY(leads.save(lead));
        QVERIFY(leads.save(lead)); // no change: nothing recorded

        const auto pending = pendingFor(r->db(), u"lead"_s, lead.id);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).field, u"amount_yuan"_s);
        QCOMPARE(pending.at(0).base.toLongLong(), 860000);
        QCOMPARE(pending.at(1).field, u"title"_s);
        QCOMPARE(pending.at(1).base.toString(), u"智联云服私有云平台"_s); // the base is the first value
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT updated_at FROM lead WHERE id = '%1'"_s.arg(lead.id)) && q.next());
        QCOMPARE(q.value(0).toLongLong(), T0.addSecs(120).toMSecsSinceEpoch());
    }

    void removeIsATombstone()
    {
        LeadRepository leads(r->db(), clock);
        QCOMPARE(leads.count(), 1);
        QVERIFY(leads.remove(lead.id));
        QVERIFY(!leads.find(lead.id));
        QCOMPARE(leads.count(), 0);
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT deleted FROM lead WHERE id = '%1'"_s.arg(lead.id)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!leads.remove(newId()));
    }

    void listPageJoinsNamesNewestFirst()
    {
        OrganisationRepository org(r->db(), clock);
        const Region region{newId(), u"华东"_s};
        QVERIFY(org.saveRegion(region));
        const User rep{newId(), u"王伟"_s, {}, UserRole::Rep, {}, region.id};
        QVERIFY(org.saveUser(rep));
        AccountRepository accounts(r->db(), clock);
        const Contact contact{newId(), account.id, u"张建华"_s, u"总经理"_s, u"+86 13700000000"_s, u"决策人"_s, T0};
        QVERIFY(accounts.saveContact(contact));
        LeadRepository leads(r->db(), clock);
        for (int i = 1; i <= 5; ++i) {
            Lead l = lead;
            l.id = newId();
            l.title = u"线索 %1"_s.arg(i);
            l.ownerId = rep.id;
            l.regionId = region.id;
            l.contactId = contact.id;
            l.lastActivityAt = T0.addDays(i);
            QVERIFY(leads.save(l));
        }
        QCOMPARE(leads.count(), 6);
        const auto page = leads.listPage(0, 3);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).title, u"线索 5"_s);
        QCOMPARE(page.at(2).title, u"线索 3"_s);
        QCOMPARE(page.at(0).ownerName, u"王伟"_s);
        QCOMPARE(page.at(0).regionName, u"华东"_s);
        QCOMPARE(page.at(0).contactName, u"张建华"_s);
        QCOMPARE(page.at(0).accountName, account.name);
        const auto rest = leads.listPage(3, 10);
        QCOMPARE(rest.size(), 3);
        QCOMPARE(rest.last().title, lead.title);
    }

    void historyRoundTrips()
    {
        LeadHistoryRepository history(r->db(), clock);
        const EvidenceItem pain{newId(), lead.id, u"demo"_s, u"pain_points"_s, EvidenceKind::FreeText,
                                u"月报要3个人手工汇总两天"_s, {}, {}, {}, {}, T0};
        QVERIFY(history.saveEvidence(pain));
        const Activity visit{newId(), lead.id, {}, ActivityKind::Visit, T0.addDays(-3), T0, 35, u"已拜访"_s, false};
        QVERIFY(history.saveActivity(visit));
        const StageChange change{newId(), lead.id, u"diagnose"_s, u"qualify"_s, T0, u"预算冻结"_s, {}, true};
        QVERIFY(history.saveStageChange(change));

        const auto evidence = history.evidenceOf(lead.id);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().text, pain.text);
        QCOMPARE(evidence.first().kind, EvidenceKind::FreeText);
        const auto activities = history.activitiesOf(lead.id);
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first().kind, ActivityKind::Visit);
        QCOMPARE(activities.first().happenedAt, T0.addDays(-3));
        QCOMPARE(activities.first().entrySeconds, 35);
        QVERIFY(!activities.first().progress);
        const auto changes = history.stageChangesOf(lead.id);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().backflow);
        QCOMPARE(changes.first().reason, u"预算冻结"_s);

        QVERIFY(history.removeEvidence(pain.id));
        QVERIFY(history.evidenceOf(lead.id).isEmpty());
    }

    void templateIsStoredAsEditableData()
    {
        KnowledgeRepository knowledge(r->db(), clock);
        auto pipeline = knowledge.findTemplate(u"default"_s);
        QVERIFY(pipeline);
        QCOMPARE(pipeline->stages.size(), 6);
        pipeline->stages[0].slaHours = 24;
        QVERIFY(knowledge.saveTemplate(*pipeline));
        QCOMPARE(knowledge.findTemplate(u"default"_s)->stages.at(0).slaHours, 24);
        // A damaged definition is an error, not a crash.
        QSqlQuery(r->db()).exec(u"UPDATE pipeline_template SET definition = '{broken' WHERE id = 'default'"_s);
        QVERIFY(!knowledge.findTemplate(u"default"_s));
        QVERIFY(!knowledge.errorText().isEmpty());
    }

    void invalidWritesAreRefused()
    {
        LeadRepository leads(r->db(), clock);
        Lead orphan = lead;
        orphan.id = newId();
        orphan.accountId = newId(); // no such account: the writer (and the foreign key) refuses it
        QVERIFY(!leads.save(orphan));
        QVERIFY(!leads.errorText().isEmpty());
        QVERIFY(!leads.find(orphan.id));
        QVERIFY(pendingFor(r->db(), u"lead"_s, orphan.id).isEmpty()); // rolled back together
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
