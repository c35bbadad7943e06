// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadtablemodel.h"

#include "clock.h"
#include "format.h"
#include "storage/replicadamage.h"
#include "storage/replicareader.h"

#include <QTimer>

namespace sales {

LeadTableModel::LeadTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_stageNames(StageNames::read(m_db)), m_clock(&systemClock())
{
    reload();
    QTimer::singleShot(WarmUpDelayMs, this, [this] {
        reader()->warmUp([](QSqlDatabase &worker) { LeadQuery(worker).preloadSearch(); });
    });
}

LeadTableModel::LeadTableModel(QSqlDatabase db, const QHash<QString, QString> &defaultStageNames, QObject *parent)
    : LeadTableModel(std::move(db), parent)
{
    m_stageNames.overrideDefault(defaultStageNames);
}

void LeadTableModel::reloadStageNames()
{
    m_stageNames = StageNames::read(m_db);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Stage), index(m_count - 1, Stage), {Qt::DisplayRole});
}

LeadTableModel::~LeadTableModel()
{
    if (m_reader && m_reader != m_ownReader)
        m_reader->cancel(m_lane); // a shared reader need not read for a list that is gone
}

void LeadTableModel::setReader(ReplicaReader *reader, const QString &lane)
{
    if (m_reader)
        m_reader->cancel(m_lane);
    dropOwnReader();
    m_reader = reader;
    m_lane = lane;
    if (m_loading)
        reload(); // the read in progress went with the old reader
}

void LeadTableModel::setWorkerConfig(const ReplicaConfig &config)
{
    m_workerConfig = config;
    setReader(nullptr); // the next read makes its own reader with this config
}

void LeadTableModel::dropOwnReader()
{
    if (m_ownReader && m_reader == m_ownReader)
        m_reader = nullptr;
    delete m_ownReader; // waits for its read in progress, delivers nothing
    m_ownReader = nullptr;
}

ReplicaReader *LeadTableModel::reader()
{
    if (!m_reader) {
        // The worker opens its own connection to the same file with the same key;
        // the key stays in memory, as it already is in m_db.
        ReplicaConfig config = m_workerConfig.value_or(ReplicaConfig{m_db.databaseName(), m_db.password()});
        config.create = false;
        m_ownReader = new ReplicaReader(config, this);
        m_reader = m_ownReader;
    }
    return m_reader;
}

void LeadTableModel::reload()
{
    m_now = m_clock->now();
    if (m_filter.isEmpty() && m_sort.isDefault()) {
        // Counting and the first page walk lead_list_idx only: fast enough to stay here,
        // so the list is complete as soon as the model exists.
        if (m_reader)
            m_reader->cancel(m_lane);
        const LeadQuery query(m_db, m_now);
        const int count = query.count({});
        if (count < 0)
            return fail(query.errorText(), query.isDamaged());
        beginResetModel();
        m_rowIds.reset();
        m_pages.clear();
        m_count = count;
        clearFailure();
        endResetModel();
        setLoading(false);
        Q_EMIT loaded(m_count);
        return;
    }
    setLoading(true);
    reader()->read(
        m_lane, this,
        [filter = m_filter, sort = m_sort, now = m_now](QSqlDatabase &db) -> ReadResult<LeadListSlice> {
            const LeadQuery query(db, now);
            LeadListSlice slice = query.slice(filter, sort, PageSize);
            if (!query.errorText().isEmpty())
                return ReadError{query.errorText(), query.isDamaged()};
            return slice;
        },
        [this](ReadResult<LeadListSlice> result) {
            if (!result.ok())
                return fail(result.error(), result.damaged());
            apply(result.value());
        });
}

void LeadTableModel::clearFailure()
{
    m_failure.clear();
    m_damaged = false;
    m_pageFailed = false;
}

void LeadTableModel::fail(const QString &error, bool damaged)
{
    // The rows read so far are not the list: show none rather than a part.
    beginResetModel();
    m_rowIds.reset();
    m_pages.clear();
    m_count = 0;
    m_damaged = damaged;
    m_failure = damaged ? ReplicaDamage::messageFor(m_db) : tr("无法读取线索列表：%1").arg(error);
    m_pageFailed = false;
    endResetModel();
    setLoading(false);
    Q_EMIT loadFailed(m_failure);
}

void LeadTableModel::pageFailed(const LeadQuery &query) const
{
    if (std::exchange(m_pageFailed, true))
        return;
    // Called while a view paints: the reset waits for the event loop.
    auto *self = const_cast<LeadTableModel *>(this);
    QMetaObject::invokeMethod(self, [self, error = query.errorText(), damaged = query.isDamaged()] {
        if (self->m_pageFailed)
            self->fail(error, damaged);
    }, Qt::QueuedConnection);
}

void LeadTableModel::apply(const LeadListSlice &slice)
{
    beginResetModel();
    m_rowIds = slice.rowIds;
    m_count = int(slice.rowIds.size());
    m_pages.clear();
    m_pages.insert(0, new QList<LeadListRow>(slice.firstRows));
    clearFailure();
    endResetModel();
    setLoading(false);
    Q_EMIT loaded(m_count);
}

void LeadTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

LeadSort::Column LeadTableModel::sortColumn(Column column)
{
    switch (column) {
    case Title: return LeadSort::Column::Title;
    case Account: return LeadSort::Column::Account;
    case Stage: return LeadSort::Column::Stage;
    case Amount: return LeadSort::Column::Amount;
    case Owner: return LeadSort::Column::Owner;
    case Region: return LeadSort::Column::Region;
    case Industry: return LeadSort::Column::Industry;
    case Source: return LeadSort::Column::Source;
    case LastActivity:
    case ColumnCount: break;
    }
    return LeadSort::Column::LastActivity;
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const LeadSort wanted{sortColumn(Column(column)), order};
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    reload();
}

const LeadListRow *LeadTableModel::row(int r) const
{
    if (r < 0 || r >= m_count || m_pageFailed)
        return nullptr;
    const int page = r / PageSize;
    QList<LeadListRow> *rows = m_pages.object(page);
    if (!rows) {
        const LeadQuery query(m_db, m_now);
        QList<LeadListRow> read = m_rowIds ? query.rows(m_rowIds->mid(qsizetype(page) * PageSize, PageSize))
                                           : query.page({}, {}, page * PageSize, PageSize);
        if (!query.errorText().isEmpty()) {
            pageFailed(query);
            return nullptr;
        }
        rows = new QList<LeadListRow>(std::move(read));
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
    case Stage: return m_stageNames.name(lead->templateId, lead->stageKey);
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
