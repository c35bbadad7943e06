// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueuemodel.h"

#include "clock.h"
#include "format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sales {

namespace {
constexpr qint64 SoonSeconds = 2 * 3600; // the countdown turns orange two hours before the deadline
}

ReviewQueueModel::ReviewQueueModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) {}

void ReviewQueueModel::setEntries(QList<ReviewQueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const ReviewQueueEntry *ReviewQueueModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ReviewQueueModel::rowOf(const QString &itemId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).row.item.id == itemId)
            return i;
    }
    return -1;
}

void ReviewQueueModel::removeItem(const QString &itemId)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void ReviewQueueModel::tick()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, TimeLeft), index(int(m_entries.size()) - 1, TimeLeft));
}

QDateTime ReviewQueueModel::nextDeadline() const
{
    const QDateTime now = m_clock.now();
    QDateTime next;
    for (const ReviewQueueEntry &e : m_entries) {
        if (e.status.deadline > now && (!next.isValid() || e.status.deadline < next))
            next = e.status.deadline;
    }
    return next;
}

QString ReviewQueueModel::timeLeftText(const ReviewStatus &status, const QDateTime &now)
{
    const qint64 left = now.secsTo(status.deadline);
    if (left > 0)
        return tr("还剩 %1").arg(format::duration(left));
    if (status.provisional)
        return tr("已超时 %1（待同步确认）").arg(format::duration(-left));
    return tr("已超时 %1").arg(format::duration(-left));
}

QString ReviewQueueModel::stateText(const ReviewStatus &status)
{
    QString text;
    switch (status.state) {
    case ReviewState::Pending:
        text = status.approvalVoided ? tr("证据已变更，待重审") : tr("待审核");
        break;
    case ReviewState::Escalated:
        text = tr("已升级，待区域经理审核");
        break;
    case ReviewState::Approved:
        text = tr("已通过");
        break;
    case ReviewState::Rejected:
        text = tr("已驳回");
        break;
    }
    if (status.round > 1)
        text = tr("%1 · 第 %2 轮").arg(text).arg(status.round);
    return text;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const ReviewQueueEntry *e = entryAt(index.row());
    if (!e)
        return {};
    const QDateTime now = m_clock.now();
    const qint64 left = now.secsTo(e->status.deadline);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeLeft: return timeLeftText(e->status, now);
        case Lead: return e->row.leadTitle;
        case Account: return e->row.accountName;
        case Owner: return e->row.ownerName;
        case Stage: return e->stageName;
        case State: return stateText(e->status);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == TimeLeft) {
        if (left <= 0)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (left <= SoonSeconds)
            return QBrush(QColor(0xa8, 0x55, 0x00));
    }
    if (role == Qt::FontRole && index.column() == TimeLeft && left <= SoonSeconds) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == TimeLeft)
        return tr("截止 %1").arg(format::dateTime(e->status.deadline, now));
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeLeft: return tr("剩余时间");
    case Lead: return tr("线索");
    case Account: return tr("客户");
    case Owner: return tr("销售");
    case Stage: return tr("阶段");
    case State: return tr("状态");
    default: return {};
    }
}

} // namespace sales
