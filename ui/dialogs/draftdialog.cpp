// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/draftdialog.h"

#include "logging.h"
#include "workspace/leadservice.h"
#include "windowgeometry.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace sales {

DraftDialog::DraftDialog(QString draftKey, QString draftKind, QWidget *parent)
    : QDialog(parent), m_draftKey(std::move(draftKey)), m_draftKind(std::move(draftKind))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1000);
    connect(&m_autosave, &QTimer::timeout, this, &DraftDialog::saveDraft);
    windowgeometry::keepOnScreen(this); // once shown, inside a 1366×768 screen whatever the parent
    // A quit (session end, tray "退出") must not lose the last second of typing.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DraftDialog::flushDraft);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_draftProblem = new QLabel(this);
    m_draftProblem->setObjectName(u"draftProblem"_s);
    m_draftProblem->setStyleSheet(u"color: #c62828;"_s);
    m_draftProblem->setWordWrap(true);
    m_draftProblem->setVisible(false);
}

void DraftDialog::restoreDraft(const QJsonObject &draft)
{
    {
        QScopedValueRollback<bool> quiet(m_tracking, false);
        applyDraft(draft);
    }
    // What came back from a draft is input nobody has saved yet.
    m_edited = !draft.isEmpty();
}

void DraftDialog::flushDraft()
{
    if (m_autosave.isActive()) {
        m_autosave.stop();
        saveDraft();
    }
}

void DraftDialog::finishSetup()
{
    const QList<QPushButton *> buttons = findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    // The autosave line goes just above the submit problem line, wherever the subclass put that.
    if (auto *box = qobject_cast<QBoxLayout *>(layout())) {
        const int at = box->indexOf(m_problem);
        box->insertWidget(at < 0 ? box->count() : at, m_draftProblem);
    }
    m_tracking = true;
}

void DraftDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier) {
        if (auto *button = qobject_cast<QAbstractButton *>(focusWidget()); button && button->isEnabled())
            button->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

void DraftDialog::noteEdit()
{
    if (!m_tracking)
        return;
    m_edited = true;
    m_autosave.start();
}

void DraftDialog::saveDraft()
{
    if (!m_edited || result() == QDialog::Accepted)
        return;
    const QJsonObject draft = toDraft();
    if (m_saver) {
        const Result saved = m_saver(draft);
        noteDraftSaved(saved);
        if (!saved.ok)
            return; // the input stays in the fields and edits stay pending: the next save tries again
    }
    Q_EMIT draftSaved(draft);
}

void DraftDialog::noteDraftSaved(const Result &saved)
{
    if (saved.ok) {
        m_draftProblem->setVisible(false); // saving works again: the warning would be stale
        return;
    }
    if (m_draftFailureTold)
        return; // once per dialog: every keystroke must not say it again
    m_draftFailureTold = true;
    qCWarning(lcStorage) << "draft autosave failed:" << saved.message;
    m_draftProblem->setText(tr("草稿未能自动保存，已填写的内容仍在此窗口中，请尽快提交。"));
    m_draftProblem->setToolTip(saved.message);
    m_draftProblem->setVisible(true);
    growToFit();
}

QWidget *DraftDialog::addField(QFormLayout *form, const QString &label, const QString &field, QWidget *input,
                               QWidget *buddy)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(buddy ? buddy : input);
    QWidget *cell = m_fieldErrors.wrap(field, input, this);
    form->addRow(caption, cell);
    return cell;
}

QDialogButtonBox *DraftDialog::makeButtons(const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    ok->setToolTip(tr("Ctrl+Enter 提交"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DraftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DraftDialog::reject);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &DraftDialog::accept);
    }
    return buttons;
}

void DraftDialog::accept()
{
    if (m_question)
        return;
    m_fieldErrors.clear();
    showProblem({});
    submit();
}

bool DraftDialog::takeResult(const Result &result)
{
    if (result.ok)
        return true;
    // result.message repeats the field messages as one sentence; once they stand next
    // to their fields it would only say everything twice.
    const QStringList unplaced = m_fieldErrors.show(result.fieldErrors);
    const bool placed = unplaced.size() < result.fieldErrors.size();
    QString general = unplaced.join(u'\n');
    if (!placed && general.isEmpty())
        general = result.message.isEmpty() ? tr("保存失败，请稍后再试。") : result.message;
    showProblem(general);
    return false;
}

void DraftDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    growToFit();
}

void DraftDialog::showFieldMessage(const QString &field, const QString &text)
{
    m_fieldErrors.set(field, text);
    growToFit();
}

void DraftDialog::growToFit()
{
    // A top-level window does not grow for wrapped lines that appear after it is
    // shown; without this the messages squeeze the fields they explain.
    if (!layout() || !isVisible())
        return;
    const int needed = qMax(layout()->totalHeightForWidth(width()), layout()->totalMinimumSize().height());
    if (needed > height()) { // but never past the bottom of a small screen
        resize(windowgeometry::fittingSize(this, {width(), needed}));
        windowgeometry::keepOnScreen(this);
    }
}

void DraftDialog::finishAccepted()
{
    m_autosave.stop();
    m_edited = false;
    QDialog::accept();
}

void DraftDialog::reject()
{
    if (!m_edited || !m_askBeforeDiscard) {
        discard();
        return;
    }
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), tr("放弃已填写的内容？"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardQuestion"_s);
    box->setInformativeText(tr("放弃后，这次填写的内容不会保存，草稿也会删除。"));
    QAbstractButton *discardButton = box->button(QMessageBox::Discard);
    discardButton->setText(tr("放弃(&D)"));
    box->button(QMessageBox::Cancel)->setText(tr("继续填写(&C)"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discardButton] {
        m_question = nullptr;
        if (box->clickedButton() == discardButton)
            discard();
    });
    m_question = box;
    box->open();
    Q_EMIT discardQuestionShown();
}

QMessageBox *DraftDialog::discardQuestion() const
{
    return m_question.data();
}

void DraftDialog::discard()
{
    m_autosave.stop();
    m_edited = false;
    QDialog::reject();
}

} // namespace sales
