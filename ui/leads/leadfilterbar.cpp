// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadfilterbar.h"

#include "flowlayout.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

QComboBox *comboBox(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QList<LeadFilterChoice> plainChoices(const QStringList &values)
{
    QList<LeadFilterChoice> choices;
    for (const QString &v : values)
        choices.append({v, v});
    return choices;
}

} // namespace

LeadFilterBar::LeadFilterBar(QWidget *parent) : QWidget(parent)
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"leadSearch"_s);
    m_search->setPlaceholderText(tr("搜索公司、联系人或电话"));
    m_search->setAccessibleName(tr("搜索线索"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    m_stage = comboBox(u"stageFilter"_s, tr("阶段筛选"), this);
    m_sla = comboBox(u"slaFilter"_s, tr("时限筛选"), this);
    m_industry = comboBox(u"industryFilter"_s, tr("行业筛选"), this);
    m_region = comboBox(u"regionFilter"_s, tr("区域筛选"), this);
    m_source = comboBox(u"sourceFilter"_s, tr("来源筛选"), this);
    m_sla->addItem(tr("全部"), int(LeadFilter::Sla::Any));
    m_sla->addItem(tr("即将到期或超时"), int(LeadFilter::Sla::DueOrOverdue));
    m_sla->addItem(tr("已超时"), int(LeadFilter::Sla::Overdue));
    m_sla->addItem(tr("已冻结"), int(LeadFilter::Sla::Frozen));
    setChoices({});

    auto *layout = new FlowLayout(this); // the filters wrap below the search in a narrow pane
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    for (QComboBox *box : {m_stage, m_sla, m_industry, m_region, m_source}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &LeadFilterBar::emitIfChanged);
    }

    connect(m_debounce, &QTimer::timeout, this, &LeadFilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LeadFilterBar::emitIfChanged);
}

LeadFilterBar::LeadFilterBar(const QSqlDatabase &db, QWidget *parent) : LeadFilterBar(parent)
{
    setChoices(LeadQuery(db).filterChoices());
}

void LeadFilterBar::fill(QComboBox *box, const QString &allText, const QList<LeadFilterChoice> &choices)
{
    const QString current = box->currentData().toString();
    const QString currentTemplate = box->currentData(TemplateRole).toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    int keep = 0;
    for (const LeadFilterChoice &c : choices) {
        box->addItem(c.name, c.key);
        box->setItemData(box->count() - 1, c.templateId, TemplateRole);
        if (!current.isEmpty() && c.key == current && c.templateId == currentTemplate)
            keep = box->count() - 1;
    }
    box->setCurrentIndex(keep);
}

void LeadFilterBar::setChoices(const LeadFilterChoices &choices)
{
    fill(m_stage, tr("全部阶段"), choices.stages);
    fill(m_industry, tr("全部行业"), plainChoices(choices.industries));
    fill(m_region, tr("全部区域"), choices.regions);
    fill(m_source, tr("全部来源"), plainChoices(choices.sources));
    emitIfChanged(); // a choice that disappeared has gone back to 全部
}

LeadFilter LeadFilterBar::filter() const
{
    LeadFilter f;
    f.search = m_search->text().simplified();
    if (const QString stage = m_stage->currentData().toString(); !stage.isEmpty()) {
        f.stageKeys = {stage};
        f.templateId = m_stage->currentData(TemplateRole).toString();
    }
    f.sla = LeadFilter::Sla(m_sla->currentData().toInt());
    f.industry = m_industry->currentData().toString();
    f.regionId = m_region->currentData().toString();
    f.source = m_source->currentData().toString();
    return f;
}

void LeadFilterBar::clear()
{
    for (QComboBox *box : {m_stage, m_sla, m_industry, m_region, m_source}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    emitIfChanged();
}

void LeadFilterBar::emitIfChanged()
{
    m_debounce->stop();
    const LeadFilter f = filter();
    if (f == m_emitted)
        return;
    m_emitted = f;
    Q_EMIT filterChanged(f);
}

} // namespace sales
