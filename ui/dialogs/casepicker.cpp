// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/casepicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {

CasePicker::CasePicker(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"caseFilter"_s);
    m_filter->setPlaceholderText(tr("按名称、行业或内容筛选，↓ 进入列表"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"caseList"_s);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    setTabOrder(m_filter, m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &CasePicker::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &CasePicker::changed);
}

void CasePicker::setCases(const QList<CaseStudy> &cases)
{
    const QString selected = selectedCaseId();
    m_cases = cases;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const CaseStudy &study : cases) {
        auto *item = new QListWidgetItem(study.industry.isEmpty() ? study.title
                                                                  : study.title + u" · "_s + study.industry,
                                         m_list);
        item->setData(Qt::UserRole, study.id);
        item->setToolTip(study.result.isEmpty() ? study.background : study.result);
    }
    selectCase(selected);
    applyFilter();
}

QString CasePicker::selectedCaseId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void CasePicker::selectCase(const QString &caseId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == caseId && !caseId.isEmpty()) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->setCurrentRow(-1);
}

QString CasePicker::filterText() const
{
    return m_filter->text();
}

void CasePicker::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int CasePicker::visibleCount() const
{
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row)
        visible += m_list->item(row)->isHidden() ? 0 : 1;
    return visible;
}

void CasePicker::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count() && row < m_cases.size(); ++row) {
        const CaseStudy &study = m_cases.at(row);
        const auto has = [&needle](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); };
        const bool match = needle.isEmpty() || has(study.title) || has(study.industry) || has(study.background)
            || has(study.blocker) || has(study.actions) || has(study.result);
        m_list->item(row)->setHidden(!match);
    }
    Q_EMIT changed();
}

bool CasePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isHidden()) {
                m_list->setFocus(Qt::TabFocusReason);
                if (selectedCaseId().isEmpty())
                    m_list->setCurrentRow(row);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sales
