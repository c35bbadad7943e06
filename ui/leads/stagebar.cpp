// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagebar.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace sales {

StageBar::StageBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("阶段进度"));
}

void StageBar::setStages(const QStringList &names, int current)
{
    m_names = names;
    m_current = current;
    const bool known = current >= 0 && current < names.size();
    setAccessibleDescription(known ? tr("当前阶段：%1（第 %2/%3 阶段）").arg(names.at(current)).arg(current + 1).arg(names.size())
                                   : QString());
    QStringList lines;
    for (int i = 0; i < names.size(); ++i)
        lines << (i == current ? QStringLiteral("▶ %1").arg(names.at(i)) : names.at(i));
    setToolTip(lines.join(u'\n'));
    updateGeometry();
    update();
}

QString StageBar::label(int index) const
{
    return index < m_current ? QStringLiteral("✓ ") + m_names.at(index) : m_names.at(index);
}

QFont StageBar::labelFont(int index) const
{
    QFont f = font();
    f.setBold(index == m_current);
    return f;
}

QList<StageBar::Segment> StageBar::segments() const
{
    QList<Segment> out;
    const qsizetype n = m_names.size();
    if (n == 0)
        return out;
    const qreal arrow = height() / 3.0;
    const qreal total = std::max<qreal>(width() - arrow, 1);
    const qreal even = total / qreal(n);
    const auto padding = [arrow](int i) { return (i > 0 ? arrow : 4.0) + 4.0; };
    // The current stage gets room for its whole name when an even share is too small,
    // as long as every other arrow keeps some room of its own.
    qreal currentWidth = even;
    if (m_current >= 0 && m_current < n && n > 1) {
        const qreal needed = QFontMetricsF(labelFont(m_current)).horizontalAdvance(label(m_current)) + padding(m_current);
        currentWidth = std::clamp(needed, even, std::max(even, total - qreal(n - 1) * (arrow + 12)));
    }
    const qreal other = n > 1 ? (total - currentWidth) / qreal(n - 1) : total;
    qreal x = 0;
    for (int i = 0; i < n; ++i) {
        Segment s;
        s.x = x;
        s.width = i == m_current || n == 1 ? (n == 1 ? total : currentWidth) : other;
        const qreal inset = i > 0 ? arrow : 4;
        s.textRect = QRectF(x + inset, 0, std::max<qreal>(s.width - inset, 0), height());
        s.label = label(i);
        s.text = QFontMetricsF(labelFont(i)).elidedText(s.label, Qt::ElideRight, s.textRect.width() - 2);
        out.append(s);
        x += s.width;
    }
    return out;
}

QSize StageBar::sizeHint() const
{
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("报价谈判")) + 36;
    return {int(qMax<qsizetype>(1, m_names.size())) * textWidth, fontMetrics().height() * 2 + 8};
}

QSize StageBar::minimumSizeHint() const
{
    return {int(m_names.size()) * 40, fontMetrics().height() * 2 + 8};
}

void StageBar::paintEvent(QPaintEvent *)
{
    if (m_names.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal arrow = height() / 3.0;
    const QColor done(0x2e, 0x7d, 0x32), current(0x15, 0x65, 0xc0), ahead(0xe0, 0xe4, 0xea);
    const QList<Segment> all = segments();
    for (int i = 0; i < all.size(); ++i) {
        const Segment &s = all.at(i);
        QPainterPath path;
        path.moveTo(s.x, 0);
        path.lineTo(s.x + s.width, 0);
        path.lineTo(s.x + s.width + arrow, height() / 2.0);
        path.lineTo(s.x + s.width, height());
        path.lineTo(s.x, height());
        if (i > 0)
            path.lineTo(s.x + arrow, height() / 2.0);
        path.closeSubpath();
        const QColor fill = i < m_current ? done : i == m_current ? current : ahead;
        p.fillPath(path, fill);
        p.setPen(QPen(palette().color(QPalette::Window), 2));
        p.drawPath(path);
        p.setPen(i <= m_current ? Qt::white : palette().color(QPalette::WindowText));
        p.setFont(labelFont(i));
        p.drawText(s.textRect, Qt::AlignCenter, s.text);
    }
}

} // namespace sales
