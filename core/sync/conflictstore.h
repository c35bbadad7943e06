// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictrecord.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sales {

class Clock;

// The user's side of sync_conflict: the open records and their resolution.
// Keeping the server's value only closes a record. Keeping mine (or a merged
// value) writes it through TrackedWriter in the same transaction that closes the
// record, so it becomes an ordinary local edit, based on the server's value,
// that the next sync pushes.
class ConflictStore final
{
    Q_DECLARE_TR_FUNCTIONS(sales::ConflictStore)

public:
    ConflictStore(QSqlDatabase db, const Clock &clock);

    // Stores r as an open record (r.id is ignored; an invalid createdAt means now).
    bool add(const ConflictRecord &r);
    // Oldest first; empty, with readError() set, when the read stopped on an error.
    QList<ConflictRecord> openRecords() const;
    QString readError() const { return m_readError; } // of the last openRecords()
    int openCount() const;

    bool keepServer(qint64 id);
    // Refused for whole rows (field "*") and rows no longer in the replica.
    bool keepMine(qint64 id);
    // value may be a string typed by the user for an integer field ("650000").
    bool resolveWith(qint64 id, const QJsonValue &value);

    // What the row is, in words: a lead's title, "<title> · 证据", a name, …
    QString rowLabel(const QString &entity, const QString &rowId) const;
    QString errorText() const { return m_errorText; }

    // The column format: JSON text of a one-element array; SQL NULL (a null
    // QString) for a value that is absent, which decodes as undefined.
    static QString encode(const QJsonValue &v);
    static QJsonValue decode(const QString &text);

private:
    std::optional<ConflictRecord> openRecord(qint64 id) const;
    bool writeBack(const ConflictRecord &r, const QJsonValue &value);
    bool markResolved(qint64 id);
    bool fail(const QString &text) const;
    std::optional<QString> lookup(const QString &sql, const QString &id) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    mutable QString m_errorText;
    mutable QString m_readError;
};

} // namespace sales
