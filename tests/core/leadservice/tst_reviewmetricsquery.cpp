// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14.7 on a real replica: the queue's metrics for a team, per rep and in
// total, from the items, decisions and stage changes the services wrote; another
// team's leads are not counted; nothing outside the period is.
#include "leadservicefixture.h"
#include "storage/organisationrepository.h"
#include "storage/reviewmetricsquery.h"
#include "workspace/reviewservice.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestReviewMetricsQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LeadServiceFixture> f;

    ReviewService as(const QString &userId) { return ReviewService(f->db(), f->clock, userId); }

    // A lead of team, entered 方案演示 one hour after creation, then advanced
    // into 报价谈判 hoursInDemo later (48 h is the stage's SLA).
    QString leadAdvanced(const QString &name, const QString &team, qint64 hoursInDemo)
    {
        f->clock.set(test::T0);
        const QString lead = f->createLead(name);
        QSqlQuery q(f->db());
        q.prepare(u"UPDATE lead SET stage_key = 'demo', team_id = ?, region_id = 'r1' WHERE id = ?"_s);
        q.addBindValue(team);
        q.addBindValue(lead);
        if (!q.exec())
            return {};
        q.prepare(u"INSERT INTO stage_change (id, lead_id, from_stage, to_stage, changed_at, by_user_id, backflow, rev, "
                  "updated_at, deleted) VALUES (?, ?, 'qualify', 'demo', ?, ?, 0, 0, 0, 0)"_s);
        q.addBindValue(QString(lead + u"-demo"_s));
        q.addBindValue(lead);
        q.addBindValue(test::T0.addSecs(3600).toMSecsSinceEpoch());
        q.addBindValue(test::UserId);
        if (!q.exec())
            return {};
        KnowledgeRepository(f->db(), f->clock).saveCase({u"case-1"_s, u"恒力机床 MES 上线"_s, u"工业设备"_s, {}, {}, {}, {}, {}});
        if (!f->evidence->linkCase(lead, u"similar_case"_s, u"case-1"_s).ok
            || !f->evidence->addFileEvidence(lead, u"signed_requirement_confirmation"_s, u"需求确认书.pdf"_s,
                                             "%PDF-1.4 " + name.toUtf8(), u"application/pdf"_s).ok)
            return {};
        f->clock.set(test::T0.addSecs(3600 + hoursInDemo * 3600));
        return f->stages->advance(lead, u"negotiate"_s).ok ? lead : QString();
    }

    QString itemOf(const QString &lead) { return (*as(test::UserId).reviewOf(lead))->item.id; }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::LeadServiceFixture>();
        OrganisationRepository org(f->db(), f->clock);
        QVERIFY(org.saveRegion({u"r1"_s, u"华东"_s}));
        QVERIFY(org.saveTeam({u"t1"_s, u"苏州一组"_s, u"r1"_s, {}}));
        QVERIFY(org.saveTeam({u"t2"_s, u"苏州二组"_s, u"r1"_s, {}}));
        QVERIFY(org.saveUser({test::UserId, u"吴欣怡"_s, {}, UserRole::Rep, u"t1"_s, u"r1"_s}));
        QVERIFY(org.saveUser({u"sup-1"_s, u"孙主管"_s, {}, UserRole::Supervisor, u"t1"_s, u"r1"_s}));
        QVERIFY(org.saveUser({u"sup-2"_s, u"钱主管"_s, {}, UserRole::Supervisor, u"t2"_s, u"r1"_s}));
    }
    void cleanup() { f.reset(); }

    void aTeamsMetricsCountItsOwnRowsInThePeriod()
    {
        // Each decided within its 24 h deadline (negotiate escalates after it).
        const QString quick = leadAdvanced(u"苏州恒通精密机械有限公司"_s, u"t1"_s, 10); // both moves on time
        QVERIFY(!quick.isEmpty());
        f->clock.advanceSeconds(3600);
        QVERIFY(as(u"sup-1"_s).approve(itemOf(quick)).ok); // first pass
        const QString slow = leadAdvanced(u"无锡华光电子有限公司"_s, u"t1"_s, 50); // the second move late
        QVERIFY(!slow.isEmpty());
        f->clock.advanceSeconds(3600);
        QVERIFY(as(u"sup-1"_s).reject(itemOf(slow), u"缺少预算确认"_s).ok); // not first pass
        QVERIFY(as(test::UserId).resubmit(slow).ok);
        f->clock.advanceSeconds(3600);
        QVERIFY(as(u"sup-1"_s).approve(itemOf(slow)).ok);
        const QString other = leadAdvanced(u"常州新材料有限公司"_s, u"t2"_s, 5); // another team
        QVERIFY(!other.isEmpty());
        f->clock.advanceSeconds(3600);
        QVERIFY(as(u"sup-2"_s).reject(itemOf(other), u"另一个团队"_s).ok);

        const QDateTime from = test::T0.addDays(-1), to = test::T0.addDays(10);
        ReviewMetricsQuery query(f->db());
        const auto report = query.report(u"t1"_s, {}, from, to);
        QVERIFY2(report, qPrintable(query.errorText()));
        QCOMPARE(report->firstPass.total, 2);
        QCOMPARE(report->firstPass.hits, 1);
        QCOMPARE(report->onTimeUpgrade.total, 4);
        QCOMPARE(report->onTimeUpgrade.hits, 3);
        QCOMPARE(report->reps.size(), 1);
        QCOMPARE(report->reps.first().ownerName, u"吴欣怡"_s);
        QCOMPARE(report->reps.first().firstPass.total, 2);

        // The whole region holds the other team's lead too.
        const auto region = query.report({}, u"r1"_s, from, to);
        QVERIFY(region);
        QCOMPARE(region->firstPass.total, 3);
        QCOMPARE(region->onTimeUpgrade.total, 6);
        // A period after everything: nothing.
        const auto later = query.report(u"t1"_s, {}, test::T0.addDays(20), test::T0.addDays(50));
        QVERIFY(later);
        QCOMPARE(later->firstPass.total, 0);
        QCOMPARE(later->onTimeUpgrade.total, 0);
        QVERIFY(later->reps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewMetricsQuery)
#include "tst_reviewmetricsquery.moc"
