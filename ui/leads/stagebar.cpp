// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagebar.h"

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
    setAccessibleDescription(current >= 0 && current < names.size()
                                 ? tr("当前阶段：%1（第 %2/%3 阶段）").arg(names.at(current)).arg(current + 1).arg(names.size())
                                 : QString());
    updateGeometry();
    update();
}

QSize StageBar::sizeHint() const
{
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("报价谈判")) + 36;
    return {int(qMax<qsizetype>(1, m_names.size())) * textWidth, fontMetrics().height() * 2 + 8};
}

QSize StageBar::minimumSizeHint() const
{
    return {int(m_names.size()) * 48, fontMetrics().height() * 2 + 8};
}

void StageBar::paintEvent(QPaintEvent *)
{
    if (m_names.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal arrow = height() / 3.0;
    const qreal width = (this->width() - arrow) / qreal(m_names.size());
    const QColor done(0x2e, 0x7d, 0x32), current(0x15, 0x65, 0xc0), ahead(0xe0, 0xe4, 0xea);
    for (int i = 0; i < m_names.size(); ++i) {
        const qreal x = i * width;
        QPainterPath path;
        path.moveTo(x, 0);
        path.lineTo(x + width, 0);
        path.lineTo(x + width + arrow, height() / 2.0);
        path.lineTo(x + width, height());
        path.lineTo(x, height());
        if (i > 0)
            path.lineTo(x + arrow, height() / 2.0);
        path.closeSubpath();
        const QColor fill = i < m_current ? done : i == m_current ? current : ahead;
        p.fillPath(path, fill);
        p.setPen(QPen(palette().color(QPalette::Window), 2));
        p.drawPath(path);
        p.setPen(i <= m_current ? Qt::white : palette().color(QPalette::WindowText));
        QFont f = font();
        f.setBold(i == m_current);
        p.setFont(f);
        const QString label = i < m_current ? QStringLiteral("✓ ") + m_names.at(i) : m_names.at(i);
        p.drawText(QRectF(x + (i > 0 ? arrow : 4), 0, width - (i > 0 ? arrow : 4), height()), Qt::AlignCenter, label);
    }
}

} // namespace sales
