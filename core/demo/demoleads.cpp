// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowriter.h"

#include "storage/enumcodec.h"
#include "storage/sqlvalues.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sales::demo {
namespace {

// Share of open leads per stage: a funnel, not a uniform spread.
constexpr std::array<double, 6> StageWeights{0.34, 0.25, 0.16, 0.12, 0.08, 0.05};
constexpr qint64 Hour = 3600 * 1000LL;
constexpr qint64 Day = 24 * Hour;

const QStringList ActivityKinds{u"call"_s,    u"visit"_s, u"meeting"_s,
                                u"message"_s, u"material"_s, u"demo"_s};

int weightedStage(Dice &dice, int stages)
{
    double r = dice.real();
    for (int i = 0; i < stages && i < int(StageWeights.size()); ++i) {
        if ((r -= StageWeights.at(i)) < 0)
            return i;
    }
    return stages - 1;
}

} // namespace

void DemoWriter::activity(const QString &leadId, const QString &ownerId, const QString &kind,
                          const QDateTime &happened, const QDateTime &entered, int entrySeconds, const QString &t,
                          bool progress)
{
    m_activity.add({m_dice.id(), leadId, ownerId, kind, ms(happened), ms(entered), entrySeconds, t, progress ? 1 : 0,
                    1, m_stamp});
}

void DemoWriter::evidenceForStage(const QString &leadId, const StageDefinition &stage, const AccountInfo &account,
                                  const QDateTime &at, double completeness, DemoSummary &s)
{
    const IndustryWords &words = m_words.industries.at(account.industry);
    for (const EvidenceRequirement &req : stage.entryRequirements) {
        int count = req.minCount;
        if (completeness < 1.0)
            count = m_dice.chance(completeness) ? req.minCount : m_dice.below(req.minCount);
        QStringList pains = words.painPoints;
        for (int i = 0; i < count; ++i) {
            const qint64 created = ms(at) - m_dice.between(1, 40) * Hour;
            QVariant textValue, blob, fileName, caseId, role;
            switch (req.kind) {
            case EvidenceKind::FreeText:
                textValue = pains.takeAt(m_dice.below(int(pains.size())));
                break;
            case EvidenceKind::File:
                blob = blobFor(req, s);
                fileName = QString(req.label + u".txt"_s);
                break;
            case EvidenceKind::CaseLink:
                caseId = m_dice.pick(m_casesByIndustry.value(account.industry));
                break;
            case EvidenceKind::Role:
                role = req.role;
                textValue = account.decisionMakerName;
                break;
            }
            const QString evidenceId = m_dice.id();
            m_evidence.add({evidenceId, leadId, stage.key, req.key, codec::toCode(req.kind), textValue, blob,
                            fileName, caseId, role, created, 1, m_stamp});
            m_leadEvidence.append({evidenceId, leadId, stage.key, req.key, req.kind, textValue.toString(),
                                   blob.toString(), fileName.toString(), caseId.toString(), role.toString(),
                                   QDateTime::fromMSecsSinceEpoch(created, Qt::UTC)});
            ++s.evidence;
        }
    }
}

bool DemoWriter::writeLead(DemoSummary &s)
{
    const int industry = m_dice.below(int(m_words.industries.size()));
    const RepInfo &rep = m_dice.pick(m_reps);
    const AccountInfo account = accountFor(industry, rep.regionIndex, s);
    const IndustryWords &words = m_words.industries.at(industry);
    const QString leadId = m_dice.id();
    m_leadsByRep[rep.id].append(leadId);

    const int stages = int(m_pipeline.stages.size());
    const int stageIndex = weightedStage(m_dice, stages);
    const QDateTime now = m_options.now;
    // How long the lead has sat in its current stage: most are fresh, a third are past the 48 h SLA.
    const qint64 inStage = m_dice.chance(0.35) ? m_dice.between(49, 24 * 12) * Hour : m_dice.between(1, 47) * Hour;
    const QDateTime stageEntered = now.addMSecs(-inStage);
    const QDateTime created = stageEntered.addMSecs(-(stageIndex * m_dice.between(10, 52) * Hour + m_dice.between(1, 30) * Hour));

    // Activities are drawn first so the lead row (inserted before anything that
    // references it) knows its last activity.
    struct Draft
    {
        QString kind, text;
        QDateTime happened;
        int entrySeconds;
        qint64 enteredLag;
        bool progress;
    };
    const int activities = int(m_dice.between(2, qint64(m_options.activitiesPerLead * 2) - 2));
    QList<Draft> drafts;
    drafts.reserve(activities);
    qint64 last = 0;
    for (int i = 0; i < activities; ++i) {
        const qint64 happened = m_dice.between(ms(created), ms(now) - Hour);
        const bool progress = m_dice.chance(0.37);
        const QString t = progress ? fill(m_dice.pick(m_words.progressTexts), account, m_dice.pick(words.painPoints))
                                   : m_dice.pick(m_words.emptyTexts);
        drafts.append({m_dice.pick(ActivityKinds), t, QDateTime::fromMSecsSinceEpoch(happened, Qt::UTC),
                       int(m_dice.between(45, 420)), m_dice.between(5 * 60, 6 * 3600), progress});
        last = std::max(last, happened);
    }

    const bool won = stageIndex == stages - 1 && m_dice.chance(0.6);
    const qint64 amount = m_dice.between(words.minAmount, words.maxAmount) / 1000 * 1000;
    m_lead.add({leadId, account.id, sql::fromText(account.contactId), rep.id, rep.teamId, rep.regionId,
                QString(account.name.left(account.name.size() - 4) + m_dice.pick(words.products)), words.name,
                m_dice.pick(m_words.sources), m_pipeline.id, m_pipeline.stages.at(stageIndex).key, ms(stageEntered),
                amount, won ? u"won"_s : u"open"_s, ms(created), last > 0 ? QVariant(last) : QVariant(), 1, m_stamp});

    // Stage history: forward through each stage, with an occasional step back (backflow).
    m_leadEvidence.clear();
    QList<QDateTime> enteredAt;
    QString from;
    for (int i = 0; i <= stageIndex; ++i) {
        const QDateTime at = i == stageIndex ? stageEntered
                                             : created.addMSecs(qint64(double(ms(stageEntered) - ms(created)) * i
                                                                       / std::max(1, stageIndex)));
        const StageDefinition &stage = m_pipeline.stages.at(i);
        enteredAt.append(at);
        if (i > 0)
            evidenceForStage(leadId, stage, account, at, 1.0, s);
        if (i >= 2 && i < stageIndex && m_dice.chance(0.08)) {
            const QString back = m_pipeline.stages.at(i - 1).key;
            m_stageChange.add({m_dice.id(), leadId, from, stage.key, ms(at), QVariant(), rep.id, 0, 1, m_stamp});
            m_stageChange.add({m_dice.id(), leadId, stage.key, back, ms(at) + 20 * Hour,
                               u"客户预算冻结，需重新确认需求"_s, rep.id, 1, 1, m_stamp});
            s.stageChanges += 2;
            from = back;
        }
        m_stageChange.add({m_dice.id(), leadId, sql::fromText(from), stage.key, ms(at), QVariant(), rep.id, 0, 1, m_stamp});
        ++s.stageChanges;
        from = stage.key;
    }
    if (stageIndex + 1 < stages) // some material for the next stage is already there, some is missing
        evidenceForStage(leadId, m_pipeline.stages.at(stageIndex + 1), account, now, 0.3, s);
    reviewsFor(leadId, rep, stageIndex, enteredAt, s);

    for (const Draft &a : std::as_const(drafts))
        activity(leadId, rep.id, a.kind, a.happened, a.happened.addSecs(a.enteredLag), a.entrySeconds, a.text,
                 a.progress);
    s.activities += activities;
    ++s.leads;
    return errorText().isEmpty();
}

bool DemoWriter::writeBackfillBursts(DemoSummary &s)
{
    // The seeds' Friday afternoon: dozens of visits entered in one sitting, each in
    // under 40 s, covering the whole week.
    QDateTime friday = m_options.now.addDays(-7);
    while (friday.date().dayOfWeek() != Qt::Friday)
        friday = friday.addDays(-1);
    friday.setTime(QTime(14, 0));
    for (int b = 0; b < m_options.backfillBursts && b < m_reps.size(); ++b) {
        const RepInfo &rep = m_reps.at((b * 7) % m_reps.size());
        const QStringList leads = m_leadsByRep.value(rep.id);
        if (leads.isEmpty())
            continue;
        const QDateTime sitting = friday.addDays(-7 * (b % 3));
        QDateTime entered = sitting;
        for (int i = 0; i < m_options.backfillBurstSize; ++i) {
            entered = entered.addSecs(m_dice.between(45, 240));
            const QDateTime happened = sitting.addDays(-m_dice.between(0, 4)).addSecs(-m_dice.between(0, 5 * 3600));
            activity(m_dice.pick(leads), rep.id, u"visit"_s, happened, entered, int(m_dice.between(12, 39)),
                     m_dice.pick(m_words.emptyTexts), false);
            ++s.activities;
        }
    }
    return errorText().isEmpty();
}

} // namespace sales::demo
