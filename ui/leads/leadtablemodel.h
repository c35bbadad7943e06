// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/leadlistrow.h"
#include "storage/leadquery.h"
#include "storage/replicaconnection.h"
#include "storage/stagenames.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSqlDatabase>

#include <optional>

namespace sales {

class Clock;
class ReplicaReader;

// The lead list over the replica, read a page at a time: the view asks only for
// the rows it shows, so 100k leads cost no more to open than 100.
//
// Unfiltered and most recent first, pages are read on the GUI thread straight
// from lead_list_idx (a few ms at any depth). Any other filter or sort is read
// once as an ordered list of row ids by a ReplicaReader (a worker thread with its
// own connection), in its "leadList" lane; until it arrives the previous rows stay on screen, then the
// model resets and pages are read by row id.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum Column { Title, Account, Stage, Amount, Owner, Region, Industry, Source, LastActivity, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;
    // After this long the worker opens its connection and reads what searches read,
    // so that the first search is as fast as the next ones.
    static constexpr int WarmUpDelayMs = 500;

    // Stage names from each lead's own template, read from the replica once.
    explicit LeadTableModel(QSqlDatabase db, QObject *parent = nullptr);
    // The same, with names that win over the default template's for those keys.
    LeadTableModel(QSqlDatabase db, const QHash<QString, QString> &defaultStageNames, QObject *parent = nullptr);
    ~LeadTableModel() override;

    // The reader that reads filtered and sorted lists (the app's shared one,
    // Session::reader()), in the given lane: a second list on the same reader needs
    // a lane of its own. It must be for the same replica. Without one, the model
    // makes its own on first need.
    void setReader(ReplicaReader *reader, const QString &lane = QStringLiteral("leadList"));
    // Where the model's own reader opens its connection (and makes the model use
    // its own reader). By default the file and key of the constructor's connection.
    void setWorkerConfig(const ReplicaConfig &config);
    // "Now" for the SLA filter and relative dates; the clock must outlive the model.
    void setClock(const Clock &clock) { m_clock = &clock; }

    void reload(); // the same filter and sort, read again (after a sync or an edit)
    // Stage names read again (a template may have arrived by sync); the rows repaint.
    void reloadStageNames();
    void setFilter(const sales::LeadFilter &filter);
    LeadFilter filter() const { return m_filter; }
    // QTableView's header calls this; LastActivity descending is the default order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    LeadSort leadSort() const { return m_sort; }
    bool isLoading() const { return m_loading; }
    // The last read failed: the list is empty (never partial) until a reload reads it whole.
    bool hasFailed() const { return !m_failure.isEmpty(); }
    bool isDamaged() const { return m_damaged; }
    QString failure() const { return m_failure; }
    QString leadId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static LeadSort::Column sortColumn(Column column);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The rows for the current filter and sort are in place (count = rowCount()).
    void loaded(int count);
    // Once per failed read; the list is then empty. A damaged replica gets
    // ReplicaDamage::message(): what happened and what to do.
    void loadFailed(const QString &message);

private:
    const LeadListRow *row(int r) const;
    void apply(const LeadListSlice &slice);
    void clearFailure(); // rows read whole: no failure to show
    void fail(const QString &error, bool damaged);
    void pageFailed(const LeadQuery &query) const;
    void setLoading(bool loading);
    ReplicaReader *reader();
    void dropOwnReader();

    QSqlDatabase m_db;
    StageNames m_stageNames;
    const Clock *m_clock = nullptr;
    LeadFilter m_filter;
    LeadSort m_sort;
    int m_count = 0;
    QDateTime m_now;
    bool m_loading = false;
    QString m_failure;
    bool m_damaged = false;
    mutable bool m_pageFailed = false; // a page read failed: fail() is queued, no further page is read
    std::optional<ReplicaConfig> m_workerConfig;
    QPointer<ReplicaReader> m_reader;
    QString m_lane = QStringLiteral("leadList");
    ReplicaReader *m_ownReader = nullptr; // a child, made when no reader was set
    std::optional<QList<qint64>> m_rowIds; // set when not in the default order
    mutable QCache<int, QList<LeadListRow>> m_pages{32};
};

} // namespace sales
