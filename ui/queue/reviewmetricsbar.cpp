// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewmetricsbar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sales {

namespace {

QString colorOf(MetricHealth health)
{
    switch (health) {
    case MetricHealth::Healthy: return QStringLiteral("#2e7d32");
    case MetricHealth::Low:
    case MetricHealth::High: return QStringLiteral("#c62828");
    case MetricHealth::NoData: break;
    }
    return QStringLiteral("#666666");
}

void setMetric(QLabel *label, const QString &name, const Rate &rate, MetricHealth health, const QString &range,
               const QString &formula)
{
    label->setText(ReviewMetricsBar::tr("%1 <b>%2</b>（%3）").arg(name, ReviewMetricsBar::rateText(rate), range));
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colorOf(health)));
    label->setToolTip(ReviewMetricsBar::tr("%1 = %2\n本期：%3 / %4").arg(name, formula).arg(rate.hits).arg(rate.total));
}

} // namespace

ReviewMetricsBar::ReviewMetricsBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewMetrics"));
    m_scope = new QLabel(this);
    m_firstPass = new QLabel(this);
    m_firstPass->setObjectName(QStringLiteral("firstPassRate"));
    m_onTime = new QLabel(this);
    m_onTime->setObjectName(QStringLiteral("onTimeUpgradeRate"));
    m_alerts = new QLabel(this);
    m_alerts->setObjectName(QStringLiteral("alertResponseRate"));
    m_perRep = new QToolButton(this);
    m_perRep->setText(tr("按销售…"));
    m_perRep->setEnabled(false);
    connect(m_perRep, &QToolButton::clicked, this, &ReviewMetricsBar::showPerRep);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_scope);
    layout->addWidget(m_firstPass);
    layout->addWidget(m_onTime);
    layout->addWidget(m_alerts);
    layout->addStretch(1);
    layout->addWidget(m_perRep);
    m_scope->setText(tr("近 30 天指标读取中…"));
}

QString ReviewMetricsBar::rateText(const Rate &rate)
{
    const std::optional<double> v = rate.value();
    return v ? QLocale().toString(*v * 100, 'f', 1) + QLatin1Char('%') : tr("无数据");
}

void ReviewMetricsBar::showReport(const ReviewMetricsReport &report, const QString &scopeName)
{
    m_report = report;
    m_scope->setText(tr("%1 · 近 30 天：").arg(scopeName));
    setMetric(m_firstPass, tr("一次通过率"), report.firstPass,
              metricHealth(report.firstPass, FirstPassLow, FirstPassHigh), tr("健康 65–78%"),
              tr("第一轮审核即通过的事项 ÷ 第一轮已有结论的事项（按结论时间计入本期；超时自动驳回算未通过，升级后由经理通过算通过）"));
    setMetric(m_onTime, tr("按时升级率"), report.onTimeUpgrade, metricHealth(report.onTimeUpgrade, OnTimeUpgradeLow),
              tr("健康 ≥ 85%"), tr("在阶段时限（slaHours）内推进到下一阶段的次数 ÷ 本期推进次数（回流与首次进入不计）"));
    m_alerts->setText(tr("预警响应率 <b>—</b>（健康 ≥ 90%）"));
    m_alerts->setStyleSheet(QStringLiteral("color: #666666;"));
    m_alerts->setToolTip(tr("预警响应率 = 48 小时内响应的预警 ÷ 本期预警。预警功能尚未上线，暂无数据。"));
    m_perRep->setEnabled(!report.reps.isEmpty());
}

void ReviewMetricsBar::showProblem(const QString &text)
{
    m_report.reset();
    m_scope->setText(tr("指标无法读取：%1").arg(text));
    for (QLabel *l : {m_firstPass, m_onTime, m_alerts})
        l->clear();
    m_perRep->setEnabled(false);
}

QString ReviewMetricsBar::firstPassText() const
{
    return m_firstPass->text();
}

QString ReviewMetricsBar::onTimeText() const
{
    return m_onTime->text();
}

QString ReviewMetricsBar::alertText() const
{
    return m_alerts->text();
}

void ReviewMetricsBar::showPerRep()
{
    if (!m_report)
        return;
    QDialog dialog(window());
    dialog.setWindowTitle(tr("按销售的审核指标（近 30 天）"));
    auto *table = new QTableWidget(int(m_report->reps.size()), 3, &dialog);
    table->setObjectName(QStringLiteral("perRepMetrics"));
    table->setHorizontalHeaderLabels({tr("销售"), tr("一次通过率（健康 65–78%）"), tr("按时升级率（健康 ≥ 85%）")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int i = 0; i < m_report->reps.size(); ++i) {
        const ReviewMetricsRow &row = m_report->reps.at(i);
        table->setItem(i, 0, new QTableWidgetItem(row.ownerName));
        auto *fp = new QTableWidgetItem(tr("%1（%2/%3）").arg(rateText(row.firstPass)).arg(row.firstPass.hits).arg(row.firstPass.total));
        fp->setForeground(QColor(colorOf(metricHealth(row.firstPass, FirstPassLow, FirstPassHigh))));
        auto *ot = new QTableWidgetItem(
            tr("%1（%2/%3）").arg(rateText(row.onTimeUpgrade)).arg(row.onTimeUpgrade.hits).arg(row.onTimeUpgrade.total));
        ot->setForeground(QColor(colorOf(metricHealth(row.onTimeUpgrade, OnTimeUpgradeLow))));
        table->setItem(i, 1, fp);
        table->setItem(i, 2, ot);
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

} // namespace sales
