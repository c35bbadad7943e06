// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/activitydialog.h"

#include "dialogs/attachmentlist.h"
#include "domain/labels.h"
#include "storage/enumcodec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

constexpr ActivityKind kKinds[] = {ActivityKind::Call,    ActivityKind::Visit,        ActivityKind::Meeting,
                                   ActivityKind::Message, ActivityKind::MaterialSent, ActivityKind::Demo};
constexpr qint64 kBackfillSeconds = 24 * 3600;

// Tab goes to the next field, not through year, month, day, hour and minute:
// "now" is the usual answer. Left/Right still move between the sections.
class DateTimeField final : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

ActivityDialog::ActivityDialog(const QString &leadId, const QString &leadTitle, QWidget *parent, const Clock &clock)
    : DraftDialog(draftKeyFor(leadId), kindName(), parent), m_clock(clock), m_leadId(leadId)
{
    m_entryTimer.start();
    setWindowTitle(tr("记录跟进"));
    setMinimumWidth(460);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("为「%1」记录一次跟进。").arg(leadTitle), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (ActivityKind kind : kKinds)
        m_kind->addItem(activityKindLabel(kind), codec::toCode(kind));
    addField(form, tr("方式(&K)："), u"kind"_s, m_kind);

    const QDateTime now = m_clock.now().toLocalTime();
    m_when = new DateTimeField(now, this);
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(now);
    m_when->setDisplayFormat(tr("yyyy年M月d日 HH:mm", "QDateTimeEdit display format"));
    QWidget *whenCell = addField(form, tr("发生时间(&T)："), u"happenedAt"_s, m_when);
    m_backfill = new QLabel(whenCell);
    m_backfill->setObjectName(u"backfillHint"_s);
    m_backfill->setStyleSheet(u"color: #b26a00;"_s);
    m_backfill->setVisible(false);
    whenCell->layout()->addWidget(m_backfill);

    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("客户说了什么、确认了什么、下一步做什么。"));
    addField(form, tr("内容(&N)："), u"text"_s, m_text);

    m_progress = new QCheckBox(tr("有实质进展(&P)"), this);
    m_progress->setToolTip(tr("客户确认了需求、预算、时间或决策人等新信息，而不只是“已沟通”。"));
    form->addRow(QString(), fieldErrors().wrap(u"progress"_s, m_progress, this));

    m_files = new AttachmentList(this);
    addField(form, tr("附件(&A)："), u"attachments"_s, m_files, m_files->list());
    layout->addLayout(form);

    layout->addWidget(problemLabel());
    QDialogButtonBox *buttons = makeButtons(tr("保存记录"));
    layout->addWidget(buttons);

    setTabOrder(m_kind, m_when);
    setTabOrder(m_when, m_text);
    setTabOrder(m_text, m_progress);
    setTabOrder(m_progress, m_files->list());
    setTabOrder(m_files->list(), m_files->addButton());
    setTabOrder(m_files->addButton(), m_files->removeButton());
    setTabOrder(m_files->removeButton(), buttons->button(QDialogButtonBox::Ok));
    setTabOrder(buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityDialog::noteEdit);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateBackfillHint();
        noteEdit();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &ActivityDialog::noteEdit);
    connect(m_progress, &QCheckBox::toggled, this, &ActivityDialog::noteEdit);
    connect(m_files, &AttachmentList::changed, this, &ActivityDialog::noteEdit);
    connect(m_files, &AttachmentList::refused, this,
            [this](const QString &message) { showFieldMessage(u"attachments"_s, message); });
    m_kind->setFocus();
    finishSetup();
}

QString ActivityDialog::draftKeyFor(const QString &leadId)
{
    return u"activity:"_s + leadId;
}

QString ActivityDialog::kindName()
{
    return u"activity"_s;
}

ActivityEntry ActivityDialog::entry() const
{
    return m_submitted ? *m_submitted : currentEntry();
}

ActivityEntry ActivityDialog::currentEntry() const
{
    ActivityEntry entry;
    entry.leadId = m_leadId;
    entry.kind = codec::activityKind(m_kind->currentData().toString()).value_or(ActivityKind::Call);
    entry.happenedAt = m_when->dateTime().toUTC();
    entry.text = m_text->toPlainText().trimmed();
    entry.progress = m_progress->isChecked();
    entry.attachments = m_files->attachments();
    entry.entrySeconds = int(qMax<qint64>(1, (entryMilliseconds() + 999) / 1000));
    return entry;
}

qint64 ActivityDialog::entryMilliseconds() const
{
    return m_entryOffsetMs + m_entryTimer.elapsed();
}

QString ActivityDialog::backfillHint() const
{
    return m_backfill->isHidden() ? QString() : m_backfill->text();
}

void ActivityDialog::updateBackfillHint()
{
    const qint64 ago = m_when->dateTime().secsTo(m_clock.now());
    const bool backfilled = ago > kBackfillSeconds;
    m_backfill->setText(backfilled ? tr("补录：将记录为 %1 天前发生").arg(ago / 86400) : QString());
    m_backfill->setVisible(backfilled);
    growToFit();
}

void ActivityDialog::addAttachments(const QStringList &paths)
{
    m_files->addFiles(paths);
}

void ActivityDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFilePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ActivityDialog::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFilePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addAttachments(paths);
}

void ActivityDialog::showEvent(QShowEvent *event)
{
    // Entry time runs from when the rep first sees the form, not from when it was built.
    if (!m_shown) {
        m_shown = true;
        m_entryTimer.restart();
        updateBackfillHint();
    }
    DraftDialog::showEvent(event);
}

QJsonObject ActivityDialog::toDraft() const
{
    return {
        {u"leadId"_s, m_leadId}, // so a restore after a crash knows where the dialog belongs
        {u"kind"_s, m_kind->currentData().toString()},
        {u"happenedAt"_s, m_when->dateTime().toUTC().toString(Qt::ISODate)},
        {u"text"_s, m_text->toPlainText()},
        {u"progress"_s, m_progress->isChecked()},
        {u"attachments"_s, m_files->toDraft()},
        {u"entryMs"_s, entryMilliseconds()},
    };
}

void ActivityDialog::applyDraft(const QJsonObject &draft)
{
    const int kindIndex = m_kind->findData(draft.value(u"kind"_s).toString());
    if (kindIndex >= 0)
        m_kind->setCurrentIndex(kindIndex);
    const QDateTime happened = QDateTime::fromString(draft.value(u"happenedAt"_s).toString(), Qt::ISODate);
    if (happened.isValid())
        m_when->setDateTime(happened.toLocalTime());
    m_text->setPlainText(draft.value(u"text"_s).toString());
    m_progress->setChecked(draft.value(u"progress"_s).toBool());
    const QStringList lost = m_files->restoreDraft(draft.value(u"attachments"_s).toArray());
    showFieldMessage(u"attachments"_s,
                      lost.isEmpty() ? QString()
                                     : tr("附件「%1」已不在原来的位置，请重新添加。").arg(lost.join(tr("」「"))));
    m_entryOffsetMs = qint64(draft.value(u"entryMs"_s).toDouble());
    m_entryTimer.restart();
    updateBackfillHint();
}

void ActivityDialog::submit()
{
    ActivityEntry entry = currentEntry();
    if (m_submitter && !takeResult(m_submitter(entry)))
        return;
    m_submitted = std::move(entry);
    finishAccepted();
}

} // namespace sales
