// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace sales {

class Clock;

// Writes replicated rows the way sync needs them: every write stamps updated_at,
// deletes are tombstones, and each locally changed field is recorded in
// pending_change with the value it had before the first local change (its base),
// so the outbox can send field-level deltas. What it writes to a replicated
// table obeys the catalog's rules first (protocol::validateFields, and the rows
// the references name), so a value the server would refuse never reaches the
// outbox. Table and field names come from code, never from users; values are
// always bound.
class TrackedWriter final
{
    Q_DECLARE_TR_FUNCTIONS(sales::TrackedWriter)

public:
    TrackedWriter(QSqlDatabase db, const Clock &clock);

    // Inserts the row, or updates only the fields whose value differs.
    bool save(const QString &table, const QString &id, const QVariantMap &fields);
    bool remove(const QString &table, const QString &id);
    std::optional<QSqlRecord> find(const QString &table, const QString &id) const;

    QString errorText() const { return m_errorText; }

private:
    bool insert(const QString &table, const QString &id, const QVariantMap &fields);
    bool obeysRules(const QString &table, const QVariantMap &fields, bool creating, qint64 now);
    bool rowExists(const QString &table, const QString &id) const;
    bool update(const QString &table, const QString &id, const QSqlRecord &current, const QVariantMap &fields);
    bool recordChange(const QString &table, const QString &id, const QString &field, const QVariant &base);
    bool failWith(const QString &what, const QString &detail);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_errorText;
};

} // namespace sales
