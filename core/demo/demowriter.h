// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demogenerator.h"
#include "demovocabulary.h"
#include "domain/evidenceitem.h"
#include "domain/pipelinetemplate.h"
#include "storage/bulkinserter.h"

#include <QHash>
#include <QList>

#include <optional>

namespace sales::demo {

struct RepInfo
{
    QString id;
    QString name;
    QString teamId;
    QString regionId;
    int regionIndex = 0;
};

struct AccountInfo
{
    QString id;
    QString name;
    QString contactId;
    QString contactName;
    QString decisionMakerName;
    int industry = 0;
    int region = 0;
};

// Everything the generator writes goes through here: one prepared insert per
// table, rows stamped as already synced (rev 1) so they are not local changes.
class DemoWriter final
{
public:
    DemoWriter(QSqlDatabase db, const DemoOptions &options, Dice &dice, const Vocabulary &words,
               const PipelineTemplate &pipeline);

    bool writeOrganisation(DemoSummary &summary);
    bool writeKnowledge(DemoSummary &summary);
    bool writeLead(DemoSummary &summary);
    bool writeBackfillBursts(DemoSummary &summary);
    QString errorText() const;

private:
    qint64 ms(const QDateTime &t) const { return t.toMSecsSinceEpoch(); }
    AccountInfo &accountFor(int industry, int region, DemoSummary &summary);
    void evidenceForStage(const QString &leadId, const StageDefinition &stage, const AccountInfo &account,
                          const QDateTime &at, double completeness, DemoSummary &summary);
    QString blobFor(const EvidenceRequirement &requirement, DemoSummary &summary);
    QString fill(QString text, const AccountInfo &account, const QString &pain) const;
    // The review items of the lead's review stages (reviewsFor in demoreviews.cpp):
    // passed ones approved, the current one pending, decided, or past its deadline
    // with the server's escalation or auto-reject, as a real team's replica holds them.
    void reviewsFor(const QString &leadId, const RepInfo &rep, int stageIndex,
                    const QList<QDateTime> &enteredAt, DemoSummary &summary);
    void activity(const QString &leadId, const QString &ownerId, const QString &kind, const QDateTime &happened,
                  const QDateTime &entered, int entrySeconds, const QString &text, bool progress);

    const DemoOptions &m_options;
    Dice &m_dice;
    const Vocabulary &m_words;
    const PipelineTemplate &m_pipeline;
    Dice m_reviewDice; // its own sequence: adding reviews left every other row of the demo as it was
    qint64 m_stamp;
    QList<QString> m_regionIds;
    QList<RepInfo> m_reps;
    QList<AccountInfo> m_accounts;
    QHash<int, QStringList> m_casesByIndustry;
    QHash<QString, QStringList> m_blobsByRequirement;
    QHash<QString, QStringList> m_leadsByRep;
    QHash<QString, QString> m_supervisorOfTeam;
    QString m_managerId, m_managerRegionId;
    QList<EvidenceItem> m_leadEvidence; // of the lead being written, for the digest its approvals saw
    BulkInserter m_region, m_team, m_user, m_account, m_contact, m_lead, m_evidence, m_activity, m_stageChange,
        m_case, m_blob, m_template, m_reviewItem, m_reviewDecision, m_scriptPack;
};

} // namespace sales::demo
