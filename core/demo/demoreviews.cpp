// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// DemoWriter: the review queue of the demo (issue 14), so a supervisor's and a
// manager's replica open on real work: items waiting with their countdown, some
// decided, some past their deadline with the server's escalation or auto-reject.
#include "demowriter.h"

#include "domain/review.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sales::demo {
namespace {

constexpr qint64 Hour = 3600 * 1000LL;

const QStringList RejectReasons{
    u"未满足：竞品比选。客户提到的另外一家没有做对比说明，请补充比选项。"_s,
    u"预算未确认：请补充采购负责人对预算区间的确认记录。"_s,
    u"决策人未标注：请在联系人中标注总经理或采购负责人，并写明见面时间。"_s,
    u"需求证据太空泛：“客户很感兴趣”不算需求，请写出具体的痛点和交付周期要求。"_s,
};

} // namespace

void DemoWriter::reviewsFor(const QString &leadId, const RepInfo &rep, int stageIndex,
                            const QList<QDateTime> &enteredAt, DemoSummary &s)
{
    Dice &dice = m_reviewDice;
    const QString digest = evidenceDigest(m_leadEvidence);
    const QString supervisor = m_supervisorOfTeam.value(rep.teamId);
    const qint64 now = ms(m_options.now);
    auto decide = [&](const QString &itemId, int round, ReviewDecisionKind kind, const QString &reason,
                      const QString &by, qint64 at) {
        m_reviewDecision.add({dice.id(), itemId, leadId, round, reviewDecisionKindKey(kind), sql::fromText(reason),
                              kind == ReviewDecisionKind::Approve || kind == ReviewDecisionKind::Reject ? QVariant(digest)
                                                                                                       : QVariant(),
                              sql::fromText(by), at, 1, m_stamp});
        ++s.reviewDecisions;
    };
    for (int i = 1; i <= stageIndex && i < enteredAt.size(); ++i) {
        const StageDefinition &stage = m_pipeline.stages.at(i);
        if (!stage.reviewRequired)
            continue;
        const QString itemId = dice.id();
        const qint64 submitted = ms(enteredAt.at(i));
        if (i < stageIndex) { // passed: it was approved before the lead went on
            m_reviewItem.add({itemId, leadId, stage.key, 1, rep.id, submitted, 1, m_stamp});
            ++s.reviewItems;
            decide(itemId, 1, ReviewDecisionKind::Approve, {}, supervisor,
                   std::min(submitted + dice.between(1, stage.review.deadlineHours - 1) * Hour, ms(enteredAt.at(i + 1)) - 60000));
            continue;
        }
        // The current stage. One in five was rejected once and is in its second round now.
        int round = 1;
        qint64 roundStart = submitted;
        if (dice.chance(0.2) && now - submitted > 6 * Hour) {
            const qint64 rejected = submitted + dice.between(1, 3) * Hour;
            const qint64 resubmitted = std::min(rejected + dice.between(1, 3) * Hour, now - Hour);
            m_reviewItem.add({itemId, leadId, stage.key, 2, rep.id, resubmitted, 1, m_stamp});
            decide(itemId, 1, ReviewDecisionKind::Reject, dice.pick(RejectReasons), supervisor, rejected);
            round = 2;
            roundStart = resubmitted;
        } else {
            m_reviewItem.add({itemId, leadId, stage.key, 1, rep.id, submitted, 1, m_stamp});
        }
        ++s.reviewItems;
        const qint64 roundDeadline = roundStart + stage.review.deadlineHours * Hour;
        const double decided = dice.real();
        if (roundDeadline > now) {
            // Still running: most wait in the supervisor's queue; some were decided already.
            if (decided < 0.15)
                decide(itemId, round, ReviewDecisionKind::Approve, {}, supervisor,
                       roundStart + (now - roundStart) / 2);
            else if (decided < 0.25)
                decide(itemId, round, ReviewDecisionKind::Reject, dice.pick(RejectReasons), supervisor,
                       roundStart + (now - roundStart) / 2);
            continue;
        }
        // Past the deadline: most were decided in time, the rest went to the server's deadline pass.
        if (decided < 0.55) {
            decide(itemId, round, ReviewDecisionKind::Approve, {}, supervisor,
                   roundStart + dice.between(1, stage.review.deadlineHours - 1) * Hour);
        } else if (decided < 0.7) {
            decide(itemId, round, ReviewDecisionKind::Reject, dice.pick(RejectReasons), supervisor,
                   roundStart + dice.between(1, stage.review.deadlineHours - 1) * Hour);
        } else if (stage.review.onTimeout == ReviewTimeout::AutoReject) {
            decide(itemId, round, ReviewDecisionKind::AutoReject, autoRejectReason(), {}, roundDeadline);
        } else {
            decide(itemId, round, ReviewDecisionKind::Escalate, {}, {}, roundDeadline);
            // The region's manager took some of them.
            if (rep.regionId == m_managerRegionId && dice.chance(0.3) && roundDeadline + 2 * Hour < now)
                decide(itemId, round, ReviewDecisionKind::Approve, {}, m_managerId,
                       dice.between(roundDeadline + Hour, now - Hour));
        }
    }
}

} // namespace sales::demo
