// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fielderrors.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QMessageBox;

namespace sales {

struct Result;

// A dialog whose typed input survives a crash or a kill: its fields go to a
// draft (toDraft) about a second after every edit, when the application quits
// and on flushDraft(); restoreDraft brings them back. Cancelling with input
// asks first, without a nested event loop. The caller stores the drafts under
// draftKey() (DraftStore) and removes the draft when the dialog finishes. When
// a draft cannot be written (a full disk) the dialog says so once, in a line of
// its own, and keeps everything typed.
class DraftDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftDialog)

public:
    // Answers whether the draft was written; a failure is told once, in the dialog.
    using DraftSaver = std::function<Result(const QJsonObject &draft)>;

    QString draftKey() const { return m_draftKey; }
    QString draftKind() const { return m_draftKind; }

    virtual QJsonObject toDraft() const = 0;
    void restoreDraft(const QJsonObject &draft);

    void setDraftSaver(DraftSaver saver) { m_saver = std::move(saver); }
    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }
    // Writes the draft now if edits are pending (e.g. before the main window closes).
    void flushDraft();

    bool hasUnsavedInput() const { return m_edited; }
    // Tests (and callers that ask elsewhere) can switch the discard question off.
    void setAskBeforeDiscard(bool ask) { m_askBeforeDiscard = ask; }
    QMessageBox *discardQuestion() const;

    // OK and Ctrl+Enter: the subclass submits; the dialog closes only on success.
    void accept() override;
    // Cancel, Esc and the window's close button: asks before throwing input away.
    void reject() override;

Q_SIGNALS:
    void draftSaved(const QJsonObject &draft);
    void discardQuestionShown();

protected:
    DraftDialog(QString draftKey, QString draftKind, QWidget *parent);

    virtual void applyDraft(const QJsonObject &draft) = 0;
    virtual void submit() = 0;

    // Connect every input's change signal here; ignored while building or restoring.
    void noteEdit();
    // Call at the end of the subclass constructor, once every field holds its
    // default: starts tracking edits, and makes plain Enter press only a focused
    // button, so a half-filled form is never sent by accident (Ctrl+Enter sends).
    void finishSetup();
    void keyPressEvent(QKeyEvent *event) override;
    // A form row: "label(&X)：" with input as buddy, the input wrapped with its error
    // line for field. buddy defaults to input (give it when input is a container).
    QWidget *addField(QFormLayout *form, const QString &label, const QString &field, QWidget *input,
                      QWidget *buddy = nullptr);
    // OK/Cancel row with the given OK text, wired to accept/reject; Ctrl+Enter accepts.
    QDialogButtonBox *makeButtons(const QString &okText);
    // The red line above the buttons for errors that belong to no single field.
    QLabel *problemLabel() const { return m_problem; }
    // The line saying autosave failed (hidden until it does); finishSetup places it.
    QLabel *draftProblemLabel() const { return m_draftProblem; }
    FieldErrors &fieldErrors() { return m_fieldErrors; }
    // True when the result is ok; otherwise shows its errors in place and keeps the dialog open.
    bool takeResult(const Result &result);
    void showProblem(const QString &text);
    // Grows the window when lines shown after it opened need more height.
    void growToFit();
    // One field's message outside a submit (a refused file, a lost attachment).
    void showFieldMessage(const QString &field, const QString &text);
    // Closes as accepted: no more autosaves, nothing left to ask about.
    void finishAccepted();

private:
    void saveDraft();
    void noteDraftSaved(const Result &saved);
    void discard();

    QString m_draftKey;
    QString m_draftKind;
    DraftSaver m_saver;
    QTimer m_autosave;
    FieldErrors m_fieldErrors;
    QLabel *m_problem = nullptr;
    QLabel *m_draftProblem = nullptr;
    bool m_draftFailureTold = false;
    QPointer<QMessageBox> m_question;
    bool m_tracking = false;
    bool m_edited = false;
    bool m_askBeforeDiscard = true;
};

} // namespace sales
