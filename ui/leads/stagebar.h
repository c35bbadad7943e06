// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

namespace sales {

// The pipeline's stages as a row of arrows: done, current, still ahead. Every stage
// keeps its arrow at any width; when the names do not fit, the current one keeps its
// whole name and the others are elided (the tooltip lists them all).
class StageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageBar)

public:
    struct Segment
    {
        qreal x = 0;
        qreal width = 0;
        QRectF textRect;
        QString text; // as drawn: the label, or its elided form
        QString label; // the whole label
    };
    explicit StageBar(QWidget *parent = nullptr);

    void setStages(const QStringList &names, int current);
    int current() const { return m_current; }
    QStringList stages() const { return m_names; }

    // The arrows at the bar's current width.
    QList<Segment> segments() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString label(int index) const;
    QFont labelFont(int index) const;

    QStringList m_names;
    int m_current = -1;
};

} // namespace sales
