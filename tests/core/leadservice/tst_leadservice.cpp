// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/stagehistory.h"
#include "leadservicefixture.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using sales::test::T0;

class TestLeadService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LeadServiceFixture> f;
    QString leadId;

    Lead lead() const { return LeadRepository(f->db()).find(leadId).value_or(Lead{}); }
    QList<StageChange> changes() const { return LeadHistoryRepository(f->db()).stageChangesOf(leadId); }

    // The evidence 需求诊断 and 方案演示 ask for.
    void fileThroughDemo()
    {
        QVERIFY(f->evidence->addFileEvidence(leadId, u"website_screenshot"_s, u"官网.png"_s, "png", u"image/png"_s).ok);
        QVERIFY(f->evidence->addFileEvidence(leadId, u"procurement_call_recording"_s, u"录音.m4a"_s, "m4a",
                                            u"audio/mp4"_s).ok);
        for (const QString &pain : {u"换型一次停机6小时"_s, u"非计划停机上季度42小时"_s, u"老设备数据无法采集"_s})
            QVERIFY(f->evidence->addTextEvidence(leadId, u"pain_points"_s, pain).ok);
        QVERIFY(f->evidence->markRole(leadId, u"decision_maker"_s, u"决策人"_s, u"王伟"_s).ok);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::LeadServiceFixture>();
        leadId = f->createLead(u"杭州恒通精密机械有限公司"_s, u"13800138000"_s);
        QVERIFY(!leadId.isEmpty());
        f->clock.advanceSeconds(3600);
    }
    void cleanup() { f.reset(); }

    void advanceWithNothingIsRefusedWithExactlyWhatIsMissing()
    {
        const QString before = f->footprint();
        const StageMoveResult r = f->stages->advance(leadId, u"demo"_s);
        QVERIFY(!r.ok);
        QVERIFY(r.gate);
        QVERIFY(!r.gate->passed);
        QStringList missing;
        for (const MissingEvidence &m : r.gate->missing)
            missing.append(m.requirement.key);
        QCOMPARE(missing, (QStringList{u"website_screenshot"_s, u"procurement_call_recording"_s, u"pain_points"_s,
                                       u"decision_maker"_s}));
        QVERIFY2(r.message.contains(u"方案演示"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"痛点描述：还差 3 条（已有 0/3）"_s), qPrintable(r.message));
        QVERIFY(r.message.contains(u"客户官网截图"_s) && r.message.contains(u"决策人角色"_s));
        QCOMPARE(lead().stageKey, u"qualify"_s);
        QCOMPARE(f->footprint(), before);

        const StageMoveResult next = f->stages->advance(leadId, u"diagnose"_s);
        QVERIFY(!next.ok);
        QCOMPARE(next.gate->missing.size(), 2);
    }

    void advanceWhenEvidenceIsComplete()
    {
        fileThroughDemo();
        QVERIFY(!f->stages->advance(leadId, u"negotiate"_s).ok); // 同类案例 and 需求确认单 still missing
        const StageMoveResult r = f->stages->advance(leadId, u"diagnose"_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.id, leadId);
        f->clock.advanceSeconds(600);
        const StageMoveResult demo = f->stages->advance(leadId, u"demo"_s);
        QVERIFY2(demo.ok, qPrintable(demo.message));
        QCOMPARE(lead().stageKey, u"demo"_s);
        QCOMPARE(lead().stageEnteredAt, T0.addSecs(4200));
        const QList<StageChange> history = changes();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().fromStage, u"diagnose"_s);
        QCOMPARE(history.last().toStage, u"demo"_s);
        QCOMPARE(history.last().byUserId, test::UserId);
        QVERIFY(!history.last().backflow);
        QCOMPARE(f->count(u"SELECT count(*) FROM pending_change WHERE entity = 'lead' AND field = 'stage_key'"_s), 1);
    }

    void advanceMayJumpStagesWhoseEvidenceIsThere()
    {
        fileThroughDemo();
        QVERIFY(f->stages->advance(leadId, u"demo"_s).ok);
        QCOMPARE(changes().size(), 2);
        QCOMPARE(changes().last().fromStage, u"qualify"_s);
    }

    void advanceRefusesWrongDirectionsAndClosedLeads()
    {
        fileThroughDemo();
        QVERIFY(f->stages->advance(leadId, u"demo"_s).ok);
        QVERIFY(f->stages->advance(leadId, u"diagnose"_s).message.contains(u"退回"_s));
        QVERIFY(!f->stages->advance(leadId, u"demo"_s).ok);
        QVERIFY(f->stages->advance(leadId, u"nowhere"_s).message.contains(u"nowhere"_s));
        QVERIFY(!f->stages->advance(u"no-such-lead"_s, u"demo"_s).ok);

        Lead won = lead();
        won.status = LeadStatus::Won;
        QVERIFY(LeadRepository(f->db(), f->clock).save(won));
        const StageMoveResult r = f->stages->advance(leadId, u"negotiate"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(u"赢单"_s), qPrintable(r.message));
        QVERIFY(!r.gate);
    }

    void moveBackNeedsAReasonAndCountsAsBackflow()
    {
        fileThroughDemo();
        QVERIFY(f->stages->advance(leadId, u"demo"_s).ok);
        const QString before = f->footprint();
        for (const QString &reason : {QString(), u"  "_s, u" 冻 "_s}) {
            const StageMoveResult r = f->stages->moveBack(leadId, u"diagnose"_s, reason);
            QVERIFY(!r.ok);
            QVERIFY(r.fieldErrors.contains(u"reason"_s));
        }
        QCOMPARE(f->footprint(), before);
        QVERIFY(!f->stages->moveBack(leadId, u"negotiate"_s, u"客户预算冻结"_s).ok); // forward is not back
        QVERIFY(!f->stages->moveBack(leadId, u"demo"_s, u"客户预算冻结"_s).ok);     // nor staying put

        f->clock.advanceSeconds(60);
        const StageMoveResult r = f->stages->moveBack(leadId, u"diagnose"_s, u"  客户预算冻结，需求待重新确认 "_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(lead().stageKey, u"diagnose"_s);
        QCOMPARE(lead().stageEnteredAt, T0.addSecs(3660));
        const QList<StageChange> history = changes();
        QCOMPARE(backflowCount(history), 1);
        QCOMPARE(backflowCount(defaultPipelineTemplate(), history), 1);
        QCOMPARE(history.last().reason, u"客户预算冻结，需求待重新确认"_s);
        QVERIFY(history.last().backflow);
        QCOMPARE(history.last().fromStage, u"demo"_s);
        // Forward again: the evidence is still there.
        QVERIFY(f->stages->advance(leadId, u"demo"_s).ok);
        QCOMPARE(backflowCount(changes()), 1);
    }

    void logActivityStampsEntryAndKeepsBackfilledTime()
    {
        f->clock.set(T0.addDays(3));
        const QDateTime happened = T0.addDays(1);
        const Result r = f->activities->logActivity(leadId, ActivityKind::Visit, happened,
                                                     u" 现场拜访，参观车间并记录了三个改造点 "_s, true, 95);
        QVERIFY2(r.ok, qPrintable(r.message));
        const auto activities = LeadHistoryRepository(f->db()).activitiesOf(leadId);
        QCOMPARE(activities.size(), 1);
        const Activity &a = activities.first();
        QCOMPARE(a.id, r.id);
        QCOMPARE(a.happenedAt, happened);
        QCOMPARE(a.enteredAt, T0.addDays(3));
        QCOMPARE(a.entrySeconds, 95);
        QCOMPARE(a.kind, ActivityKind::Visit);
        QCOMPARE(a.ownerId, test::UserId);
        QCOMPARE(a.text, u"现场拜访，参观车间并记录了三个改造点"_s);
        QVERIFY(a.progress);
        QCOMPARE(lead().lastActivityAt, happened);

        // An older back-fill does not move the last activity back; short text is kept as typed.
        QVERIFY(f->activities->logActivity(leadId, ActivityKind::Call, T0.addSecs(7200), u"已电话沟通"_s, false, 8).ok);
        QCOMPARE(lead().lastActivityAt, happened);
        QCOMPARE(LeadHistoryRepository(f->db()).activitiesOf(leadId).size(), 2);
    }

    void logActivityChecksTimesAndText()
    {
        const QDateTime now = f->clock.now();
        const QString before = f->footprint();
        const Result all = f->activities->logActivity(leadId, ActivityKind::Call, now.addSecs(120), u" "_s, false, -1);
        QVERIFY(!all.ok);
        QStringList keys = all.fieldErrors.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"entrySeconds"_s, u"happenedAt"_s, u"text"_s}));
        QVERIFY(all.fieldErrors.value(u"happenedAt"_s).contains(u"晚于现在"_s));
        const Result early = f->activities->logActivity(leadId, ActivityKind::Call, T0.addDays(-1).addSecs(-1),
                                                         u"已电话沟通"_s, false, 5);
        QVERIFY(early.fieldErrors.contains(u"happenedAt"_s));
        QVERIFY(!f->activities->logActivity(leadId, ActivityKind::Call, QDateTime(), u"已电话沟通"_s, false, 5).ok);
        QCOMPARE(f->footprint(), before);

        QVERIFY(f->activities->logActivity(leadId, ActivityKind::Call, now.addSecs(59), u"电话确认"_s, false, 5).ok);
        QVERIFY(f->activities->logActivity(leadId, ActivityKind::Call, T0.addDays(-1), u"展会上交换名片"_s, false, 5).ok);
        QVERIFY(!f->activities->logActivity(u"no-such-lead"_s, ActivityKind::Call, now, u"电话确认"_s, false, 5).ok);
    }

    void failureMidOperationLeavesNothingHalfWritten()
    {
        // The stage change is the last row each operation writes: make it fail.
        QSqlQuery q(f->db());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER fail_stage_change BEFORE INSERT ON main.stage_change "
                       u"BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
        const QString before = f->footprint();
        const Result created = f->leads->createLead(test::LeadServiceFixture::input(u"宁波瑞丰建材有限公司"_s,
                                                                                          u"13912345678"_s));
        QVERIFY(!created.ok);
        QVERIFY2(created.message.contains(u"injected failure"_s), qPrintable(created.message));
        QCOMPARE(f->footprint(), before);

        fileThroughDemo();
        const QString filed = f->footprint();
        const QVariant updatedAt = f->value(u"SELECT updated_at FROM lead"_s);
        QVERIFY(!f->stages->advance(leadId, u"demo"_s).ok);
        QCOMPARE(lead().stageKey, u"qualify"_s);
        QCOMPARE(lead().stageEnteredAt, T0);
        QCOMPARE(f->footprint(), filed);
        QCOMPARE(f->count(u"SELECT count(*) FROM pending_change WHERE entity = 'lead' AND field <> '*'"_s), 0);
        QCOMPARE(f->value(u"SELECT updated_at FROM lead"_s), updatedAt);

        QVERIFY(q.exec(u"DROP TRIGGER fail_stage_change"_s));
        QVERIFY(f->stages->advance(leadId, u"demo"_s).ok); // the connection is fine afterwards
    }
};

QTEST_GUILESS_MAIN(TestLeadService)
#include "tst_leadservice.moc"
