// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadview.h"

#include "domain/labels.h"
#include "flowlayout.h"
#include "format.h"
#include "reviewbox.h"
#include "stagebar.h"
#include "workspace/leaddetail.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sales {
namespace {

QListWidget *makeList(QWidget *parent, const QString &objectName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

} // namespace

LeadView::LeadView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("leadTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stageBar = new StageBar(this);
    m_stageBar->setObjectName(QStringLiteral("stageBar"));
    m_sla = new QLabel(this);
    m_sla->setObjectName(QStringLiteral("slaLabel"));
    m_sla->setWordWrap(true); // a 1366×768 laptop leaves the view some 400 px: wrap, never cut

    auto *actions = new FlowLayout; // wraps in a narrow pane instead of cutting a button
    m_advance = new QPushButton(this);
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    m_moveBack = new QPushButton(tr("退回(&B)…"), this);
    m_moveBack->setObjectName(QStringLiteral("moveBackButton"));
    m_logActivity = new QPushButton(tr("记录跟进(&L)…"), this);
    m_logActivity->setObjectName(QStringLiteral("logActivityButton"));
    m_gateNote = new QLabel(this);
    m_gateNote->setObjectName(QStringLiteral("gateNote"));
    m_gateNote->setWordWrap(true);
    m_review = new ReviewBox(this);
    connect(m_review, &ReviewBox::resubmitRequested, this, [this] { Q_EMIT resubmitRequested(m_leadId); });
    actions->addWidget(m_advance);
    actions->addWidget(m_moveBack);
    actions->addWidget(m_logActivity);
    connect(m_advance, &QPushButton::clicked, this, [this] { Q_EMIT advanceRequested(m_leadId); });
    connect(m_moveBack, &QPushButton::clicked, this, [this] { Q_EMIT moveBackRequested(m_leadId); });
    connect(m_logActivity, &QPushButton::clicked, this, [this] { Q_EMIT logActivityRequested(m_leadId); });

    m_missingBox = new QGroupBox(this);
    auto *missingLayout = new QVBoxLayout(m_missingBox);
    m_missing = makeList(m_missingBox, QStringLiteral("missingList"));
    m_missing->setSelectionMode(QAbstractItemView::SingleSelection);
    m_missing->setToolTip(tr("双击或按回车添加这一项证据"));
    missingLayout->addWidget(m_missing);
    auto addEvidence = [this](QListWidgetItem *item) {
        const QString key = item ? item->data(Qt::UserRole).toString() : QString();
        if (!key.isEmpty())
            Q_EMIT addEvidenceRequested(m_leadId, key);
    };
    connect(m_missing, &QListWidget::itemActivated, this, addEvidence);

    auto *evidenceBox = new QGroupBox(tr("已提交的证据"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    m_evidence = makeList(evidenceBox, QStringLiteral("evidenceList"));
    evidenceLayout->addWidget(m_evidence);

    m_activityBox = new QGroupBox(tr("跟进记录"), this);
    auto *activityLayout = new QVBoxLayout(m_activityBox);
    m_activities = makeList(m_activityBox, QStringLiteral("activityList"));
    activityLayout->addWidget(m_activities);

    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_stageBar);
    layout->addWidget(m_sla);
    layout->addLayout(actions);
    layout->addWidget(m_gateNote);
    layout->addWidget(m_review);
    layout->addWidget(m_missingBox, 2);
    layout->addWidget(evidenceBox, 2);
    layout->addWidget(m_activityBox, 3);
    showMessage(tr("请在左侧选择一条线索。"));
}

void LeadView::showMessage(const QString &message)
{
    m_leadId.clear();
    m_advance->setText(tr("推进阶段"));
    for (QPushButton *b : {m_advance, m_moveBack, m_logActivity})
        b->setEnabled(false);
    m_gateNote->clear();
    m_review->clear();
    m_title->setText(message);
    m_facts->clear();
    m_stageBar->setStages({}, -1);
    m_sla->clear();
    m_missingBox->setTitle(tr("进入下一阶段还需要"));
    m_missing->clear();
    m_evidence->clear();
    m_activities->clear();
}

void LeadView::showLead(const LeadDetail &d, const QDateTime &now)
{
    m_leadId = d.lead.id;
    m_title->setText(d.lead.title);
    QString facts = tr("客户：%1　联系人：%2 %3\n负责人：%4　预计金额：%5　来源：%6　行业：%7")
                        .arg(d.account.name, d.contact.name, d.contact.phone, d.ownerName,
                             format::money(d.lead.amountYuan), d.lead.source, d.lead.industry);
    if (d.backflows > 0)
        facts += tr("　阶段回流：%1 次").arg(d.backflows);
    m_facts->setText(facts);

    QStringList names;
    for (const StageDefinition &s : d.pipeline.stages)
        names.append(s.name);
    m_stageBar->setStages(names, d.pipeline.indexOf(d.lead.stageKey));

    const QString deadline = format::dateTime(d.sla.deadline, now);
    QString sla;
    QString color;
    switch (d.sla.state) {
    case SlaState::OnTrack:
        sla = tr("阶段时限：正常，还剩 %1（截止 %2）").arg(format::duration(d.sla.secondsLeft), deadline);
        color = QStringLiteral("#2e7d32");
        break;
    case SlaState::Due:
        sla = tr("阶段时限：即将到期，还剩 %1（截止 %2）").arg(format::duration(d.sla.secondsLeft), deadline);
        color = QStringLiteral("#ef6c00");
        break;
    case SlaState::Overdue:
    case SlaState::Frozen:
    case SlaState::Downgraded:
        sla = tr("阶段时限：%1，已超时 %2（截止 %3）")
                  .arg(slaStateLabel(d.sla.state), format::duration(d.sla.secondsLeft), deadline);
        color = QStringLiteral("#c62828");
        break;
    }
    m_sla->setText(sla);
    m_sla->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
    fillMissing(d);
    fillEvidence(d);
    fillActivities(d, now);
    fillActions(d);
    m_review->showReview(d, now);
}

void LeadView::fillActions(const LeadDetail &d)
{
    const StageDefinition *next = d.pipeline.nextStage(d.lead.stageKey);
    const bool open = d.lead.status == LeadStatus::Open;
    m_advance->setText(next ? tr("推进到「%1」").arg(next->name) : tr("已在最后阶段"));
    const QString reviewBlocker = ReviewService::advanceBlocker(d.review);
    m_advance->setEnabled(open && next && d.nextGate && d.nextGate->passed && reviewBlocker.isEmpty());
    m_moveBack->setEnabled(open && d.pipeline.indexOf(d.lead.stageKey) > 0);
    m_logActivity->setEnabled(true);
    if (next && d.nextGate && !d.nextGate->passed) {
        QStringList missing;
        for (const MissingEvidence &m : d.nextGate->missing)
            missing << describeMissing(m);
        m_gateNote->setText(tr("阶段锁：证据未齐，暂不能推进。还缺 %1 项。").arg(missing.size()));
        m_gateNote->setToolTip(missing.join(u'\n'));
        m_gateNote->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else if (next && !reviewBlocker.isEmpty()) {
        m_gateNote->setText(tr("阶段锁：证据已齐全，%1。").arg(reviewBlocker));
        m_gateNote->setToolTip({});
        m_gateNote->setStyleSheet(QStringLiteral("color: #a85500;"));
    } else {
        m_gateNote->setText(next ? tr("证据已齐全。") : QString());
        m_gateNote->setToolTip({});
        m_gateNote->setStyleSheet({});
    }
}

void LeadView::fillMissing(const LeadDetail &d)
{
    m_missing->clear();
    const StageDefinition *next = d.pipeline.nextStage(d.lead.stageKey);
    if (!next || !d.nextGate) {
        m_missingBox->setTitle(tr("已在最后阶段"));
        return;
    }
    m_missingBox->setTitle(tr("进入「%1」还需要").arg(next->name));
    for (const EvidenceRequirement &req : next->entryRequirements) {
        const auto it = std::find_if(d.nextGate->missing.cbegin(), d.nextGate->missing.cend(),
                                     [&req](const MissingEvidence &m) { return m.requirement.key == req.key; });
        auto *item = new QListWidgetItem(m_missing);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (it == d.nextGate->missing.cend()) {
            item->setText(tr("✓ %1：已齐全").arg(req.label));
            item->setForeground(QColor(0x2e, 0x7d, 0x32));
        } else {
            item->setText(QStringLiteral("✗ ") + describeMissing(*it));
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        item->setData(Qt::UserRole, req.key);
    }
    if (d.nextGate->passed)
        new QListWidgetItem(tr("证据已齐全，可以推进到「%1」。").arg(next->name), m_missing);
    for (int i = 0; i < m_missing->count(); ++i) // a narrow list elides the line
        m_missing->item(i)->setToolTip(m_missing->item(i)->text());
}

void LeadView::fillEvidence(const LeadDetail &d)
{
    m_evidence->clear();
    for (const EvidenceItem &e : d.evidence) {
        const StageDefinition *stage = d.pipeline.stage(e.stageKey);
        QString what;
        switch (e.kind) {
        case EvidenceKind::FreeText: what = e.text; break;
        case EvidenceKind::File: what = tr("文件：%1").arg(e.fileName); break;
        case EvidenceKind::CaseLink: what = tr("关联案例"); break;
        case EvidenceKind::Role: what = tr("%1：%2").arg(e.role, e.text); break;
        }
        auto *item = new QListWidgetItem(QStringLiteral("【%1】%2").arg(stage ? stage->name : e.stageKey, what), m_evidence);
        item->setToolTip(item->text());
    }
}

void LeadView::fillActivities(const LeadDetail &d, const QDateTime &now)
{
    m_activities->clear();
    m_activityBox->setTitle(tr("跟进记录（最近 %1 条）").arg(d.recentActivities.size()));
    for (const Activity &a : d.recentActivities) {
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(format::dateTime(a.happenedAt, now), activityKindLabel(a.kind), a.text);
        const qint64 lagHours = a.happenedAt.secsTo(a.enteredAt) / 3600;
        if (lagHours >= 24)
            line += tr("　［补录，晚 %1 天录入］").arg(lagHours / 24);
        if (const int files = d.attachmentCounts.value(a.id))
            line += tr("　［附件 %1 个］").arg(files);
        if (a.entrySeconds > 0 && a.entrySeconds < 40)
            line += tr("　［录入仅用 %1 秒］").arg(a.entrySeconds);
        auto *item = new QListWidgetItem(line, m_activities);
        item->setToolTip(line);
        if (!a.progress)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

} // namespace sales
