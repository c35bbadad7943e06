// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

namespace sales {

// The pipeline's stages as a row of arrows: done, current, still ahead.
class StageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageBar)

public:
    explicit StageBar(QWidget *parent = nullptr);

    void setStages(const QStringList &names, int current);
    int current() const { return m_current; }
    QStringList stages() const { return m_names; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    int m_current = -1;
};

} // namespace sales
