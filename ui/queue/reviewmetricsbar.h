// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewmetricsquery.h"

#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace sales {

// The queue's metrics over the last 30 days for the team (or region) on screen:
// first-pass approval, on-time stage upgrade, alert response, each against its
// healthy range, with its formula and its counts; 按销售… lists them per rep.
class ReviewMetricsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewMetricsBar)

public:
    explicit ReviewMetricsBar(QWidget *parent = nullptr);

    void showReport(const ReviewMetricsReport &report, const QString &scopeName);
    void showProblem(const QString &text);

    QString firstPassText() const;
    QString onTimeText() const;
    QString alertText() const;
    static QString rateText(const Rate &rate);

private:
    void showPerRep();

    QLabel *m_scope = nullptr;
    QLabel *m_firstPass = nullptr;
    QLabel *m_onTime = nullptr;
    QLabel *m_alerts = nullptr;
    QToolButton *m_perRep = nullptr;
    std::optional<ReviewMetricsReport> m_report;
};

} // namespace sales
