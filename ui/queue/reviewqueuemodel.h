// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/reviewservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace sales {

class Clock;

// The 审核队列 as a table: one row per item the signed-in user may decide now,
// nearest deadline first, with the time left counted down against the clock.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column { TimeLeft, Lead, Account, Owner, Stage, State, ColumnCount };

    ReviewQueueModel(const Clock &clock, QObject *parent = nullptr);

    void setEntries(QList<ReviewQueueEntry> entries);
    const QList<ReviewQueueEntry> &entries() const { return m_entries; }
    const ReviewQueueEntry *entryAt(int row) const;
    int rowOf(const QString &itemId) const; // -1 when not in the queue
    // Takes the item out (it was decided here); the rows below move up.
    void removeItem(const QString &itemId);

    // The time left changed: repaint the countdown column.
    void tick();
    // The earliest deadline still ahead, when the queue must be read again (its
    // item goes to the manager or is auto-rejected then); invalid when none.
    QDateTime nextDeadline() const;

    // "还剩 5 小时 12 分" / "已超时 2 小时（待同步确认）"
    static QString timeLeftText(const ReviewStatus &status, const QDateTime &now);
    static QString stateText(const ReviewStatus &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Clock &m_clock;
    QList<ReviewQueueEntry> m_entries;
};

} // namespace sales
