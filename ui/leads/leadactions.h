// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QWidget;

namespace sales {

class ActivityService;
class DraftDialog;
class DraftStore;
class EvidenceService;
class LeadService;
class Session;
class StageService;
struct Draft;

// The rep's actions on leads, from the keyboard shortcut or button to the
// service call: it opens the dialog, calls the service of that capability
// (leads, evidence, stages, activities), shows why when the service refuses, and tells the window which lead changed. Dialogs are
// non-modal-blocking (open(), never exec()) and autosave drafts.
class LeadActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadActions)

public:
    // The session outlives the actions; its user is the actor of every change and the owner of a new lead.
    LeadActions(const Session &session, QWidget *window);
    ~LeadActions() override;

    void newLead();
    // A new contact at the account of this lead.
    void newContact(const QString &leadId);
    void logActivity(const QString &leadId);
    void addEvidence(const QString &leadId, const QString &requirementKey);
    void advance(const QString &leadId);
    void moveBack(const QString &leadId);
    // After a reject: the review's next round (ReviewService::resubmit).
    void resubmit(const QString &leadId);
    // Reopens the dialogs whose drafts survived a crash or a kill.
    void restoreDrafts();
    // Saves what is typed in every open dialog now (before the window closes).
    void flushDrafts();
    QList<DraftDialog *> openDialogs() const;

    LeadService &leads() const { return *m_leads; }
    EvidenceService &evidence() const { return *m_evidence; }
    StageService &stages() const { return *m_stages; }
    ActivityService &activities() const { return *m_activities; }
    DraftStore &drafts() const { return *m_drafts; }

Q_SIGNALS:
    void leadChanged(const QString &leadId);
    void leadCreated(const QString &leadId);

private:
    void showError(const QString &title, const QString &message);
    void restoreContactDraft(const QString &accountId);
    // Autosave to the draft store, forget the draft once the dialog closes, then open it.
    void present(DraftDialog *dialog, const std::optional<Draft> &draft);

    const Session &m_session;
    QSqlDatabase m_db;
    QPointer<QWidget> m_window;
    std::unique_ptr<LeadService> m_leads;
    std::unique_ptr<EvidenceService> m_evidence;
    std::unique_ptr<StageService> m_stages;
    std::unique_ptr<ActivityService> m_activities;
    std::unique_ptr<DraftStore> m_drafts;
    QList<QPointer<DraftDialog>> m_dialogs;
};

} // namespace sales
