// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workarea/workarea.h"
#include "workspace/reviewcase.h"

#include <QHash>

class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sales {

class ReviewCasePanel;
class ReviewMetricsBar;
class ReviewQueueModel;

// 审核队列: a supervisor's pending items of their team, a manager's escalated items
// of their region, nearest deadline first with the countdown; the selected item's
// case beside it. Built for speed: J / K next and previous, Ctrl+Enter approve,
// Ctrl+Shift+R reject (the first press goes to the reason), the next item opens by
// itself after a decision, and its case is read before it is shown. Reads go
// through the session's reader; a decision is written by ReviewService and syncs.
class ReviewQueueArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueArea)

public:
    explicit ReviewQueueArea(const WorkAreaContext &context, QObject *parent = nullptr);
    ~ReviewQueueArea() override;

    QString id() const override { return QStringLiteral("reviewQueue"); }
    QString title() const override;
    QString menuTitle() const override;
    QList<QAction *> menuActions() override;
    QList<QAction *> toolBarActions() override;
    QString statusText() const override;

    // The parts, for tests (valid once built).
    QTableView *queueTable() const { return m_table; }
    ReviewCasePanel *casePanel() const { return m_panel; }
    ReviewQueueModel *queueModel() const { return m_model; }
    ReviewMetricsBar *metricsBar() const { return m_metrics; }
    bool isCached(const QString &itemId) const { return m_cache.contains(itemId); }

public Q_SLOTS:
    void approveCurrent();
    void rejectCurrent();
    void selectNext();
    void selectPrevious();

protected:
    QWidget *createWidget(QWidget *parent) override;
    void reload(const DataChange &change) override;

private:
    void buildActions(QWidget *page);
    void readQueue();
    void readMetrics();
    void queueArrived(QList<ReviewQueueEntry> entries);
    void selectRow(int row);
    void openCurrent();
    void preloadAfter(int row);
    void readCase(const ReviewQueueEntry &entry, bool preload);
    void decided(const QString &itemId, const QString &leadId, const QString &text);
    void tick();
    QString emptyText() const;
    int currentRow() const;

    Session &m_session;
    QWidget *m_window;
    ReviewQueueModel *m_model = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    ReviewCasePanel *m_panel = nullptr;
    ReviewMetricsBar *m_metrics = nullptr;
    QTimer *m_ticker = nullptr;
    QHash<QString, ReviewCase> m_cache; // item id -> case read (the current one and the next)
    QString m_keepSelected;             // the item to select again after a read of the queue
    int m_rowAfterDecision = -1;
    bool m_loaded = false;
    QString m_failure;
    QList<QAction *> m_actions;
};

} // namespace sales
