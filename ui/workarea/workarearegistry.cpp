// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workarearegistry.h"

#include <QAction>
#include <QListWidget>
#include <QStackedWidget>

namespace sales {

WorkAreaRegistry::WorkAreaRegistry(QWidget *parent)
    : QObject(parent), m_navigation(new QListWidget(parent)), m_stack(new QStackedWidget(parent))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("工作区导航"));
    m_stack->setObjectName(QStringLiteral("workAreaStack"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!setCurrentIndex(row)) // an unavailable row cannot be current: stay where we were
            m_navigation->setCurrentRow(m_current);
    });
}

WorkAreaRegistry::~WorkAreaRegistry() = default;

void WorkAreaRegistry::add(WorkArea *area)
{
    Q_ASSERT(area && !find(area->id()));
    area->setParent(this);
    const int index = count();
    m_areas.push_back(area);
    auto *item = new QListWidgetItem(m_navigation);
    if (!area->isAvailable())
        item->setFlags(Qt::NoItemFlags);
    m_stack->addWidget(new QWidget(m_stack)); // a placeholder until the area is first shown

    auto *action = new QAction(this);
    action->setObjectName(QStringLiteral("area_%1").arg(area->id()));
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setEnabled(area->isAvailable());
    connect(action, &QAction::triggered, this, [this, index] { setCurrentIndex(index); });
    m_switch.append(action);

    updateTitle(area);
    connect(area, &WorkArea::titleChanged, this, [this, area] { updateTitle(area); });
    connect(area, &WorkArea::changedLocally, this,
            [this, area](const DataChange &change) { onLocalChange(area, change); });
}

void WorkAreaRegistry::updateTitle(WorkArea *area)
{
    const int index = int(std::find(m_areas.begin(), m_areas.end(), area) - m_areas.begin());
    const QString title = area->isAvailable() ? area->title() : tr("%1（即将推出）").arg(area->title());
    m_navigation->item(index)->setText(title);
    m_switch.at(index)->setText(index < 9 ? QStringLiteral("%1(&%2)").arg(title).arg(index + 1) : title);
}

WorkArea *WorkAreaRegistry::at(int index) const
{
    return index >= 0 && index < count() ? m_areas.at(std::size_t(index)) : nullptr;
}

WorkArea *WorkAreaRegistry::find(const QString &id) const
{
    for (WorkArea *area : m_areas) {
        if (area->id() == id)
            return area;
    }
    return nullptr;
}

bool WorkAreaRegistry::setCurrent(const QString &id)
{
    const auto it = std::find_if(m_areas.begin(), m_areas.end(), [&](WorkArea *a) { return a->id() == id; });
    return it != m_areas.end() && setCurrentIndex(int(it - m_areas.begin()));
}

bool WorkAreaRegistry::setCurrentIndex(int index)
{
    WorkArea *area = at(index);
    if (!area || !area->isAvailable())
        return false;
    if (index == m_current)
        return true;
    if (!area->isBuilt()) {
        QWidget *placeholder = m_stack->widget(index);
        m_stack->insertWidget(index, area->widget(m_stack));
        m_stack->removeWidget(placeholder);
        delete placeholder;
    }
    if (WorkArea *previous = current())
        previous->setCurrent(false);
    m_current = index;
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    area->setCurrent(true);
    Q_EMIT currentChanged(area);
    return true;
}

void WorkAreaRegistry::refreshAll(const DataChange &change)
{
    for (WorkArea *area : m_areas)
        area->refresh(change);
}

void WorkAreaRegistry::onLocalChange(WorkArea *from, const DataChange &change)
{
    for (WorkArea *area : m_areas) {
        if (area != from)
            area->refresh(change);
    }
    Q_EMIT changedLocally(change);
}

void WorkAreaRegistry::aboutToClose()
{
    for (WorkArea *area : m_areas)
        area->aboutToClose();
}

void WorkAreaRegistry::restoreWork()
{
    for (WorkArea *area : m_areas)
        area->restoreWork();
}

} // namespace sales
