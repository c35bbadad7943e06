// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/attachment.h"
#include "dialogs/draftdialog.h"
#include "domain/casestudy.h"
#include "domain/pipelinetemplate.h"
#include "workspace/result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sales {

class CasePicker;
class FilePicker;

// One filing of evidence against a requirement. Only the part for kind is set.
struct EvidenceSubmission
{
    QString leadId;
    QString requirementKey;
    EvidenceKind kind = EvidenceKind::FreeText;
    QStringList texts;              // FreeText: one concrete pain point each
    std::optional<Attachment> file; // File
    QString caseId;                 // CaseLink
    QString role;                   // Role: fixed by the requirement, e.g. 决策人
    QString personName;             // Role: who holds it
};

// 添加证据 for one requirement of the next stage; the form follows its kind:
// pain points one per line with a counter, a file with preview, a case to link,
// or the person holding a buying role.
class EvidenceDialog final : public DraftDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDialog)

public:
    // Called once per item (for FreeText once per line, in order); fieldErrors
    // "text", "file", "caseId", "personName" are shown in place. Lines already
    // filed leave the editor, so a retry never files them twice.
    using Submitter = std::function<Result(const EvidenceSubmission &submission)>;

    EvidenceDialog(const QString &leadId, const EvidenceRequirement &requirement, const QString &leadTitle,
                   QWidget *parent = nullptr);

    static QString draftKeyFor(const QString &leadId, const QString &requirementKey); // "evidence:<lead>:<req>"
    static QString kindNameFor(EvidenceKind kind); // "evidence-text", "-file", "-case", "-role"

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    // FreeText: items already filed for this requirement, for the counter.
    void setExistingCount(int count);
    // CaseLink: the cases to choose from.
    void setCases(const QList<CaseStudy> &cases);
    // File: as if picked or dropped; false with the reason in place when refused.
    bool setFile(const QString &path);
    void setMaxFileBytes(qint64 bytes);

    EvidenceRequirement requirement() const { return m_requirement; }
    // Once accepted, everything filed; before that, the form as it is now.
    EvidenceSubmission submission() const;
    QString counterText() const;
    bool hasFilePreview() const;

    QJsonObject toDraft() const override;

Q_SIGNALS:
    void submitted(const EvidenceSubmission &submission);

protected:
    void applyDraft(const QJsonObject &draft) override;
    void submit() override;

private:
    void buildTextForm(QFormLayout *form);
    void buildFileForm(QFormLayout *form);
    void buildCaseForm(QFormLayout *form);
    void buildRoleForm(QFormLayout *form);
    EvidenceSubmission current() const;
    QStringList typedLines() const;
    void updateCounter();
    bool submitLines(EvidenceSubmission &filed);

    QString m_leadId;
    EvidenceRequirement m_requirement;
    Submitter m_submitter;
    std::optional<EvidenceSubmission> m_filed;
    int m_existing = 0;
    QString m_restoredCaseId; // a draft may come back before the cases are set

    QPlainTextEdit *m_lines = nullptr; // FreeText
    QLabel *m_counter = nullptr;       // FreeText
    FilePicker *m_file = nullptr;      // File
    CasePicker *m_cases = nullptr;     // CaseLink
    QLineEdit *m_person = nullptr;     // Role
};

} // namespace sales
