// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace sales {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, w) : 6;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size.grownBy(m);
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? horizontalGap() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    return QSize(width, height).grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    struct Placed
    {
        QLayoutItem *item;
        int width;
    };
    QList<Placed> line;
    int y = area.y();
    int lineHeight = 0;
    int used = 0;
    const auto flush = [&] {
        if (apply && !line.isEmpty()) {
            int expanding = 0;
            for (const Placed &p : line)
                expanding += (p.item->expandingDirections() & Qt::Horizontal) ? 1 : 0;
            int extra = std::max(0, area.width() - used);
            int x = area.x();
            for (const Placed &p : line) {
                int width = p.width;
                if (expanding > 0 && (p.item->expandingDirections() & Qt::Horizontal)) {
                    const int share = extra / expanding--;
                    width += share;
                    extra -= share;
                }
                const int height = std::min(lineHeight, p.item->sizeHint().height());
                p.item->setGeometry(QRect(x, y + (lineHeight - height) / 2, width, height));
                x += width + gap;
            }
        }
        line.clear();
        used = 0;
    };
    for (QLayoutItem *item : std::as_const(m_items)) {
        if (item->isEmpty())
            continue;
        const int width = std::max(item->minimumSize().width(), std::min(item->sizeHint().width(), area.width()));
        const int needed = line.isEmpty() ? width : used + gap + width;
        if (!line.isEmpty() && needed > area.width()) {
            flush();
            y += lineHeight + verticalGap();
            lineHeight = 0;
        }
        used = line.isEmpty() ? width : used + gap + width;
        line.append({item, width});
        lineHeight = std::max(lineHeight, item->sizeHint().height());
    }
    flush();
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

} // namespace sales
