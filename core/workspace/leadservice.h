// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "servicecontext.h"

#include <QCoreApplication>
#include <QString>

namespace sales {

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

// Leads and their people: a new lead (with its account and contact when new)
// and a new contact at an existing account, checked field by field first, then
// written in one transaction with change tracking for sync. Possible duplicates
// are found in storage (storage/duplicatefinder.h) before the dialog saves.
class LeadService final
{
    Q_DECLARE_TR_FUNCTIONS(sales::LeadService)

public:
    explicit LeadService(const Session &session) : m_context(session) {}
    // A fixed actor (tools and tests that act as one user).
    LeadService(QSqlDatabase db, const Clock &clock, QString userId)
        : m_context(std::move(db), clock, std::move(userId))
    {
    }

    Result createLead(const NewLeadInput &input);
    // A new contact at an existing account (input.accountId and the contact* fields).
    Result addContact(const NewLeadInput &input);

private:
    ServiceContext m_context;
};

} // namespace sales
