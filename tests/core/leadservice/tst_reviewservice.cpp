// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14 on one replica, offline: an advance into a reviewRequired stage opens
// an item and holds the lead (待审核); only the team's supervisor decides it (not
// the rep, not their own, not another team's); a reject needs a reason, shows the
// stage's script packs and is resubmitted as the next round; evidence changed
// after an approval voids it; the deadline's outcome is shown, provisional.
#include "leadservicefixture.h"
#include "storage/organisationrepository.h"
#include "storage/reviewrepository.h"
#include "workspace/reviewservice.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestReviewService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LeadServiceFixture> f;
    QString m_lead;

    ReviewService as(const QString &userId) { return ReviewService(f->db(), f->clock, userId); }

    // The lead in 方案演示 with what 报价谈判 asks for filed.
    QString leadReadyForNegotiation()
    {
        const QString lead = f->createLead(u"苏州恒通精密机械有限公司"_s);
        QSqlQuery q(f->db());
        q.prepare(u"UPDATE lead SET stage_key = 'demo', team_id = 't1', region_id = 'r1' WHERE id = ?"_s);
        q.addBindValue(lead);
        if (!q.exec())
            return {};
        KnowledgeRepository(f->db(), f->clock).saveCase({u"case-1"_s, u"恒力机床 MES 上线"_s, u"工业设备"_s, {}, {}, {}, {}, {}});
        if (!f->evidence->linkCase(lead, u"similar_case"_s, u"case-1"_s).ok)
            return {};
        if (!f->evidence->addFileEvidence(lead, u"signed_requirement_confirmation"_s, u"需求确认书.pdf"_s,
                                          "%PDF-1.4 signed", u"application/pdf"_s).ok)
            return {};
        return lead;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::LeadServiceFixture>();
        OrganisationRepository org(f->db(), f->clock);
        QVERIFY(org.saveRegion({u"r1"_s, u"华东"_s}));
        QVERIFY(org.saveRegion({u"r2"_s, u"华南"_s}));
        QVERIFY(org.saveTeam({u"t1"_s, u"苏州一组"_s, u"r1"_s, {}}));
        QVERIFY(org.saveTeam({u"t2"_s, u"广州一组"_s, u"r2"_s, {}}));
        QVERIFY(org.saveUser({test::UserId, u"吴欣怡"_s, {}, UserRole::Rep, u"t1"_s, u"r1"_s}));
        QVERIFY(org.saveUser({u"sup-1"_s, u"孙主管"_s, {}, UserRole::Supervisor, u"t1"_s, u"r1"_s}));
        QVERIFY(org.saveUser({u"sup-2"_s, u"钱主管"_s, {}, UserRole::Supervisor, u"t2"_s, u"r2"_s}));
        QVERIFY(org.saveUser({u"mgr-1"_s, u"周经理"_s, {}, UserRole::Manager, {}, u"r1"_s}));
        m_lead = leadReadyForNegotiation();
        QVERIFY(!m_lead.isEmpty());
    }
    void cleanup() { f.reset(); }

    void anAdvanceIntoAReviewStageOpensAnItemAndHoldsTheLead()
    {
        const StageMoveResult moved = f->stages->advance(m_lead, u"negotiate"_s);
        QVERIFY2(moved.ok, qPrintable(moved.message));
        const auto review = as(test::UserId).reviewOf(m_lead);
        QVERIFY(review && *review);
        QCOMPARE((*review)->item.round, 1);
        QCOMPARE((*review)->item.submittedBy, test::UserId);
        QCOMPARE((*review)->status.state, ReviewState::Pending);
        QCOMPARE((*review)->status.deadline, test::T0.addSecs(24 * 3600));
        // 待审核: the evidence is complete but the lead cannot go on.
        f->clock.advanceSeconds(60);
        const StageMoveResult held = f->stages->advance(m_lead, u"contract"_s);
        QVERIFY(!held.ok);
        QVERIFY2(held.message.contains(u"待审核"_s), qPrintable(held.message));
        // The rep can still add evidence and activities.
        QVERIFY(f->evidence->addFileEvidence(m_lead, u"quote_sent"_s, u"报价单.pdf"_s, "%PDF quote", u"application/pdf"_s).ok);
    }

    void aReviewStageIsNeverSkipped()
    {
        QVERIFY(f->evidence->addFileEvidence(m_lead, u"quote_sent"_s, u"报价单.pdf"_s, "%PDF quote", u"application/pdf"_s).ok);
        const StageMoveResult skipped = f->stages->advance(m_lead, u"contract"_s);
        QVERIFY(!skipped.ok);
        QVERIFY2(skipped.message.contains(u"不能跳过"_s), qPrintable(skipped.message));
    }

    void onlyTheTeamsSupervisorDecides()
    {
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok);
        const QString item = (*as(test::UserId).reviewOf(m_lead))->item.id;
        const QString before = f->footprint() + QString::number(f->count(u"SELECT count(*) FROM review_decision"_s));
        QVERIFY(!as(test::UserId).approve(item).ok); // a rep, and their own
        const Result otherTeam = as(u"sup-2"_s).approve(item);
        QVERIFY(!otherTeam.ok);
        QVERIFY2(otherTeam.message.contains(u"不属于你的团队"_s), qPrintable(otherTeam.message));
        const Result notEscalated = as(u"mgr-1"_s).approve(item);
        QVERIFY(!notEscalated.ok);
        QVERIFY2(notEscalated.message.contains(u"尚未升级"_s), qPrintable(notEscalated.message));
        QCOMPARE(f->footprint() + QString::number(f->count(u"SELECT count(*) FROM review_decision"_s)), before);
        // The supervisor's own item: no.
        QSqlQuery q(f->db());
        QVERIFY(q.exec(u"UPDATE review_item SET submitted_by = 'sup-1'"_s));
        QVERIFY(!as(u"sup-1"_s).approve(item).ok);
        QVERIFY(q.exec(u"UPDATE review_item SET submitted_by = '%1'"_s.arg(test::UserId)));

        const Result approved = as(u"sup-1"_s).approve(item);
        QVERIFY2(approved.ok, qPrintable(approved.message));
        QCOMPARE((*as(test::UserId).reviewOf(m_lead))->status.state, ReviewState::Approved);
        QVERIFY(!as(u"sup-1"_s).approve(item).ok); // decided
        // And the lead goes on.
        QVERIFY(f->evidence->addFileEvidence(m_lead, u"quote_sent"_s, u"报价单.pdf"_s, "%PDF quote", u"application/pdf"_s).ok);
        // Filing after the approval changed what was approved: void, pending again.
        QCOMPARE((*as(test::UserId).reviewOf(m_lead))->status.state, ReviewState::Pending);
        QVERIFY((*as(test::UserId).reviewOf(m_lead))->status.approvalVoided);
        QVERIFY(!f->stages->advance(m_lead, u"contract"_s).ok);
        QVERIFY(as(u"sup-1"_s).approve(item).ok); // approves what is there now
        const StageMoveResult on = f->stages->advance(m_lead, u"contract"_s);
        QVERIFY2(on.ok, qPrintable(on.message));
        // 合同签署 needs review too: a new item, pending.
        QCOMPARE((*as(test::UserId).reviewOf(m_lead))->status.state, ReviewState::Pending);
        QCOMPARE((*as(test::UserId).reviewOf(m_lead))->item.stageKey, u"contract"_s);
    }

    void reEnteringTheStageKeepsAPendingRoundAndReopensADecidedOne()
    {
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok);
        f->clock.advanceSeconds(600);
        QVERIFY(f->stages->moveBack(m_lead, u"demo"_s, u"客户要求重新演示"_s).ok);
        f->clock.advanceSeconds(600);
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok);
        auto review = *as(test::UserId).reviewOf(m_lead);
        // Still waiting: the same round and deadline (the server refuses a new round while one is pending).
        QCOMPARE(review->item.round, 1);
        QCOMPARE(review->status.deadline, test::T0.addSecs(24 * 3600));
        QVERIFY(as(u"sup-1"_s).approve(review->item.id).ok);
        f->clock.advanceSeconds(600);
        QVERIFY(f->stages->moveBack(m_lead, u"demo"_s, u"客户更换决策人"_s).ok);
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok);
        review = *as(test::UserId).reviewOf(m_lead);
        QCOMPARE(review->item.round, 2); // decided before: decided again
        QCOMPARE(review->status.state, ReviewState::Pending);
    }

    void aRejectNeedsAReasonShowsTheScriptsAndIsResubmitted()
    {
        QVERIFY(ReviewRepository(f->db(), f->clock)
                    .saveScriptPack({u"sp-1"_s, u"negotiate"_s, {}, u"价格异议"_s, u"应对“太贵了”"_s, u"先确认预算范围……"_s}));
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok);
        const QString item = (*as(test::UserId).reviewOf(m_lead))->item.id;
        const Result noReason = as(u"sup-1"_s).reject(item, u" "_s);
        QVERIFY(!noReason.ok);
        QVERIFY(noReason.fieldErrors.contains(u"reason"_s));
        QVERIFY(as(u"sup-1"_s).reject(item, u"缺少竞品对比"_s).ok);
        auto review = *as(test::UserId).reviewOf(m_lead);
        QCOMPARE(review->status.state, ReviewState::Rejected);
        QCOMPARE(review->status.decision->reason, u"缺少竞品对比"_s);
        QCOMPARE(review->scripts.size(), 1);
        QCOMPARE(review->scripts.at(0).title, u"应对“太贵了”"_s);
        QVERIFY(ReviewService::advanceBlocker(review).contains(u"审核未通过"_s));

        f->clock.advanceSeconds(3600);
        const Result again = as(test::UserId).resubmit(m_lead);
        QVERIFY2(again.ok, qPrintable(again.message));
        review = *as(test::UserId).reviewOf(m_lead);
        QCOMPARE(review->item.id, item); // the same item's next round
        QCOMPARE(review->item.round, 2);
        QCOMPARE(review->status.state, ReviewState::Pending);
        QCOMPARE(review->status.deadline, test::T0.addSecs(3600 + 24 * 3600));
        QVERIFY(!as(test::UserId).resubmit(m_lead).ok); // already waiting
    }

    void theDeadlinesOutcomeIsShownProvisionally()
    {
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok); // negotiate escalates
        f->clock.advanceSeconds(24 * 3600 - 1);
        QCOMPARE((*as(test::UserId).reviewOf(m_lead))->status.state, ReviewState::Pending);
        QCOMPARE(as(u"sup-1"_s).queue()->size(), 1);
        QCOMPARE(as(u"mgr-1"_s).queue()->size(), 0);
        f->clock.advanceSeconds(1);
        const auto review = *as(test::UserId).reviewOf(m_lead);
        QCOMPARE(review->status.state, ReviewState::Escalated);
        QVERIFY(review->status.provisional);
        // Now the region's manager's: in their queue, and theirs to decide.
        QCOMPARE(as(u"sup-1"_s).queue()->size(), 0);
        QCOMPARE(as(u"mgr-1"_s).queue()->size(), 1);
        QVERIFY(as(u"mgr-1"_s).approve(review->item.id).ok);
        QCOMPARE((*as(test::UserId).reviewOf(m_lead))->status.state, ReviewState::Approved);
    }

    void theQueueIsNearestDeadlineFirst()
    {
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok);
        f->clock.advanceSeconds(600);
        const QString second = leadReadyForNegotiation();
        QVERIFY(f->stages->advance(second, u"negotiate"_s).ok);
        const auto queue = as(u"sup-1"_s).queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
        QCOMPARE(queue->at(0).row.item.leadId, m_lead);
        QCOMPARE(queue->at(1).row.item.leadId, second);
        QVERIFY(queue->at(0).status.secondsLeft < queue->at(1).status.secondsLeft);
        QCOMPARE(queue->at(0).row.leadTitle.isEmpty(), false);
        QCOMPARE(as(u"sup-2"_s).queue()->size(), 0); // another team's
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
