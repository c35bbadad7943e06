// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictrecord.h"

#include <QByteArray>
#include <QJsonValue>
#include <QVariant>
#include <QList>

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace sales {

class LeadSearchBatch;
namespace protocol {
struct EntitySpec;
}

// A field's value as the server sent it, ready to bind: text as UTF-8, which is
// the replica's own encoding (no conversion while it is written).
struct FieldValue {
    enum Kind : quint8 { Absent, Null, Integer, Text };
    Kind kind = Absent;
    qint64 integer = 0;
    QByteArray utf8;

    static FieldValue fromJson(const QJsonValue &v, bool integer);
    QString text() const { return kind == Text ? QString::fromUtf8(utf8) : QString(); }
    QVariant toVariant(bool integer) const; // as Outbox::fromJson
};

// One row of a pull page, its fields in the entity's field order, so that the
// JSON is read off the thread that writes the replica.
struct ServerRow {
    const protocol::EntitySpec *spec = nullptr; // null: an entity this client does not know
    QString entity;
    QString id;
    qint64 rev = 0;
    bool removal = false;
    QByteArray idUtf8;
    QList<FieldValue> values; // spec->fields order

    static ServerRow fromFields(const QString &entity, const QString &id, qint64 rev, const QJsonObject &fields);
};

// Writes the server's rows into the replica: not local edits, so no
// pending_change; a field with a local edit not yet sent keeps the local value
// (the next push merges it). Statements are prepared once per entity.
class RowApplier final
{
public:
    explicit RowApplier(QSqlDatabase db);
    ~RowApplier();
    Q_DISABLE_COPY_MOVE(RowApplier)

    // Reads which fields have local edits (pending_change; with withOutbox also
    // the sealed ops still in the outbox, e.g. held back behind a file the server
    // refused); call at the start of each transaction. A push answers ops that are
    // still in the outbox, so it reads pending_change alone.
    bool loadPending(bool withOutbox = false);
    bool hasPending(const QString &entity, const QString &id) const;
    bool apply(const QString &entity, const QString &id, qint64 rev, const QJsonObject &fields);
    bool apply(const ServerRow &row);
    // The row left the user's scope: delete it; local edits become lost_access records.
    bool remove(const QString &entity, const QString &id, qint64 nowMs);
    bool addConflict(const ConflictRecord &r, qint64 nowMs);
    // With a suspended batch, lead_search is not kept by its triggers: every row
    // written here that its text depends on is named to the batch instead.
    void setSearchBatch(LeadSearchBatch *batch) { m_search = batch; }
    QString errorText() const { return m_error; }
    bool isDamaged() const { return m_damaged; } // the last failure was the file itself
    int applied() const { return m_applied; }
    int removed() const { return m_removed; }

private:
    struct Statements;
    Statements &statementsFor(const QString &entity);
    bool fail(const QSqlQuery &q);
    bool fail(const class SqlStatement &s);
    bool applyPending(Statements &s, const ServerRow &row, const QString &key);
    // Names to m_search what the row's lead_search text depends on. A contact:
    // its account and the one it had before (previousAccount).
    void noteSearch(const Statements &s, const ServerRow &row, const QString &previousAccount, bool accountWritten);
    // A contact's account_id in the replica (empty when the row is not there).
    bool previousAccountOf(Statements &s, const ServerRow &row, QString *account);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<Statements>> m_statements;
    QSet<QString> m_pendingRows;   // entity + '\n' + id
    QSet<QString> m_pendingFields; // entity + '\n' + id + '\n' + field
    LeadSearchBatch *m_search = nullptr;
    QString m_error;
    bool m_damaged = false;
    int m_applied = 0;
    int m_removed = 0;
};

} // namespace sales
