// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadservice.h"

#include "clock.h"
#include "domain/ids.h"
#include "domain/leadchoices.h"
#include "domain/phone.h"
#include "leadserviceutil.h"
#include "storage/accountrepository.h"
#include "storage/knowledgerepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"
#include "storage/organisationrepository.h"
#include "storage/transaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {

using namespace leadops;

namespace {

constexpr qsizetype MinAccountName = 2;
constexpr qsizetype MaxAccountName = 100;
constexpr qsizetype MaxPersonName = 50;
constexpr qsizetype MaxTitle = 200;

// What the checks found, so the writes need not look it up again.
struct Checked
{
    std::optional<Account> account; // the existing account, when reused
    std::optional<Contact> contact; // the existing contact, when reused
    PhoneNumber phone;
    std::optional<PipelineTemplate> pipeline;
};

void checkAccount(const QSqlDatabase &db, const NewLeadInput &in, Checked &c, QHash<QString, QString> &errors)
{
    if (!in.accountId.isEmpty()) {
        c.account = AccountRepository(db).find(in.accountId);
        if (!c.account)
            errors.insert(u"accountId"_s, LeadService::tr("所选客户不存在或已被删除"));
        return;
    }
    const QString name = in.accountName.simplified();
    if (name.isEmpty())
        errors.insert(u"accountName"_s, LeadService::tr("请填写客户名称"));
    else if (name.size() < MinAccountName || name.size() > MaxAccountName)
        errors.insert(u"accountName"_s, LeadService::tr("客户名称应为 %1–%2 个字").arg(MinAccountName).arg(MaxAccountName));
    if (!in.regionId.isEmpty()) {
        const QList<Region> regions = OrganisationRepository(db).regions();
        if (std::none_of(regions.cbegin(), regions.cend(), [&](const Region &r) { return r.id == in.regionId; }))
            errors.insert(u"regionId"_s, LeadService::tr("所选区域不存在"));
    }
}

void checkContact(const QSqlDatabase &db, const NewLeadInput &in, Checked &c, QHash<QString, QString> &errors)
{
    if (!in.contactId.isEmpty()) {
        c.contact = AccountRepository(db).findContact(in.contactId);
        if (!c.contact)
            errors.insert(u"contactId"_s, LeadService::tr("所选联系人不存在或已被删除"));
        else if (c.contact->accountId != in.accountId)
            errors.insert(u"contactId"_s, LeadService::tr("所选联系人不属于该客户"));
        return;
    }
    const QString name = in.contactName.simplified();
    const QString phone = in.contactPhone.trimmed();
    if (!phone.isEmpty()) {
        c.phone = normalizePhone(phone);
        if (c.phone.kind == PhoneNumber::Kind::Invalid)
            errors.insert(u"contactPhone"_s, c.phone.error);
    }
    if (name.isEmpty() && !phone.isEmpty())
        errors.insert(u"contactName"_s, LeadService::tr("填写了电话，请同时填写联系人姓名"));
    else if (name.size() > MaxPersonName)
        errors.insert(u"contactName"_s, LeadService::tr("联系人姓名不能超过 %1 个字").arg(MaxPersonName));
    if (!in.contactRole.isEmpty() && !contactRoles().contains(in.contactRole))
        errors.insert(u"contactRole"_s, LeadService::tr("联系人角色应为：%1")
                                      .arg(contactRoles().join(LeadService::tr("、", "list separator"))));
}

QHash<QString, QString> check(const QSqlDatabase &db, const NewLeadInput &in, Checked &c)
{
    QHash<QString, QString> errors;
    checkAccount(db, in, c, errors);
    checkContact(db, in, c, errors);
    if (!in.industry.isEmpty() && !leadIndustries().contains(in.industry))
        errors.insert(u"industry"_s, LeadService::tr("行业应为：%1")
                                      .arg(leadIndustries().join(LeadService::tr("、", "list separator"))));
    if (!in.source.isEmpty() && !leadSources().contains(in.source))
        errors.insert(u"source"_s, LeadService::tr("来源渠道应为：%1")
                                      .arg(leadSources().join(LeadService::tr("、", "list separator"))));
    if (in.amountYuan < 0)
        errors.insert(u"amountYuan"_s, LeadService::tr("预计金额不能为负数"));
    if (in.title.simplified().size() > MaxTitle)
        errors.insert(u"title"_s, LeadService::tr("商机名称不能超过 %1 个字").arg(MaxTitle));
    const KnowledgeRepository knowledge(db);
    c.pipeline = knowledge.findTemplate(in.templateId);
    if (!c.pipeline || c.pipeline->stages.isEmpty())
        errors.insert(u"templateId"_s, LeadService::tr("找不到流程模板“%1”").arg(in.templateId));
    return errors;
}

} // namespace

Result LeadService::createLead(const NewLeadInput &in)
{
    const QSqlDatabase &db = m_context.db();
    const Clock &clock = m_context.clock();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    Checked checked;
    if (const auto errors = check(db, in, checked); !errors.isEmpty())
        return fieldsFailed(errors);

    const QDateTime now = clock.now();
    AccountRepository accounts(db, clock);
    Account account;
    if (checked.account) {
        account = *checked.account;
    } else {
        account = Account{newId(), in.accountName.simplified(), in.industry, in.regionId, in.city.simplified(), {}, now};
        if (!accounts.save(account))
            return failed(accounts.errorText());
    }

    QString contactId;
    if (checked.contact) {
        contactId = checked.contact->id;
    } else if (!in.contactName.simplified().isEmpty()) {
        const Contact contact{newId(), account.id, in.contactName.simplified(), in.contactTitle.simplified(),
                              checked.phone.display, in.contactRole, now};
        if (!accounts.saveContact(contact))
            return failed(accounts.errorText());
        contactId = contact.id;
    }

    Lead lead;
    lead.id = newId();
    lead.accountId = account.id;
    lead.contactId = contactId;
    lead.ownerId = in.ownerId.isEmpty() ? m_context.actor() : in.ownerId;
    lead.teamId = in.teamId;
    lead.regionId = in.regionId.isEmpty() ? account.regionId : in.regionId;
    lead.title = in.title.simplified().isEmpty() ? account.name : in.title.simplified();
    lead.industry = in.industry.isEmpty() ? account.industry : in.industry;
    lead.source = in.source;
    lead.templateId = checked.pipeline->id;
    lead.stageKey = checked.pipeline->stages.first().key;
    lead.stageEnteredAt = now;
    lead.amountYuan = in.amountYuan;
    lead.createdAt = now;
    // Creating the lead is its first touch: it sorts to the top of the list.
    lead.lastActivityAt = now;
    LeadRepository leads(db, clock);
    if (!leads.save(lead))
        return failed(leads.errorText());

    LeadHistoryRepository history(db, clock);
    const StageChange entry{newId(), lead.id, QString(), lead.stageKey, now, QString(), m_context.actor(), false};
    if (!history.saveStageChange(entry))
        return failed(history.errorText());
    return commit(tx, db, succeeded(lead.id));
}

Result LeadService::addContact(const NewLeadInput &in)
{
    const QSqlDatabase &db = m_context.db();
    const Clock &clock = m_context.clock();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    Checked checked;
    QHash<QString, QString> errors;
    NewLeadInput contact = in;
    contact.contactId.clear(); // always a new contact
    if (in.accountId.isEmpty())
        errors.insert(u"accountId"_s, tr("请先选择客户"));
    else
        checkAccount(db, contact, checked, errors);
    checkContact(db, contact, checked, errors);
    if (in.contactName.simplified().isEmpty())
        errors.insert(u"contactName"_s, tr("请填写联系人姓名"));
    if (!errors.isEmpty())
        return fieldsFailed(errors);

    AccountRepository accounts(db, clock);
    const Contact saved{newId(), in.accountId, in.contactName.simplified(), in.contactTitle.simplified(),
                        checked.phone.display, in.contactRole, clock.now()};
    if (!accounts.saveContact(saved))
        return failed(accounts.errorText());
    return commit(tx, db, succeeded(saved.id));
}

} // namespace sales
