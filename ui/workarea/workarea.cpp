// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workarea.h"

#include <QWidget>

namespace sales {

WorkArea::WorkArea(QObject *parent) : QObject(parent) {}

WorkArea::~WorkArea() = default;

QWidget *WorkArea::widget(QWidget *parent)
{
    if (m_widget.isNull())
        m_widget = createWidget(parent);
    return m_widget;
}

void WorkArea::refresh(const DataChange &change)
{
    if (!isBuilt())
        return; // it reads what is there when it is first built
    if (m_current)
        return reload(change);
    m_stale = true; // hidden: read once when shown, keeping its own selection
}

void WorkArea::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    if (!current)
        return;
    activated();
    if (m_stale) {
        m_stale = false;
        reload(DataChange::everything());
    }
}

} // namespace sales
