// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewbox.h"

#include "format.h"
#include "workspace/leaddetail.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sales {

ReviewBox::ReviewBox(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("reviewBox"));
    setFrameShape(QFrame::StyledPanel);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scripts = new QTextBrowser(this);
    m_scripts->setObjectName(QStringLiteral("reviewScripts"));
    m_scripts->setAccessibleName(tr("话术包"));
    m_scripts->setMaximumHeight(160);
    m_resubmit = new QPushButton(tr("补充证据后重新提交审核(&S)"), this);
    m_resubmit->setObjectName(QStringLiteral("resubmitButton"));
    connect(m_resubmit, &QPushButton::clicked, this, &ReviewBox::resubmitRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_scripts);
    layout->addWidget(m_resubmit, 0, Qt::AlignLeft);
    clear();
}

void ReviewBox::clear()
{
    m_status->clear();
    m_scripts->clear();
    hide();
}

QString ReviewBox::statusText() const
{
    return m_status->text();
}

void ReviewBox::showReview(const LeadDetail &d, const QDateTime &now)
{
    if (!d.review || d.lead.status != LeadStatus::Open) {
        clear();
        return;
    }
    const LeadReview &r = *d.review;
    const ReviewStatus &s = r.status;
    QString text;
    QString color = QStringLiteral("#a85500");
    bool canResubmit = false;
    const QString when = s.decision ? format::dateTime(s.decision->decidedAt, now) : QString();
    const QString provisional = s.provisional ? tr("（本机按同一规则推算，待同步确认）") : QString();
    if (r.item.id.isEmpty()) {
        text = tr("「%1」需要主管审核，尚未提交。").arg(r.stageName);
        canResubmit = true;
    } else {
        switch (s.state) {
        case ReviewState::Pending: {
            const qint64 left = now.secsTo(s.deadline);
            const QString outcome = r.rule.onTimeout == ReviewTimeout::Escalate ? tr("超时将升级给区域经理")
                                                                                 : tr("超时将自动驳回");
            text = s.approvalVoided ? tr("批准之后证据有变更，原批准已失效，待主管重新审核（第 %1 轮）。").arg(s.round)
                                    : tr("待审核（第 %1 轮）：主管审核通过后才能推进。").arg(s.round);
            text += u'\n' + tr("截止 %1，%2；%3。").arg(format::dateTime(s.deadline, now),
                                                      left > 0 ? tr("还剩 %1").arg(format::duration(left))
                                                               : tr("已超时 %1").arg(format::duration(-left)),
                                                      outcome);
            break;
        }
        case ReviewState::Escalated:
            text = tr("已超时升级给区域经理，待其审核（第 %1 轮）。").arg(s.round) + provisional;
            break;
        case ReviewState::Approved:
            text = tr("审核已通过（%1，%2）。").arg(d.reviewDeciderName.isEmpty() ? tr("主管") : d.reviewDeciderName, when);
            color = QStringLiteral("#2e7d32");
            break;
        case ReviewState::Rejected: {
            const bool timedOut = s.decision && s.decision->kind == ReviewDecisionKind::AutoReject;
            const QString who = timedOut ? tr("系统") : (d.reviewDeciderName.isEmpty() ? tr("主管") : d.reviewDeciderName);
            text = tr("审核未通过（第 %1 轮，%2，%3）：%4").arg(s.round).arg(who, when, s.decision ? s.decision->reason : QString())
                 + provisional + u'\n' + tr("补充证据后重新提交，这是同一审核的下一轮。");
            color = QStringLiteral("#c62828");
            canResubmit = true;
            break;
        }
        }
    }
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
    QString html;
    for (const ScriptPack &p : r.scripts) {
        html += QStringLiteral("<p><b>%1</b>%2<br>%3</p>")
                    .arg(p.title.toHtmlEscaped(),
                         p.objection.isEmpty() ? QString() : QStringLiteral("　［%1］").arg(p.objection.toHtmlEscaped()),
                         p.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    if (!html.isEmpty())
        html = tr("<p><b>话术包</b>（「%1」阶段）</p>").arg(r.stageName.toHtmlEscaped()) + html;
    m_scripts->setHtml(html);
    m_scripts->setVisible(!html.isEmpty());
    m_resubmit->setVisible(canResubmit);
    m_resubmit->setText(r.item.id.isEmpty() ? tr("提交审核(&S)") : tr("补充证据后重新提交审核(&S)"));
    show();
}

} // namespace sales
