// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// LeadActions: the flows that go through a draft-saving dialog.
#include "leadactions.h"

#include "clock.h"
#include "dialogs/activitydialog.h"
#include "dialogs/contactdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/newleaddialog.h"
#include "domain/phone.h"
#include "storage/accountrepository.h"
#include "storage/duplicatefinder.h"
#include "storage/knowledgerepository.h"
#include "storage/leadrepository.h"
#include "storage/organisationrepository.h"
#include "workspace/activityservice.h"
#include "workspace/draftstore.h"
#include "workspace/evidenceservice.h"
#include "workspace/leaddetail.h"
#include "workspace/leadservice.h"
#include "workspace/session.h"

using namespace Qt::StringLiterals;

namespace sales {

void LeadActions::present(DraftDialog *dialog, const std::optional<Draft> &draft)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = dialog->draftKey();
    const QString kind = dialog->draftKind();
    dialog->setDraftSaver([this, key, kind](const QJsonObject &payload) { return m_drafts->save(key, kind, payload); });
    connect(dialog, &QDialog::finished, this, [this, key] { m_drafts->remove(key); });
    if (draft)
        dialog->restoreDraft(draft->payload);
    m_dialogs.append(dialog);
    dialog->open();
}

QList<DraftDialog *> LeadActions::openDialogs() const
{
    QList<DraftDialog *> open;
    for (const QPointer<DraftDialog> &d : m_dialogs) {
        if (d && d->isVisible())
            open.append(d);
    }
    return open;
}

void LeadActions::flushDrafts()
{
    for (DraftDialog *d : openDialogs())
        d->flushDraft();
}

void LeadActions::newLead()
{
    auto *dialog = new NewLeadDialog(OrganisationRepository(m_db).regions(), m_window);
    const auto &user = m_session.user();
    dialog->setOwner(m_session.userId(), user ? user->teamId : QString());
    dialog->setCreator([this](const NewLeadInput &input) { return m_leads->createLead(input); });
    dialog->setDuplicateFinder([this](const QString &company, const QString &phone) {
        return DuplicateFinder(m_db).find(company, phone);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT leadCreated(dialog->createdLeadId()); });
    connect(dialog, &NewLeadDialog::openLeadRequested, this, &LeadActions::leadChanged);
    present(dialog, m_drafts->load(NewLeadDialog::draftKeyFor()).valueOr(std::nullopt));
}

void LeadActions::newContact(const QString &leadId)
{
    const auto lead = LeadRepository(m_db).find(leadId);
    if (!lead)
        return;
    const auto account = AccountRepository(m_db).find(lead->accountId);
    auto *dialog = new ContactDialog(lead->accountId, account ? account->name : lead->title, m_window);
    dialog->setSaver([this](const NewLeadInput &input) { return m_leads->addContact(input); });
    connect(dialog, &QDialog::accepted, this, [this, leadId] { Q_EMIT leadChanged(leadId); });
    present(dialog, m_drafts->load(ContactDialog::draftKeyFor(lead->accountId)).valueOr(std::nullopt));
}

void LeadActions::logActivity(const QString &leadId)
{
    const auto lead = LeadRepository(m_db).find(leadId);
    if (!lead)
        return;
    auto *dialog = new ActivityDialog(leadId, lead->title, m_window);
    dialog->setSubmitter([this](const ActivityEntry &e) {
        QList<AttachmentInput> files;
        for (const Attachment &a : e.attachments)
            files.append({a.fileName, a.data, a.mimeType});
        return m_activities->logActivity(e.leadId, e.kind, e.happenedAt, e.text, e.progress, e.entrySeconds, files);
    });
    connect(dialog, &QDialog::accepted, this, [this, leadId] { Q_EMIT leadChanged(leadId); });
    present(dialog, m_drafts->load(ActivityDialog::draftKeyFor(leadId)).valueOr(std::nullopt));
}

void LeadActions::addEvidence(const QString &leadId, const QString &requirementKey)
{
    const auto detail = loadLeadDetail(m_db, leadId, m_session.clock().now(), 0);
    if (!detail)
        return showError(tr("无法添加证据"), detail.message());
    const StageDefinition *stage = detail->pipeline.stageOfRequirement(requirementKey);
    if (!stage)
        return;
    const auto req = std::find_if(stage->entryRequirements.cbegin(), stage->entryRequirements.cend(),
                                  [&](const EvidenceRequirement &r) { return r.key == requirementKey; });
    auto *dialog = new EvidenceDialog(leadId, *req, detail->lead.title, m_window);
    dialog->setExistingCount(countEvidence(*req, detail->evidence));
    if (req->kind == EvidenceKind::CaseLink)
        dialog->setCases(KnowledgeRepository(m_db).casesFor(detail->lead.industry));
    dialog->setSubmitter([this](const EvidenceSubmission &s) {
        switch (s.kind) {
        case EvidenceKind::FreeText:
            return m_evidence->addTextEvidence(s.leadId, s.requirementKey, s.texts.value(0));
        case EvidenceKind::File:
            return s.file ? m_evidence->addFileEvidence(s.leadId, s.requirementKey, s.file->fileName, s.file->data,
                                                        s.file->mimeType)
                          : Result::fieldFailure(u"file"_s, tr("请选择文件。"));
        case EvidenceKind::CaseLink:
            return m_evidence->linkCase(s.leadId, s.requirementKey, s.caseId);
        case EvidenceKind::Role:
            return m_evidence->markRole(s.leadId, s.requirementKey, s.role, s.personName);
        }
        return Result{};
    });
    connect(dialog, &EvidenceDialog::submitted, this, [this, leadId] { Q_EMIT leadChanged(leadId); });
    present(dialog, m_drafts->load(EvidenceDialog::draftKeyFor(leadId, requirementKey)).valueOr(std::nullopt));
}

void LeadActions::restoreDrafts()
{
    for (const Draft &d : m_drafts->all().valueOr({})) {
        const QString leadId = d.payload.value(u"leadId"_s).toString();
        if (d.kind == NewLeadDialog::kindName())
            newLead();
        else if (d.kind == ContactDialog::kindName())
            restoreContactDraft(d.payload.value(u"accountId"_s).toString());
        else if (d.kind == ActivityDialog::kindName() && !leadId.isEmpty())
            logActivity(leadId);
        else if (d.kind.startsWith(u"evidence"_s) && !leadId.isEmpty())
            addEvidence(leadId, d.payload.value(u"requirementKey"_s).toString());
    }
}

void LeadActions::restoreContactDraft(const QString &accountId)
{
    const auto account = AccountRepository(m_db).find(accountId);
    if (!account)
        return;
    auto *dialog = new ContactDialog(accountId, account->name, m_window);
    dialog->setSaver([this](const NewLeadInput &input) { return m_leads->addContact(input); });
    present(dialog, m_drafts->load(ContactDialog::draftKeyFor(accountId)).valueOr(std::nullopt));
}

} // namespace sales
