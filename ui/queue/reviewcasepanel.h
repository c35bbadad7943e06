// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/reviewcase.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace sales {

class EvidenceViewer;

// One review item as the decider works it: who and what, the deadline, what was
// decided before; the stage's checklist with the automatic pre-checks already
// ticked (or flagged, saying which keyword matched where), items to tick by
// hand; the evidence, each shown inline; the reason and the two decisions.
class ReviewCasePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewCasePanel)

public:
    explicit ReviewCasePanel(QWidget *parent = nullptr);
    ~ReviewCasePanel() override;

    void showCase(const ReviewCase &reviewCase, const QDateTime &now);
    // Instead of a case: a sentence (loading, nothing to decide, a read failure).
    void showMessage(const QString &text);
    // The countdown of the case on screen.
    void updateDeadline(const QDateTime &now);

    // The item on screen; empty while a message is shown.
    QString itemId() const;
    const ReviewCase *currentCase() const { return m_case ? &*m_case : nullptr; }
    QString reason() const;
    void clearReason();
    // Puts the cursor into the reason, prefilled with the unticked checklist items when it is empty.
    void focusReason();
    // Checklist items nobody ticked (failed pre-checks and manual items), in order.
    QStringList uncheckedItems() const;
    void setError(const QString &text);

    // The parts, for tests.
    QTreeWidget *checklist() const { return m_checklist; }
    QListWidget *evidenceList() const { return m_evidence; }
    EvidenceViewer *viewer() const { return m_viewer; }

Q_SIGNALS:
    void approveRequested();
    void rejectRequested();

private:
    QWidget *buildCasePage();
    void fillChecklist();
    void fillEvidence();
    void showEvidenceAt(int row);
    QString headerText(const QDateTime &now) const;
    QString historyText() const;

    std::optional<ReviewCase> m_case;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_history = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QListWidget *m_evidence = nullptr;
    EvidenceViewer *m_viewer = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace sales
