// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14.7: the queue's metrics by hand: first-pass approval counts the first
// round's deciding decision (not an escalation, not a comment, not a later round),
// in the period by when it was decided; on-time upgrade counts forward moves out
// of a stage within its slaHours, exactly at the limit included; backflows and
// first entries do not count; the healthy ranges.
#include "domain/reviewmetrics.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime T0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

ReviewDecision decision(int round, ReviewDecisionKind kind, qint64 hours)
{
    ReviewDecision d;
    d.round = round;
    d.kind = kind;
    d.decidedAt = T0.addSecs(hours * 3600);
    return d;
}

StageChange change(const QString &from, const QString &to, qint64 hours, bool backflow = false)
{
    StageChange c;
    c.fromStage = from;
    c.toStage = to;
    c.changedAt = T0.addSecs(hours * 3600);
    c.backflow = backflow;
    return c;
}

} // namespace

class TestReviewMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPassCountsTheFirstRoundsDecision()
    {
        using K = ReviewDecisionKind;
        const QList<QList<ReviewDecision>> items{
            {decision(1, K::Approve, 1)},                                // approved first time
            {decision(1, K::Reject, 2), decision(2, K::Approve, 5)},     // not first pass
            {decision(1, K::Escalate, 24), decision(1, K::Approve, 30)}, // the manager approved it: first pass
            {decision(1, K::AutoReject, 24)},                            // timed out: not
            {decision(1, K::Comment, 1), decision(1, K::Reject, 3)},     // a comment is not a decision
            {},                                                          // undecided: not counted
            {decision(1, K::Approve, 24 * 40)},                          // outside the period
        };
        const Rate r = firstPassRate(items, T0, T0.addDays(30));
        QCOMPARE(r.total, 5);
        QCOMPARE(r.hits, 2);
        QCOMPARE(*r.value(), 0.4);
        QCOMPARE(metricHealth(r, FirstPassLow, FirstPassHigh), MetricHealth::Low);
        QCOMPARE(metricHealth(Rate{7, 10}, FirstPassLow, FirstPassHigh), MetricHealth::Healthy);
        QCOMPARE(metricHealth(Rate{8, 10}, FirstPassLow, FirstPassHigh), MetricHealth::High);
        QCOMPARE(metricHealth(Rate{}, FirstPassLow, FirstPassHigh), MetricHealth::NoData);
        // The period's end is open: decided exactly at `to` is the next period's.
        QCOMPARE(firstPassRate({{decision(1, K::Approve, 10)}}, T0, T0.addSecs(10 * 3600)).total, 0);
        QCOMPARE(firstPassRate({{decision(1, K::Approve, 10)}}, T0.addSecs(10 * 3600), T0.addDays(1)).total, 1);
    }

    void onTimeUpgradeCountsForwardMovesWithinTheSla()
    {
        PipelineTemplate p;
        for (const char *key : {"a", "b", "c", "d"}) {
            StageDefinition s;
            s.key = QString::fromLatin1(key);
            s.slaHours = 48;
            p.stages.append(s);
        }
        const QList<StageChange> lead{
            change({}, u"a"_s, 0),                // first entry: not a move
            change(u"a"_s, u"b"_s, 48),           // exactly at the SLA: on time
            change(u"b"_s, u"c"_s, 48 + 49),      // 49 h: late
            change(u"c"_s, u"b"_s, 100, true),    // backflow: not counted
            change(u"b"_s, u"c"_s, 110),          // 10 h after re-entering b: on time
            change(u"c"_s, u"d"_s, 110 + 24 * 5), // late
        };
        const Rate r = onTimeUpgradeRate(p, lead, T0, T0.addDays(30));
        QCOMPARE(r.total, 4);
        QCOMPARE(r.hits, 2);
        QCOMPARE(metricHealth(r, OnTimeUpgradeLow), MetricHealth::Low);
        // Only moves made in the period count (the entry before it still dates them).
        const Rate late = onTimeUpgradeRate(p, lead, T0.addSecs(100 * 3600), T0.addDays(30));
        QCOMPARE(late.total, 2);
        QCOMPARE(late.hits, 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewMetrics)
#include "tst_reviewmetrics.moc"
