// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comingsoonarea.h"

#include <QLabel>

namespace sales {

ComingSoonArea::ComingSoonArea(QString id, QString title, QObject *parent)
    : WorkArea(parent), m_id(std::move(id)), m_title(std::move(title))
{
}

QWidget *ComingSoonArea::createWidget(QWidget *parent)
{
    auto *label = new QLabel(tr("「%1」即将推出。").arg(m_title), parent);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace sales
