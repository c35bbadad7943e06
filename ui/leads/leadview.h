// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QGroupBox;
class QPushButton;

namespace sales {

struct LeadDetail;
class ReviewBox;
class StageBar;

// Read-only view of one lead: where it stands, what the next stage still needs,
// its SLA and its recent activities.
class LeadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadView)

public:
    explicit LeadView(QWidget *parent = nullptr);

    void showLead(const LeadDetail &detail, const QDateTime &now);
    void showMessage(const QString &message);
    QString leadId() const { return m_leadId; }

    QPushButton *advanceButton() const { return m_advance; }
    QPushButton *moveBackButton() const { return m_moveBack; }
    QPushButton *logActivityButton() const { return m_logActivity; }
    ReviewBox *reviewBox() const { return m_review; }

Q_SIGNALS:
    void advanceRequested(const QString &leadId);
    void moveBackRequested(const QString &leadId);
    void logActivityRequested(const QString &leadId);
    void addEvidenceRequested(const QString &leadId, const QString &requirementKey);
    void resubmitRequested(const QString &leadId);

private:
    void fillActions(const LeadDetail &detail);
    void fillMissing(const LeadDetail &detail);
    void fillEvidence(const LeadDetail &detail);
    void fillActivities(const LeadDetail &detail, const QDateTime &now);

    QString m_leadId;
    QLabel *m_title = nullptr;
    QPushButton *m_advance = nullptr;
    QPushButton *m_moveBack = nullptr;
    QPushButton *m_logActivity = nullptr;
    QLabel *m_gateNote = nullptr;
    ReviewBox *m_review = nullptr;
    QLabel *m_facts = nullptr;
    StageBar *m_stageBar = nullptr;
    QLabel *m_sla = nullptr;
    QGroupBox *m_missingBox = nullptr;
    QListWidget *m_missing = nullptr;
    QListWidget *m_evidence = nullptr;
    QGroupBox *m_activityBox = nullptr;
    QListWidget *m_activities = nullptr;
};

} // namespace sales
