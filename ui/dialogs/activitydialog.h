// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "dialogs/attachment.h"
#include "dialogs/draftdialog.h"
#include "domain/activity.h"
#include "workspace/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace sales {

class AttachmentList;

// Everything the rep entered for one 跟进记录, plus how long entering took.
struct ActivityEntry
{
    QString leadId;
    ActivityKind kind = ActivityKind::Call;
    QDateTime happenedAt; // UTC; earlier than now when back-filled
    QString text;
    bool progress = false;
    QList<Attachment> attachments;
    int entrySeconds = 0; // from opening the dialog to saving, drafts included
};

// 记录跟进: kind, when it happened (now, or earlier when back-filled), what
// happened, whether it moved the deal, attachments. The time spent entering
// and the back-fill gap feed the authenticity rules, so both are shown honestly.
class ActivityDialog final : public DraftDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    using Submitter = std::function<Result(const ActivityEntry &entry)>;

    ActivityDialog(const QString &leadId, const QString &leadTitle, QWidget *parent = nullptr,
                   const Clock &clock = systemClock());

    static QString draftKeyFor(const QString &leadId); // "activity:<lead id>"
    static QString kindName();                         // "activity"

    // Called on OK; its fieldErrors ("kind", "happenedAt", "text", "attachments")
    // are shown in place. Without a submitter OK just closes and entry() is the result.
    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }

    // What was submitted once accepted; before that, the fields as they are now.
    ActivityEntry entry() const;
    // Adds files as attachments; refused ones (too big, unreadable) are named in place.
    void addAttachments(const QStringList &paths);
    QString backfillHint() const;

    QJsonObject toDraft() const override;

protected:
    void applyDraft(const QJsonObject &draft) override;
    void submit() override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ActivityEntry currentEntry() const;
    qint64 entryMilliseconds() const;
    void updateBackfillHint();

    const Clock &m_clock;
    QString m_leadId;
    Submitter m_submitter;
    std::optional<ActivityEntry> m_submitted;
    QElapsedTimer m_entryTimer;
    qint64 m_entryOffsetMs = 0; // time spent before a restored draft was saved
    bool m_shown = false;

    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLabel *m_backfill = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_progress = nullptr;
    AttachmentList *m_files = nullptr;
};

} // namespace sales
