// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/review.h"

#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(sales::ReviewTimeout)
Q_DECLARE_METATYPE(sales::ReviewState)

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

constexpr qint64 H = 3600;
const QDateTime kSubmitted(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QDateTime kDeadline = kSubmitted.addSecs(24 * H);

StageReviewRule rule24(ReviewTimeout onTimeout = ReviewTimeout::AutoReject)
{
    StageReviewRule r;
    r.deadlineHours = 24;
    r.onTimeout = onTimeout;
    r.checklist = {
        {u"demand"_s, u"需求关键词已记录"_s, {u"需求"_s, u"痛点"_s, u"预算"_s}},
        {u"competitor"_s, u"已记录竞品情况"_s, {u"竞品"_s, u"另外一家"_s, u"CRM"_s}},
        {u"quote_policy"_s, u"报价与折扣符合政策"_s, {}},
    };
    return r;
}

ReviewItem item(int round = 1, const QDateTime& submittedAt = kSubmitted)
{
    ReviewItem i;
    i.id = u"item-1"_s;
    i.leadId = u"lead-1"_s;
    i.stageKey = u"negotiate"_s;
    i.round = round;
    i.submittedBy = u"rep-1"_s;
    i.submittedAt = submittedAt;
    return i;
}

ReviewDecision decision(ReviewDecisionKind kind, const QString& by, const QDateTime& at,
                        const QString& digest, int round = 1, const QString& reason = {})
{
    ReviewDecision d;
    d.id = u"d-"_s + by + u'-' + QString::number(at.toSecsSinceEpoch());
    d.itemId = u"item-1"_s;
    d.round = round;
    d.kind = kind;
    d.reason = reason;
    d.evidenceDigest = digest;
    d.decidedBy = by;
    d.decidedAt = at;
    return d;
}

EvidenceItem evidence(const QString& id, const QString& text)
{
    EvidenceItem e;
    e.id = id;
    e.leadId = u"lead-1"_s;
    e.stageKey = u"demo"_s;
    e.requirementKey = u"pain_points"_s;
    e.kind = EvidenceKind::FreeText;
    e.text = text;
    e.createdAt = kSubmitted.addSecs(-H);
    return e;
}

QList<EvidenceItem> threeItems()
{
    return {evidence(u"e1"_s, u"月底对账要三个人手工核对"_s), evidence(u"e2"_s, u"客户投诉响应超过两天"_s),
            evidence(u"e3"_s, u"销售离职带走客户资料"_s)};
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void deadline();
    void pendingBeforeDeadline();
    void timeoutBoundaries_data();
    void timeoutBoundaries();
    void approveCountsLaterRejectIsComment();
    void commentKindNeverCounts();
    void aDecisionOnChangedEvidenceReplacesTheVoidedApproval();
    void rejectThenNextRound();
    void escalateThenManagerApproves();
    void noSecondDeadlineWhileEscalated();
    void decisionBeforeTimeoutWins();
    void approvalVoidedWhenEvidenceChanges();
    void digestStableAndOrderIndependent();
    void digestCoversEveryField_data();
    void digestCoversEveryField();
    void preCheckHits();
    void preCheckCaseInsensitiveLatin();
    void preCheckExcerptCuts();
    void preCheckNoHit();
    void keys();
};

void TestReview::deadline()
{
    QCOMPARE(reviewDeadline(kSubmitted, rule24()), QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
    StageReviewRule week;
    week.deadlineHours = 168;
    QCOMPARE(reviewDeadline(kSubmitted, week), kSubmitted.addDays(7));
    QVERIFY(!reviewDeadline(QDateTime(), week).isValid());
}

void TestReview::pendingBeforeDeadline()
{
    const QString digest = evidenceDigest(threeItems());
    const ReviewStatus s = reviewStatus(item(), {}, rule24(), digest, kSubmitted.addSecs(2 * H));
    QCOMPARE(s.state, ReviewState::Pending);
    QCOMPARE(s.round, 1);
    QCOMPARE(s.deadline, kDeadline);
    QCOMPARE(s.secondsLeft, 22 * H);
    QVERIFY(!s.decision);
    QVERIFY(!s.provisional);
    QVERIFY(!s.approvalVoided);
    QVERIFY(s.comments.isEmpty());
}

void TestReview::timeoutBoundaries_data()
{
    QTest::addColumn<ReviewTimeout>("onTimeout");
    QTest::addColumn<qint64>("msFromDeadline");
    QTest::addColumn<ReviewState>("state");
    QTest::addColumn<bool>("provisional");
    QTest::addColumn<qint64>("secondsLeft");

    for (ReviewTimeout t : {ReviewTimeout::AutoReject, ReviewTimeout::Escalate}) {
        const ReviewState late = t == ReviewTimeout::AutoReject ? ReviewState::Rejected : ReviewState::Escalated;
        const QByteArray name = reviewTimeoutKey(t).toLatin1();
        QTest::addRow("%s 1 s before", name.constData()) << t << qint64(-1000) << ReviewState::Pending << false << qint64(1);
        QTest::addRow("%s 1 ms before", name.constData()) << t << qint64(-1) << ReviewState::Pending << false << qint64(0);
        QTest::addRow("%s exactly at", name.constData()) << t << qint64(0) << late << true << qint64(0);
        QTest::addRow("%s 1 ms after", name.constData()) << t << qint64(1) << late << true << qint64(-1);
        QTest::addRow("%s 1 s after", name.constData()) << t << qint64(1000) << late << true << qint64(-1);
        QTest::addRow("%s 3 days after", name.constData()) << t << 72 * H * 1000 << late << true << -72 * H;
    }
}

void TestReview::timeoutBoundaries()
{
    QFETCH(ReviewTimeout, onTimeout);
    QFETCH(qint64, msFromDeadline);
    QFETCH(ReviewState, state);
    QFETCH(bool, provisional);
    QFETCH(qint64, secondsLeft);

    const QString digest = evidenceDigest(threeItems());
    const QDateTime now = kDeadline.addMSecs(msFromDeadline);
    const ReviewStatus s = reviewStatus(item(), {}, rule24(onTimeout), digest, now);
    QCOMPARE(s.state, state);
    QCOMPARE(s.provisional, provisional);
    QCOMPARE(s.secondsLeft, secondsLeft);
    QCOMPARE(s.deadline, kDeadline);
    QVERIFY(s.comments.isEmpty());
    if (!provisional) {
        QVERIFY(!s.decision);
        return;
    }
    // What the server's deadline pass will write: made at the deadline, by nobody.
    QVERIFY(s.decision);
    QCOMPARE(s.decision->decidedAt, kDeadline);
    QVERIFY(s.decision->decidedBy.isEmpty());
    QVERIFY(s.decision->id.isEmpty());
    QCOMPARE(s.decision->round, 1);
    if (onTimeout == ReviewTimeout::AutoReject) {
        QCOMPARE(s.decision->kind, ReviewDecisionKind::AutoReject);
        QCOMPARE(s.decision->reason, u"超时未审核"_s);
        QCOMPARE(s.decision->reason, autoRejectReason());
        QVERIFY(!s.escalation);
    } else {
        QCOMPARE(s.decision->kind, ReviewDecisionKind::Escalate);
        QVERIFY(s.escalation);
    }
}

void TestReview::approveCountsLaterRejectIsComment()
{
    const QString digest = evidenceDigest(threeItems());
    const QList<ReviewDecision> ds{
        decision(ReviewDecisionKind::Approve, u"sup-a"_s, kSubmitted.addSecs(H), digest),
        decision(ReviewDecisionKind::Reject, u"sup-b"_s, kSubmitted.addSecs(2 * H), digest, 1, u"缺少预算"_s),
    };
    // Long past the deadline too: a decided round has no timeout.
    for (const QDateTime& now : {kSubmitted.addSecs(3 * H), kDeadline, kDeadline.addDays(3)}) {
        const ReviewStatus s = reviewStatus(item(), ds, rule24(), digest, now);
        QCOMPARE(s.state, ReviewState::Approved);
        QVERIFY(!s.provisional);
        QVERIFY(!s.approvalVoided);
        QVERIFY(s.decision);
        QCOMPARE(s.decision->decidedBy, u"sup-a"_s);
        QCOMPARE(s.decision->kind, ReviewDecisionKind::Approve);
        QCOMPARE(s.comments.size(), 1);
        QCOMPARE(s.comments.at(0).decidedBy, u"sup-b"_s);
        QCOMPARE(s.comments.at(0).reason, u"缺少预算"_s);
    }
    // The other way round: the reject reached the server first and wins.
    const ReviewStatus r = reviewStatus(item(), {ds.at(1), ds.at(0)}, rule24(), digest, kSubmitted.addSecs(3 * H));
    QCOMPARE(r.state, ReviewState::Rejected);
    QCOMPARE(r.decision->decidedBy, u"sup-b"_s);
    QCOMPARE(r.comments.size(), 1);
    QCOMPARE(r.comments.at(0).kind, ReviewDecisionKind::Approve);
}

// Approved, the rep files more, the approval is void; the supervisor decides again
// on what is there now: that decision counts, not as a comment.
void TestReview::aDecisionOnChangedEvidenceReplacesTheVoidedApproval()
{
    const QString before = evidenceDigest(threeItems());
    QList<EvidenceItem> more = threeItems();
    more.append(evidence(u"e4"_s, u"总经理要求三年服务案例"_s));
    const QString after = evidenceDigest(more);
    QList<ReviewDecision> ds{decision(ReviewDecisionKind::Approve, u"sup-a"_s, kSubmitted.addSecs(H), before)};
    const QDateTime now = kSubmitted.addSecs(5 * H);
    QVERIFY(reviewStatus(item(), ds, rule24(), after, now).approvalVoided);
    ds.append(decision(ReviewDecisionKind::Reject, u"sup-a"_s, kSubmitted.addSecs(4 * H), after, 1, u"案例不对口"_s));
    const ReviewStatus rejected = reviewStatus(item(), ds, rule24(), after, now);
    QCOMPARE(rejected.state, ReviewState::Rejected);
    QCOMPARE(rejected.decision->reason, u"案例不对口"_s);
    QVERIFY(rejected.comments.isEmpty());
    ds.last().kind = ReviewDecisionKind::Approve;
    const ReviewStatus approved = reviewStatus(item(), ds, rule24(), after, now);
    QCOMPARE(approved.state, ReviewState::Approved);
    QVERIFY(!approved.approvalVoided);
    // A second decision on the same evidence as the approval is still only a comment.
    ds.last().evidenceDigest = before;
    ds.last().kind = ReviewDecisionKind::Reject;
    const ReviewStatus same = reviewStatus(item(), ds, rule24(), before, now);
    QCOMPARE(same.state, ReviewState::Approved);
    QCOMPARE(same.comments.size(), 1);
}

void TestReview::commentKindNeverCounts()
{
    const QString digest = evidenceDigest(threeItems());
    const QList<ReviewDecision> ds{
        decision(ReviewDecisionKind::Comment, u"sup-b"_s, kSubmitted.addSecs(H), digest, 1, u"看过了"_s),
    };
    const ReviewStatus before = reviewStatus(item(), ds, rule24(), digest, kSubmitted.addSecs(2 * H));
    QCOMPARE(before.state, ReviewState::Pending);
    QVERIFY(!before.decision);
    QCOMPARE(before.comments.size(), 1);
    // A comment does not stop the deadline either.
    const ReviewStatus after = reviewStatus(item(), ds, rule24(), digest, kDeadline);
    QCOMPARE(after.state, ReviewState::Rejected);
    QVERIFY(after.provisional);
    QCOMPARE(after.comments.size(), 1);
}

void TestReview::rejectThenNextRound()
{
    const QString before = evidenceDigest(threeItems());
    QList<EvidenceItem> more = threeItems();
    more.append(evidence(u"e4"_s, u"预算今年已批 80 万"_s));
    const QString after = evidenceDigest(more);

    const QList<ReviewDecision> ds{
        decision(ReviewDecisionKind::Reject, u"sup-a"_s, kSubmitted.addSecs(H), before, 1, u"缺少预算信息"_s),
        decision(ReviewDecisionKind::Comment, u"sup-b"_s, kSubmitted.addSecs(2 * H), before, 1, u"同意"_s),
    };
    const ReviewStatus r1 = reviewStatus(item(1), ds, rule24(), before, kSubmitted.addSecs(3 * H));
    QCOMPARE(r1.state, ReviewState::Rejected);
    QCOMPARE(r1.decision->reason, u"缺少预算信息"_s);
    QVERIFY(!r1.provisional);

    // Resubmitted: round 2 has its own clock and none of round 1's decisions.
    const QDateTime resubmitted = kSubmitted.addSecs(5 * H);
    const ReviewStatus r2 = reviewStatus(item(2, resubmitted), ds, rule24(), after, resubmitted.addSecs(H));
    QCOMPARE(r2.state, ReviewState::Pending);
    QCOMPARE(r2.round, 2);
    QCOMPARE(r2.deadline, resubmitted.addSecs(24 * H));
    QCOMPARE(r2.secondsLeft, 23 * H);
    QVERIFY(!r2.decision);
    QVERIFY(r2.comments.isEmpty());
    QVERIFY(!r2.provisional);

    // Past round 1's deadline but not round 2's: still pending.
    const ReviewStatus r2late = reviewStatus(item(2, resubmitted), ds, rule24(), after, kDeadline.addSecs(H));
    QCOMPARE(r2late.state, ReviewState::Pending);

    QList<ReviewDecision> withApprove = ds;
    withApprove.append(decision(ReviewDecisionKind::Approve, u"sup-a"_s, resubmitted.addSecs(2 * H), after, 2));
    const ReviewStatus r2done = reviewStatus(item(2, resubmitted), withApprove, rule24(), after, resubmitted.addSecs(3 * H));
    QCOMPARE(r2done.state, ReviewState::Approved);
    QCOMPARE(r2done.decision->round, 2);
}

void TestReview::escalateThenManagerApproves()
{
    const QString digest = evidenceDigest(threeItems());
    ReviewDecision escalation = decision(ReviewDecisionKind::Escalate, QString(), kDeadline, digest);
    escalation.id = u"server-esc"_s;
    QList<ReviewDecision> ds{escalation};

    const ReviewStatus waiting = reviewStatus(item(), ds, rule24(ReviewTimeout::Escalate), digest, kDeadline.addSecs(H));
    QCOMPARE(waiting.state, ReviewState::Escalated);
    QVERIFY(!waiting.provisional);
    QCOMPARE(waiting.decision->kind, ReviewDecisionKind::Escalate);
    QCOMPARE(waiting.decision->id, u"server-esc"_s);
    QVERIFY(waiting.escalation);

    ds.append(decision(ReviewDecisionKind::Approve, u"manager"_s, kDeadline.addSecs(2 * H), digest));
    ds.append(decision(ReviewDecisionKind::Reject, u"sup-a"_s, kDeadline.addSecs(3 * H), digest, 1, u"晚了"_s));
    const ReviewStatus done = reviewStatus(item(), ds, rule24(ReviewTimeout::Escalate), digest, kDeadline.addSecs(4 * H));
    QCOMPARE(done.state, ReviewState::Approved);
    QCOMPARE(done.decision->decidedBy, u"manager"_s);
    QVERIFY(done.escalation);
    QCOMPARE(done.escalation->id, u"server-esc"_s);
    QCOMPARE(done.comments.size(), 1);
    QCOMPARE(done.comments.at(0).decidedBy, u"sup-a"_s);

    // A manager's reject counts the same way.
    const QList<ReviewDecision> rejected{
        escalation,
        decision(ReviewDecisionKind::Reject, u"manager"_s, kDeadline.addSecs(2 * H), digest, 1, u"没有决策人"_s),
    };
    const ReviewStatus r = reviewStatus(item(), rejected, rule24(ReviewTimeout::Escalate), digest, kDeadline.addSecs(4 * H));
    QCOMPARE(r.state, ReviewState::Rejected);
    QCOMPARE(r.decision->reason, u"没有决策人"_s);
}

void TestReview::noSecondDeadlineWhileEscalated()
{
    const QString digest = evidenceDigest(threeItems());
    const ReviewDecision escalation = decision(ReviewDecisionKind::Escalate, QString(), kDeadline, digest);
    // A stray timeout row after the escalation is not a manager's decision.
    const QList<ReviewDecision> ds{
        escalation,
        decision(ReviewDecisionKind::AutoReject, QString(), kDeadline.addSecs(24 * H), digest, 1, autoRejectReason()),
    };
    const ReviewStatus s = reviewStatus(item(), ds, rule24(ReviewTimeout::Escalate), digest, kDeadline.addDays(10));
    QCOMPARE(s.state, ReviewState::Escalated);
    QVERIFY(!s.provisional);
    QCOMPARE(s.decision->kind, ReviewDecisionKind::Escalate);
    QCOMPARE(s.comments.size(), 1);
    QCOMPARE(s.secondsLeft, -10 * 24 * H);

    // Provisionally escalated stays so, however late.
    const ReviewStatus p = reviewStatus(item(), {}, rule24(ReviewTimeout::Escalate), digest, kDeadline.addDays(30));
    QCOMPARE(p.state, ReviewState::Escalated);
    QVERIFY(p.provisional);
}

void TestReview::decisionBeforeTimeoutWins()
{
    // A supervisor decided offline before the deadline; the server's auto-reject row
    // came first, so the supervisor's approve is a comment.
    const QString digest = evidenceDigest(threeItems());
    const QList<ReviewDecision> ds{
        decision(ReviewDecisionKind::AutoReject, QString(), kDeadline, digest, 1, autoRejectReason()),
        decision(ReviewDecisionKind::Approve, u"sup-a"_s, kDeadline.addSecs(-H), digest),
    };
    const ReviewStatus s = reviewStatus(item(), ds, rule24(), digest, kDeadline.addSecs(H));
    QCOMPARE(s.state, ReviewState::Rejected);
    QVERIFY(!s.provisional);
    QCOMPARE(s.decision->kind, ReviewDecisionKind::AutoReject);
    QCOMPARE(s.comments.size(), 1);
    QCOMPARE(s.comments.at(0).decidedBy, u"sup-a"_s);
}

void TestReview::approvalVoidedWhenEvidenceChanges()
{
    const QList<EvidenceItem> seen = threeItems();
    const QString approvedDigest = evidenceDigest(seen);
    const QList<ReviewDecision> ds{
        decision(ReviewDecisionKind::Approve, u"sup-a"_s, kSubmitted.addSecs(H), approvedDigest),
    };
    const QDateTime now = kSubmitted.addSecs(2 * H);

    QList<EvidenceItem> removed = seen;
    removed.removeAt(1);
    QList<EvidenceItem> replaced = seen;
    replaced[2].text = u"销售离职带走了全部客户资料"_s;
    QList<EvidenceItem> replacedById = seen;
    replacedById[2].id = u"e3-new"_s;
    QList<EvidenceItem> added = seen;
    added.append(evidence(u"e4"_s, u"客户要求下周出方案"_s));

    for (const QList<EvidenceItem>& changed : {removed, replaced, replacedById, added}) {
        const ReviewStatus s = reviewStatus(item(), ds, rule24(), evidenceDigest(changed), now);
        QCOMPARE(s.state, ReviewState::Pending);
        QVERIFY(s.approvalVoided);
        QVERIFY(s.decision);
        QCOMPARE(s.decision->decidedBy, u"sup-a"_s);
        QCOMPARE(s.decision->evidenceDigest, approvedDigest);
        QVERIFY(!s.provisional);
    }

    QList<EvidenceItem> reordered{seen.at(2), seen.at(0), seen.at(1)};
    const ReviewStatus same = reviewStatus(item(), ds, rule24(), evidenceDigest(reordered), now);
    QCOMPARE(same.state, ReviewState::Approved);
    QVERIFY(!same.approvalVoided);

    // A voided approval is not revived by the deadline passing, nor turned into a timeout.
    const ReviewStatus late = reviewStatus(item(), ds, rule24(), evidenceDigest(removed), kDeadline.addSecs(H));
    QCOMPARE(late.state, ReviewState::Pending);
    QVERIFY(late.approvalVoided);
    QVERIFY(!late.provisional);
}

void TestReview::digestStableAndOrderIndependent()
{
    const QString empty = evidenceDigest({});
    QCOMPARE(empty.size(), 64);
    QCOMPARE(empty, evidenceDigest({}));
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(empty).hasMatch());

    const QList<EvidenceItem> items = threeItems();
    const QString d = evidenceDigest(items);
    QCOMPARE(d.size(), 64);
    QVERIFY(d != empty);
    QCOMPARE(evidenceDigest({items.at(1), items.at(2), items.at(0)}), d);
    QCOMPARE(evidenceDigest({items.at(2), items.at(1), items.at(0)}), d);
    QVERIFY(evidenceDigest({items.at(0), items.at(1)}) != d);
    // The same item twice is not the same as once.
    QVERIFY(evidenceDigest({items.at(0), items.at(0)}) != evidenceDigest({items.at(0)}));

    // What does not change what a decider sees does not change the digest.
    QList<EvidenceItem> renamed = items;
    renamed[0].createdAt = renamed[0].createdAt.addDays(1);
    renamed[0].fileName = u"x.png"_s;
    QCOMPARE(evidenceDigest(renamed), d);
}

void TestReview::digestCoversEveryField_data()
{
    QTest::addColumn<int>("field");
    const char* names[] = {"id", "stageKey", "requirementKey", "kind", "text", "blobSha256", "caseId", "role",
                           "text moved into role"};
    for (int i = 0; i < 9; ++i)
        QTest::newRow(names[i]) << i;
}

void TestReview::digestCoversEveryField()
{
    QFETCH(int, field);
    EvidenceItem base;
    base.id = u"e1"_s;
    base.stageKey = u"demo"_s;
    base.requirementKey = u"decision_maker"_s;
    base.kind = EvidenceKind::Role;
    base.text = u"张总"_s;
    base.blobSha256 = QString(64, u'a');
    base.caseId = u"case-1"_s;
    base.role = u"决策人"_s;
    const EvidenceItem other = evidence(u"e0"_s, u"另一条"_s);

    EvidenceItem changed = base;
    switch (field) {
    case 0: changed.id = u"e2"_s; break;
    case 1: changed.stageKey = u"negotiate"_s; break;
    case 2: changed.requirementKey = u"pain_points"_s; break;
    case 3: changed.kind = EvidenceKind::FreeText; break;
    case 4: changed.text = u"李总"_s; break;
    case 5: changed.blobSha256 = QString(64, u'b'); break;
    case 6: changed.caseId = u"case-2"_s; break;
    case 7: changed.role = u"采购负责人"_s; break;
    case 8: // the same characters split differently between two fields
        changed.text = u"张总决"_s;
        changed.role = u"策人"_s;
        break;
    }
    QVERIFY(evidenceDigest({other, base}) != evidenceDigest({other, changed}));
}

void TestReview::preCheckHits()
{
    const QList<PreCheckSource> sources{
        {u"证据：需求痛点"_s, u"客户说月底对账要三个人，痛点是效率"_s},
        {u"跟进 3月2日"_s, u"对方提到另外一家供应商报价更低，预算有限"_s},
        {u"跟进 3月5日"_s, u"寄送资料"_s},
    };
    const QList<PreCheckResult> results = preCheck(rule24(), sources);
    QCOMPARE(results.size(), 3);

    const PreCheckResult& demand = results.at(0);
    QCOMPARE(demand.itemKey, u"demand"_s);
    QVERIFY(demand.automatic);
    QVERIFY(demand.passed());
    // One hit per source: the first keyword of the list found in it.
    QCOMPARE(demand.hits.size(), 2);
    QCOMPARE(demand.hits.at(0).source, u"证据：需求痛点"_s);
    QCOMPARE(demand.hits.at(0).keyword, u"痛点"_s);
    QCOMPARE(demand.hits.at(0).excerpt, u"客户说月底对账要三个人，痛点是效率"_s);
    QCOMPARE(demand.hits.at(1).source, u"跟进 3月2日"_s);
    QCOMPARE(demand.hits.at(1).keyword, u"预算"_s);
    QCOMPARE(demand.hits.at(1).excerpt, u"…另外一家供应商报价更低，预算有限"_s);

    const PreCheckResult& competitor = results.at(1);
    QCOMPARE(competitor.itemKey, u"competitor"_s);
    QVERIFY(competitor.passed());
    QCOMPARE(competitor.hits.size(), 1);
    QCOMPARE(competitor.hits.at(0).keyword, u"另外一家"_s);
    QCOMPARE(competitor.hits.at(0).source, u"跟进 3月2日"_s);
    QCOMPARE(competitor.hits.at(0).excerpt, u"对方提到另外一家供应商报价更低，预算有限"_s);

    const PreCheckResult& manual = results.at(2);
    QCOMPARE(manual.itemKey, u"quote_policy"_s);
    QVERIFY(!manual.automatic);
    QVERIFY(manual.hits.isEmpty());
    QVERIFY(!manual.passed());
}

void TestReview::preCheckCaseInsensitiveLatin()
{
    const QList<PreCheckResult> results = preCheck(rule24(), {{u"会议纪要"_s, u"他们现在用的 crm 是自建的"_s}});
    QCOMPARE(results.at(1).hits.size(), 1);
    QCOMPARE(results.at(1).hits.at(0).keyword, u"CRM"_s);
    QCOMPARE(results.at(1).hits.at(0).excerpt, u"他们现在用的 crm 是自建的"_s);

    StageReviewRule lower;
    lower.checklist = {{u"ai"_s, u"AI 质检"_s, {u"ai质检"_s}}};
    const QList<PreCheckResult> r = preCheck(lower, {{u"企微"_s, u"想了解AI质检功能"_s}});
    QVERIFY(r.at(0).passed());
    QCOMPARE(r.at(0).hits.at(0).excerpt, u"想了解AI质检功能"_s);
}

void TestReview::preCheckExcerptCuts()
{
    StageReviewRule rule;
    rule.checklist = {{u"dm"_s, u"已标记决策人角色"_s, {u"拍板"_s}}};
    // 20 characters, the keyword, 20 characters, with a line break in the context.
    const QString before = u"一二三四五六七八九十\n一二三四五六七八九十"_s;
    const QString after = u"甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸"_s;
    const QList<PreCheckResult> r = preCheck(rule, {{u"跟进"_s, before + u"拍板"_s + after}});
    QCOMPARE(r.at(0).hits.size(), 1);
    // 12 characters either side, the line break shown as a space.
    QCOMPARE(r.at(0).hits.at(0).excerpt, u"…十 一二三四五六七八九十拍板甲乙丙丁戊己庚辛壬癸甲乙…"_s);

    // At the very start or end of a text nothing is cut.
    const QList<PreCheckResult> edge = preCheck(rule, {{u"跟进"_s, u"拍板人是王总"_s}});
    QCOMPARE(edge.at(0).hits.at(0).excerpt, u"拍板人是王总"_s);
}

void TestReview::preCheckNoHit()
{
    const QList<PreCheckResult> results =
        preCheck(rule24(), {{u"跟进"_s, u"寄送资料，约下周再谈"_s}, {u"证据"_s, QString()}});
    QCOMPARE(results.size(), 3);
    for (const PreCheckResult& r : results) {
        QVERIFY(r.hits.isEmpty());
        QVERIFY(!r.passed());
    }
    QVERIFY(results.at(0).automatic);
    QVERIFY(!results.at(2).automatic);
    // No sources at all: same.
    QVERIFY(!preCheck(rule24(), {}).at(0).passed());
    QVERIFY(preCheck(StageReviewRule(), {{u"x"_s, u"需求"_s}}).isEmpty());
}

void TestReview::keys()
{
    QCOMPARE(reviewTimeoutKey(ReviewTimeout::AutoReject), u"autoReject"_s);
    QCOMPARE(reviewTimeoutKey(ReviewTimeout::Escalate), u"escalate"_s);
    for (ReviewTimeout t : {ReviewTimeout::AutoReject, ReviewTimeout::Escalate})
        QVERIFY(reviewTimeoutFromKey(reviewTimeoutKey(t)) == t);
    QVERIFY(!reviewTimeoutFromKey(u"autoreject"));
    QVERIFY(!reviewTimeoutFromKey(u""));

    const QStringList kindKeys{u"approve"_s, u"reject"_s, u"escalate"_s, u"autoReject"_s, u"comment"_s};
    const QList<ReviewDecisionKind> kinds{ReviewDecisionKind::Approve, ReviewDecisionKind::Reject,
                                          ReviewDecisionKind::Escalate, ReviewDecisionKind::AutoReject,
                                          ReviewDecisionKind::Comment};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QCOMPARE(reviewDecisionKindKey(kinds.at(i)), kindKeys.at(i));
        QVERIFY(reviewDecisionKindFromKey(kindKeys.at(i)) == kinds.at(i));
    }
    QVERIFY(!reviewDecisionKindFromKey(u"Approve"));
    QVERIFY(!reviewDecisionKindFromKey(u"approved"));

    const QStringList stateKeys{u"pending"_s, u"escalated"_s, u"approved"_s, u"rejected"_s};
    const QList<ReviewState> states{ReviewState::Pending, ReviewState::Escalated, ReviewState::Approved,
                                    ReviewState::Rejected};
    for (qsizetype i = 0; i < states.size(); ++i) {
        QCOMPARE(reviewStateKey(states.at(i)), stateKeys.at(i));
        QVERIFY(reviewStateFromKey(stateKeys.at(i)) == states.at(i));
    }
    QVERIFY(!reviewStateFromKey(u"approve"));
    QCOMPARE(autoRejectReason(), u"超时未审核"_s);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
