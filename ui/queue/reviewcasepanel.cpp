// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcasepanel.h"

#include "evidenceviewer.h"
#include "format.h"
#include "reviewqueuemodel.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sales {

namespace {

QString kindText(ReviewDecisionKind kind)
{
    switch (kind) {
    case ReviewDecisionKind::Approve: return ReviewCasePanel::tr("通过");
    case ReviewDecisionKind::Reject: return ReviewCasePanel::tr("驳回");
    case ReviewDecisionKind::Escalate: return ReviewCasePanel::tr("超时升级给区域经理");
    case ReviewDecisionKind::AutoReject: return ReviewCasePanel::tr("超时自动驳回");
    case ReviewDecisionKind::Comment: return ReviewCasePanel::tr("意见（该轮已有结论后提交）");
    }
    return {};
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ReviewCasePanel::ReviewCasePanel(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("reviewCaseMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);
    m_stack->addWidget(buildCasePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showMessage(tr("队列中没有选中的事项"));
}

ReviewCasePanel::~ReviewCasePanel() = default;

QWidget *ReviewCasePanel::buildCasePage()
{
    auto *page = new QWidget(m_stack);
    m_header = new QLabel(page);
    m_header->setObjectName(QStringLiteral("reviewCaseHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_history = new QLabel(page);
    m_history->setObjectName(QStringLiteral("reviewCaseHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);

    auto *split = new QSplitter(Qt::Horizontal, page);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading(tr("审核清单"), left));
    m_checklist = new QTreeWidget(left);
    m_checklist->setObjectName(QStringLiteral("reviewChecklist"));
    m_checklist->setColumnCount(1);
    m_checklist->setHeaderHidden(true);
    m_checklist->setWordWrap(true);
    m_checklist->setUniformRowHeights(false);
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checklist->setAccessibleName(tr("审核清单"));
    leftLayout->addWidget(m_checklist, 3);
    leftLayout->addWidget(heading(tr("证据"), left));
    m_evidence = new QListWidget(left);
    m_evidence->setObjectName(QStringLiteral("reviewEvidence"));
    m_evidence->setAccessibleName(tr("证据"));
    m_evidence->setWordWrap(true);
    leftLayout->addWidget(m_evidence, 2);
    m_viewer = new EvidenceViewer(split);
    split->addWidget(left);
    split->addWidget(m_viewer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    connect(m_evidence, &QListWidget::currentRowChanged, this, &ReviewCasePanel::showEvidenceAt);

    m_reason = new QPlainTextEdit(page);
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setPlaceholderText(tr("驳回原因（驳回时必填，销售据此补充证据）"));
    m_reason->setAccessibleName(tr("驳回原因"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->hide();
    m_approve = new QPushButton(tr("通过 (Ctrl+Enter)"), page);
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_reject = new QPushButton(tr("驳回 (Ctrl+Shift+R)"), page);
    m_reject->setObjectName(QStringLiteral("reviewReject"));
    connect(m_approve, &QPushButton::clicked, this, &ReviewCasePanel::approveRequested);
    connect(m_reject, &QPushButton::clicked, this, &ReviewCasePanel::rejectRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_header);
    layout->addWidget(m_history);
    layout->addWidget(split, 1);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    return page;
}

void ReviewCasePanel::showMessage(const QString &text)
{
    m_case.reset();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ReviewCasePanel::showCase(const ReviewCase &reviewCase, const QDateTime &now)
{
    const bool sameItem = m_case && m_case->entry.row.item.id == reviewCase.entry.row.item.id;
    m_case = reviewCase;
    if (!sameItem)
        clearReason();
    setError({});
    m_header->setText(headerText(now));
    m_history->setText(historyText());
    m_history->setVisible(!m_history->text().isEmpty());
    fillChecklist();
    fillEvidence();
    m_stack->setCurrentIndex(1);
}

void ReviewCasePanel::updateDeadline(const QDateTime &now)
{
    if (m_case)
        m_header->setText(headerText(now));
}

QString ReviewCasePanel::itemId() const
{
    return m_case ? m_case->entry.row.item.id : QString();
}

QString ReviewCasePanel::headerText(const QDateTime &now) const
{
    const ReviewQueueEntry &e = m_case->entry;
    const ReviewStatus &s = e.status;
    QStringList lines;
    lines << QStringLiteral("<b style='font-size:large'>%1</b>").arg(e.row.leadTitle.toHtmlEscaped());
    lines << tr("%1 · 销售 %2 · 进入「%3」待审核 · 第 %4 轮 · 提交于 %5")
                 .arg(e.row.accountName.toHtmlEscaped(), e.row.ownerName.toHtmlEscaped(), e.stageName.toHtmlEscaped())
                 .arg(s.round)
                 .arg(format::dateTime(e.row.item.submittedAt, now));
    const QString outcome = e.rule.onTimeout == ReviewTimeout::Escalate ? tr("超时将升级给区域经理")
                                                                         : tr("超时将自动驳回（超时未审核）");
    const bool late = now >= s.deadline;
    lines << QStringLiteral("<span style='color:%1'>%2</span>")
                 .arg(late ? QStringLiteral("#b01e1e") : QStringLiteral("#444444"),
                      tr("截止 %1 · %2 · %3")
                          .arg(format::dateTime(s.deadline, now), ReviewQueueModel::timeLeftText(s, now), outcome)
                          .toHtmlEscaped());
    if (s.state == ReviewState::Escalated)
        lines << tr("已超时升级，由区域经理决定。") + (s.provisional ? tr("（本机按同一规则推算，待同步确认）") : QString());
    if (s.approvalVoided)
        lines << QStringLiteral("<span style='color:#a85500'>%1</span>")
                     .arg(tr("批准之后证据有变更（新增、替换或删除），原批准已失效，请按现在的证据重新审核。"));
    return lines.join(QStringLiteral("<br>"));
}

QString ReviewCasePanel::historyText() const
{
    QStringList lines;
    const QDateTime now = m_case->entry.row.item.submittedAt;
    for (const ReviewDecision &d : m_case->decisions) {
        const QString who = d.decidedBy.isEmpty() ? tr("系统") : m_case->deciderNames.value(d.decidedBy, d.decidedBy);
        QString line = tr("第 %1 轮 · %2 · %3 %4").arg(d.round).arg(format::dateTime(d.decidedAt, now), who, kindText(d.kind));
        if (!d.reason.isEmpty())
            line += tr("：%1").arg(d.reason);
        lines << line.toHtmlEscaped();
    }
    if (lines.isEmpty())
        return {};
    return tr("<b>审核记录</b><br>") + lines.join(QStringLiteral("<br>"));
}

void ReviewCasePanel::fillChecklist()
{
    m_checklist->clear();
    const QList<ChecklistItem> &items = m_case->entry.rule.checklist;
    for (int i = 0; i < items.size(); ++i) {
        const ChecklistItem &item = items.at(i);
        const PreCheckResult check = i < m_case->checks.size() ? m_case->checks.at(i) : PreCheckResult{};
        auto *row = new QTreeWidgetItem(m_checklist);
        row->setData(0, Qt::UserRole, item.key);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(0, check.passed() ? Qt::Checked : Qt::Unchecked);
        QString result;
        if (!check.automatic) {
            result = tr("请人工确认后勾选");
        } else if (check.passed()) {
            result = tr("✓ 自动检查找到 %1 处").arg(check.hits.size());
            row->setForeground(0, QBrush(QColor(0x1e, 0x6a, 0x2c)));
            for (const PreCheckHit &hit : check.hits) {
                auto *child = new QTreeWidgetItem(row);
                child->setText(0, tr("“%1” · %2：%3").arg(hit.keyword, hit.source, hit.excerpt));
                child->setToolTip(0, child->text(0));
            }
            row->setExpanded(true);
        } else {
            result = tr("⚠ 未找到：%1").arg(item.keywords.join(QStringLiteral("、")));
            row->setForeground(0, QBrush(QColor(0xb0, 0x1e, 0x1e)));
        }
        row->setText(0, tr("%1 — %2").arg(item.text, result));
        row->setData(0, Qt::UserRole + 1, item.text);
        row->setToolTip(0, row->text(0));
    }
}

void ReviewCasePanel::fillEvidence()
{
    m_evidence->clear();
    m_viewer->clear();
    // What came after the approval it voided is marked, so the change is seen.
    QDateTime approvedAt;
    if (m_case->entry.status.approvalVoided) {
        for (const ReviewDecision &d : m_case->decisions) {
            if (d.kind == ReviewDecisionKind::Approve && d.round == m_case->entry.status.round)
                approvedAt = d.decidedAt;
        }
    }
    const QLocale locale;
    for (const EvidenceItem &e : m_case->detail.evidence) {
        const QString label = evidenceRequirementLabel(m_case->detail.pipeline, e.requirementKey);
        QString text;
        switch (e.kind) {
        case EvidenceKind::FreeText: text = tr("%1 · %2").arg(label, e.text); break;
        case EvidenceKind::Role: text = tr("%1 · %2：%3").arg(label, e.role, e.text); break;
        case EvidenceKind::CaseLink: text = tr("%1 · 案例：%2").arg(label, m_case->caseTitles.value(e.caseId, e.caseId)); break;
        case EvidenceKind::File: {
            const qint64 size = m_case->fileSizes.value(e.blobSha256, -1);
            text = tr("%1 · 文件 %2（%3）")
                       .arg(label, e.fileName, size >= 0 ? locale.formattedDataSize(size) : tr("未同步"));
            break;
        }
        }
        if (approvedAt.isValid() && e.createdAt > approvedAt)
            text = tr("［批准后新增］%1").arg(text);
        auto *row = new QListWidgetItem(text, m_evidence);
        row->setToolTip(text);
    }
    if (m_evidence->count() > 0)
        m_evidence->setCurrentRow(0);
}

void ReviewCasePanel::showEvidenceAt(int row)
{
    if (!m_case || row < 0 || row >= m_case->detail.evidence.size()) {
        m_viewer->clear();
        return;
    }
    const EvidenceItem &e = m_case->detail.evidence.at(row);
    const auto content = m_case->files.constFind(e.blobSha256);
    m_viewer->showEvidence(e, evidenceRequirementLabel(m_case->detail.pipeline, e.requirementKey),
                           content == m_case->files.constEnd() ? nullptr : &content.value(),
                           m_case->fileSizes.value(e.blobSha256, -1), m_case->caseTitles.value(e.caseId));
}

QString ReviewCasePanel::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReviewCasePanel::clearReason()
{
    m_reason->clear();
}

QStringList ReviewCasePanel::uncheckedItems() const
{
    QStringList out;
    for (int i = 0; i < m_checklist->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_checklist->topLevelItem(i);
        if (row->checkState(0) != Qt::Checked)
            out << row->data(0, Qt::UserRole + 1).toString();
    }
    return out;
}

void ReviewCasePanel::focusReason()
{
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        const QStringList missing = uncheckedItems();
        if (!missing.isEmpty())
            m_reason->setPlainText(tr("未满足：%1。").arg(missing.join(QStringLiteral("；"))));
    }
    m_reason->setFocus(Qt::ShortcutFocusReason);
    m_reason->moveCursor(QTextCursor::End);
}

void ReviewCasePanel::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace sales
