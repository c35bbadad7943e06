// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/leadlistrow.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace sales {

// The lead list over the replica, read a page at a time: the view asks only for
// the rows it shows, so 100k leads cost no more to open than 100.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum Column { Title, Account, Stage, Amount, Owner, Region, Industry, Source, LastActivity, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    LeadTableModel(QSqlDatabase db, QHash<QString, QString> stageNames, QObject *parent = nullptr);

    void reload();
    QString leadId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const LeadListRow *row(int r) const;

    QSqlDatabase m_db;
    QHash<QString, QString> m_stageNames;
    int m_count = 0;
    QDateTime m_now;
    mutable QCache<int, QList<LeadListRow>> m_pages{32};
};

} // namespace sales
