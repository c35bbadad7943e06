// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/evidencedialog.h"

#include "dialogs/casepicker.h"
#include "dialogs/filepicker.h"
#include "domain/labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {

EvidenceDialog::EvidenceDialog(const QString &leadId, const EvidenceRequirement &requirement,
                               const QString &leadTitle, QWidget *parent)
    : DraftDialog(draftKeyFor(leadId, requirement.key), kindNameFor(requirement.kind), parent), m_leadId(leadId),
      m_requirement(requirement)
{
    setWindowTitle(tr("添加证据：%1").arg(requirement.label));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("「%1」进入下一阶段需要：%2（%3）")
                                 .arg(leadTitle, requirement.label, evidenceKindLabel(requirement.kind)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QString rule = requirement.hint;
    if (requirement.kind == EvidenceKind::FreeText)
        rule += (rule.isEmpty() ? QString() : u"\n"_s) + tr("每行一条，每条至少 %1 个字。").arg(requirement.minTextLength);
    if (!rule.isEmpty()) {
        auto *hint = new QLabel(rule, this);
        hint->setObjectName(u"ruleHint"_s);
        hint->setWordWrap(true);
        hint->setStyleSheet(u"color: #616161;"_s);
        layout->addWidget(hint);
    }
    auto *form = new QFormLayout;
    switch (requirement.kind) {
    case EvidenceKind::FreeText: buildTextForm(form); break;
    case EvidenceKind::File: buildFileForm(form); break;
    case EvidenceKind::CaseLink: buildCaseForm(form); break;
    case EvidenceKind::Role: buildRoleForm(form); break;
    }
    layout->addLayout(form, 1);
    layout->addWidget(problemLabel());
    QDialogButtonBox *buttons = makeButtons(tr("提交证据"));
    layout->addWidget(buttons);
    QWidget *last = m_person;
    if (m_lines)
        last = m_lines;
    else if (m_file)
        last = m_file->chooseButton();
    else if (m_cases)
        last = m_cases->list();
    setTabOrder(last, buttons->button(QDialogButtonBox::Ok));
    setTabOrder(buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel));
    finishSetup();
}

QString EvidenceDialog::draftKeyFor(const QString &leadId, const QString &requirementKey)
{
    return u"evidence:"_s + leadId + u':' + requirementKey;
}

QString EvidenceDialog::kindNameFor(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::FreeText: return u"evidence-text"_s;
    case EvidenceKind::File: return u"evidence-file"_s;
    case EvidenceKind::CaseLink: return u"evidence-case"_s;
    case EvidenceKind::Role: return u"evidence-role"_s;
    }
    return u"evidence"_s;
}

void EvidenceDialog::buildTextForm(QFormLayout *form)
{
    m_lines = new QPlainTextEdit(this);
    m_lines->setTabChangesFocus(true);
    m_lines->setPlaceholderText(tr("每行写一个具体的痛点，例如：\n现有设备每月停机 3 次，每次损失约 2 万元"));
    QWidget *cell = addField(form, tr("痛点(&T)："), u"text"_s, m_lines);
    m_counter = new QLabel(cell);
    m_counter->setObjectName(u"counter"_s);
    cell->layout()->addWidget(m_counter);
    connect(m_lines, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        noteEdit();
    });
    updateCounter();
    m_lines->setFocus();
}

void EvidenceDialog::buildFileForm(QFormLayout *form)
{
    m_file = new FilePicker(this);
    addField(form, tr("文件："), u"file"_s, m_file, m_file->chooseButton());
    for (const QString &name : {u"data"_s, u"fileName"_s, u"mimeType"_s, u"blob"_s})
        fieldErrors().alias(name, u"file"_s);
    connect(m_file, &FilePicker::changed, this, &EvidenceDialog::noteEdit);
    connect(m_file, &FilePicker::refused, this,
            [this](const QString &message) { showFieldMessage(u"file"_s, message); });
    m_file->chooseButton()->setFocus();
}

void EvidenceDialog::buildCaseForm(QFormLayout *form)
{
    m_cases = new CasePicker(this);
    addField(form, tr("相似战例(&C)："), u"caseId"_s, m_cases, m_cases->filterBox());
    fieldErrors().alias(u"case"_s, u"caseId"_s);
    connect(m_cases, &CasePicker::changed, this, &EvidenceDialog::noteEdit);
    m_cases->filterBox()->setFocus();
}

void EvidenceDialog::buildRoleForm(QFormLayout *form)
{
    auto *role = new QLabel(m_requirement.role, this);
    role->setObjectName(u"roleLabel"_s);
    form->addRow(tr("角色："), role);
    m_person = new QLineEdit(this);
    m_person->setPlaceholderText(tr("如 王建国（采购总监）"));
    addField(form, tr("姓名(&N)："), u"personName"_s, m_person);
    fieldErrors().alias(u"text"_s, u"personName"_s);
    fieldErrors().alias(u"role"_s, u"personName"_s);
    connect(m_person, &QLineEdit::textChanged, this, &EvidenceDialog::noteEdit);
    m_person->setFocus();
}

void EvidenceDialog::setExistingCount(int count)
{
    m_existing = count;
    updateCounter();
}

void EvidenceDialog::setCases(const QList<CaseStudy> &cases)
{
    if (!m_cases)
        return;
    m_cases->setCases(cases);
    if (!m_restoredCaseId.isEmpty())
        m_cases->selectCase(m_restoredCaseId);
}

bool EvidenceDialog::setFile(const QString &path)
{
    return m_file && m_file->setFile(path);
}

void EvidenceDialog::setMaxFileBytes(qint64 bytes)
{
    if (m_file)
        m_file->setMaxBytes(bytes);
}

bool EvidenceDialog::hasFilePreview() const
{
    return m_file && m_file->hasPreview();
}

QStringList EvidenceDialog::typedLines() const
{
    QStringList lines;
    if (!m_lines)
        return lines;
    const QStringList raw = m_lines->toPlainText().split(u'\n');
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QString EvidenceDialog::counterText() const
{
    return m_counter ? m_counter->text() : QString();
}

void EvidenceDialog::updateCounter()
{
    if (!m_counter)
        return;
    const qsizetype have = m_existing + typedLines().size();
    m_counter->setText(tr("已有 %1 / 需要 %2").arg(have).arg(m_requirement.minCount));
    m_counter->setStyleSheet(have >= m_requirement.minCount ? u"color: #2e7d32;"_s : u"color: #b26a00;"_s);
}

EvidenceSubmission EvidenceDialog::current() const
{
    EvidenceSubmission submission;
    submission.leadId = m_leadId;
    submission.requirementKey = m_requirement.key;
    submission.kind = m_requirement.kind;
    submission.texts = typedLines();
    if (m_file)
        submission.file = m_file->file();
    if (m_cases)
        submission.caseId = m_cases->selectedCaseId();
    if (m_person) {
        submission.role = m_requirement.role;
        submission.personName = m_person->text().trimmed();
    }
    return submission;
}

EvidenceSubmission EvidenceDialog::submission() const
{
    return m_filed ? *m_filed : current();
}

QJsonObject EvidenceDialog::toDraft() const
{
    // Lead and requirement travel along, so a restore after a crash knows where it belongs.
    QJsonObject draft{{u"leadId"_s, m_leadId}, {u"requirementKey"_s, m_requirement.key}};
    if (m_lines)
        draft.insert(u"text"_s, m_lines->toPlainText());
    if (m_file && m_file->file())
        draft.insert(u"file"_s, attachmentToDraft(*m_file->file()));
    if (m_cases) {
        draft.insert(u"caseId"_s, m_cases->selectedCaseId());
        draft.insert(u"filter"_s, m_cases->filterText());
    }
    if (m_person)
        draft.insert(u"personName"_s, m_person->text());
    return draft;
}

void EvidenceDialog::applyDraft(const QJsonObject &draft)
{
    if (m_lines)
        m_lines->setPlainText(draft.value(u"text"_s).toString());
    const QJsonObject file = draft.value(u"file"_s).toObject();
    if (m_file && !file.isEmpty() && !m_file->setFile(attachmentPathFromDraft(file))) {
        showFieldMessage(u"file"_s,
                          tr("文件「%1」已不在原来的位置，请重新选择。").arg(attachmentNameFromDraft(file)));
    }
    if (m_cases) {
        m_cases->setFilterText(draft.value(u"filter"_s).toString());
        m_restoredCaseId = draft.value(u"caseId"_s).toString();
        m_cases->selectCase(m_restoredCaseId);
    }
    if (m_person)
        m_person->setText(draft.value(u"personName"_s).toString());
}

bool EvidenceDialog::submitLines(EvidenceSubmission &filed)
{
    QStringList remaining = typedLines();
    // Nothing typed still goes to the service, which says what is missing.
    const bool empty = remaining.isEmpty();
    if (empty)
        remaining.append(QString());
    while (!remaining.isEmpty()) {
        EvidenceSubmission one = filed;
        one.texts = {remaining.constFirst()};
        const Result result = m_submitter(one);
        if (!result.ok) {
            if (!filed.texts.isEmpty()) {
                m_existing += int(filed.texts.size());
                m_lines->setPlainText(remaining.join(u'\n'));
            }
            takeResult(result);
            return false;
        }
        if (!empty)
            filed.texts.append(remaining.constFirst());
        remaining.removeFirst();
        Q_EMIT submitted(one);
    }
    return true;
}

void EvidenceDialog::submit()
{
    EvidenceSubmission filed = current();
    if (m_submitter && m_requirement.kind == EvidenceKind::FreeText) {
        filed.texts.clear();
        if (!submitLines(filed))
            return;
    } else if (m_submitter) {
        if (!takeResult(m_submitter(filed)))
            return;
        Q_EMIT submitted(filed);
    } else {
        Q_EMIT submitted(filed);
    }
    m_filed = std::move(filed);
    finishAccepted();
}

} // namespace sales
