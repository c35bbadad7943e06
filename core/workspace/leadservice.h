// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/activity.h"
#include "domain/stagegate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sales {

class Clock;
class Session;

// What a new lead needs, as typed in the new-lead dialog. An existing account
// (accountId) or a new one (accountName...) and an existing or new contact.
struct NewLeadInput
{
    QString accountId;   // reuse an account; when empty a new one is created from the fields below
    QString accountName;
    QString industry;
    QString regionId;
    QString city;
    QString contactId;   // reuse a contact; when empty a new one is created (optional if contactName empty)
    QString contactName;
    QString contactTitle;
    QString contactPhone;
    QString contactRole; // 决策人 / 采购 / 技术 / 使用者
    QString title;       // the lead's title; defaults to the account name
    QString source;      // 抖音表单 / 企业微信 / 官网咨询 / 400电话 / 展会名片 / 转介绍
    qint64 amountYuan = 0;
    QString ownerId;
    QString teamId;
    QString templateId = QStringLiteral("default");
};

// A candidate duplicate shown before saving a new lead.
struct DuplicateCandidate
{
    enum class Reason { SamePhone, SimilarCompany };
    Reason reason = Reason::SimilarCompany;
    QString accountId;
    QString accountName;
    QString contactName;
    QString contactPhone;
    QString leadId;      // an open lead of that account, if any
    QString leadTitle;
};

// A file attached to an activity as the rep picked it.
struct AttachmentInput
{
    QString fileName;
    QByteArray data;
    QString mimeType;
};

// The result of any operation: ok, or why not. fieldErrors maps an input field
// name (e.g. "accountName", "contactPhone") to a Chinese sentence for the UI to show in place.
struct LeadResult
{
    bool ok = false;
    QString id;                          // the created or changed row
    QString error;                       // a sentence for the user
    QHash<QString, QString> fieldErrors; // validation, per field
    std::optional<GateResult> gate;      // set when a stage gate refused
};

// Everything a rep does to a lead, as transactions on the replica: validation
// and the domain rules first, then the rows (with change tracking for sync).
// Time comes from the Clock; the signed-in user is the actor, asked of the
// Session at each operation (so a later sign-in or a switch of user is followed).
class LeadService final
{
    Q_DECLARE_TR_FUNCTIONS(sales::LeadService)

public:
    // The session's database and clock; the actor is whoever is signed in when an operation runs.
    explicit LeadService(const Session &session);
    // A fixed actor (tools and tests that act as one user).
    LeadService(QSqlDatabase db, const Clock &clock, QString userId);

    QList<DuplicateCandidate> findDuplicates(const QString &companyName, const QString &phone) const;
    LeadResult createLead(const NewLeadInput &input);
    // A new contact at an existing account (input.accountId and the contact* fields).
    LeadResult addContact(const NewLeadInput &input);

    LeadResult addTextEvidence(const QString &leadId, const QString &requirementKey, const QString &text);
    LeadResult addFileEvidence(const QString &leadId, const QString &requirementKey, const QString &fileName,
                               const QByteArray &data, const QString &mimeType);
    LeadResult linkCase(const QString &leadId, const QString &requirementKey, const QString &caseId);
    LeadResult markRole(const QString &leadId, const QString &requirementKey, const QString &role,
                        const QString &personName);
    LeadResult removeEvidence(const QString &evidenceId);

    // Forward: refused with the gate's missing items unless the evidence is complete.
    LeadResult advance(const QString &leadId, const QString &toStageKey);
    // Backward: always allowed, needs a reason, counted as backflow.
    LeadResult moveBack(const QString &leadId, const QString &toStageKey, const QString &reason);

    // happenedAt may be earlier than now (back-filled); enteredAt is stamped now.
    // entrySeconds is how long the dialog was open. Updates the lead's last activity.
    LeadResult logActivity(const QString &leadId, ActivityKind kind, const QDateTime &happenedAt,
                           const QString &text, bool progress, int entrySeconds,
                           const QList<AttachmentInput> &attachments = {});

private:
    QString actor() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session *m_session = nullptr;
    QString m_userId; // when there is no session
};

} // namespace sales
