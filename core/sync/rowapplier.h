// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace sales {

// Writes the server's rows into the replica: not local edits, so no
// pending_change; a field with a local edit not yet sent keeps the local value
// (the next push merges it). Statements are prepared once per entity.
class RowApplier final
{
public:
    explicit RowApplier(QSqlDatabase db);
    ~RowApplier();
    Q_DISABLE_COPY_MOVE(RowApplier)

    // Reads which fields have local edits; call at the start of each transaction.
    bool loadPending();
    bool apply(const QString &entity, const QString &id, qint64 rev, const QJsonObject &fields);
    // The row left the user's scope: delete it; local edits become lost_access records.
    bool remove(const QString &entity, const QString &id, qint64 nowMs);
    bool addConflict(const ConflictRecord &r, qint64 nowMs);
    QString errorText() const { return m_error; }
    int applied() const { return m_applied; }
    int removed() const { return m_removed; }

private:
    struct Statements;
    Statements &statementsFor(const QString &entity);
    bool fail(const QSqlQuery &q);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<Statements>> m_statements;
    QSet<QString> m_pendingRows;   // entity + '\n' + id
    QSet<QString> m_pendingFields; // entity + '\n' + id + '\n' + field
    QString m_error;
    int m_applied = 0;
    int m_removed = 0;
};

} // namespace sales
