// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadtablemodel.h"

#include "format.h"
#include "storage/leadrepository.h"

namespace sales {

LeadTableModel::LeadTableModel(QSqlDatabase db, QHash<QString, QString> stageNames, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_stageNames(std::move(stageNames))
{
    reload();
}

void LeadTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = LeadRepository(m_db).count();
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

const LeadListRow *LeadTableModel::row(int r) const
{
    if (r < 0 || r >= m_count)
        return nullptr;
    const int page = r / PageSize;
    QList<LeadListRow> *rows = m_pages.object(page);
    if (!rows) {
        rows = new QList<LeadListRow>(LeadRepository(m_db).listPage(page * PageSize, PageSize));
        m_pages.insert(page, rows);
    }
    const int i = r % PageSize;
    return i < rows->size() ? &rows->at(i) : nullptr;
}

QString LeadTableModel::leadId(int r) const
{
    const LeadListRow *lead = row(r);
    return lead ? lead->id : QString();
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    const LeadListRow *lead = row(index.row());
    if (!lead)
        return {};
    if (role == IdRole)
        return lead->id;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Account)
        return tr("联系人：%1 %2").arg(lead->contactName, lead->contactPhone);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title: return lead->title;
    case Account: return lead->accountName;
    case Stage: return m_stageNames.value(lead->stageKey, lead->stageKey);
    case Amount: return format::money(lead->amountYuan);
    case Owner: return lead->ownerName;
    case Region: return lead->regionName;
    case Industry: return lead->industry;
    case Source: return lead->source;
    case LastActivity: return format::dateTime(lead->lastActivityAt, m_now);
    case ColumnCount: break;
    }
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title: return tr("线索");
    case Account: return tr("客户");
    case Stage: return tr("阶段");
    case Amount: return tr("预计金额");
    case Owner: return tr("负责人");
    case Region: return tr("区域");
    case Industry: return tr("行业");
    case Source: return tr("来源");
    case LastActivity: return tr("最近跟进");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sales
