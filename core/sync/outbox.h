// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace sales {

// One sealed op of the outbox (schema 7).
struct OutboxOp {
    qint64 seq = 0;
    QString opId;
    QString entity;
    QString rowId;
    bool isNew = false;
    QJsonObject fields; // values sent
    QJsonObject bases;  // the values the user started from
    QJsonObject toJson() const; // the protocol's op object
};

// Local edits waiting for the server. pending_change (kept by TrackedWriter) is
// sealed into ops with fixed UUIDs when a push starts, so a retry after a lost
// answer sends the same op ids and the server applies nothing twice.
class Outbox final
{
public:
    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

    // Moves every pending change into ops, in one transaction. A new row becomes
    // one op with all its fields (later-changed fields at their first values) and
    // its later changes a second op; ops are ordered by their last change, so an
    // advance goes after the evidence that allows it.
    bool seal(QString *error);
    // Oldest first; empty, with *error set, when the read stopped on an error.
    QList<OutboxOp> ops(int limit, qint64 afterSeq = 0, QString *error = nullptr) const;
    bool remove(const QString &opId);
    bool noteFailure(const QString &opId, const QString &error);
    int count() const;      // sealed ops; -1 when they cannot be read
    int pendingRows() const; // rows with unsealed edits; -1 when they cannot be read
    bool isDamaged() const { return m_damaged; } // the last failed read was the file itself

    // Value conversions between the replica and the protocol.
    static QJsonValue toJson(const QVariant &v, bool integer);
    static QVariant fromJson(const QJsonValue &v, bool integer);

private:
    bool failed(const QSqlQuery &q, QString *error) const; // true (and noted) when q stopped on an error

    QSqlDatabase m_db;
    mutable bool m_damaged = false;
};

} // namespace sales
