// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sales {

// Keeps lead_search current across many writes in one transaction (a pull page,
// a bulk load) without its triggers. The triggers fire per row, and a row with
// triggers makes SQLite keep a statement journal: every page the statement
// touches is copied and encrypted once more. suspend() drops the lead_search
// triggers inside the caller's transaction; the writer names what it wrote
// (noteLead, noteAccount); finish() rebuilds the text of exactly those leads in
// a few set-based statements and creates the triggers again from their own SQL.
// DDL is transactional: if the transaction rolls back, the triggers were never
// gone. If finish() is not reached the destructor puts the triggers back.
class LeadSearchBatch final
{
public:
    explicit LeadSearchBatch(QSqlDatabase db);
    ~LeadSearchBatch();
    Q_DISABLE_COPY_MOVE(LeadSearchBatch)

    bool suspend();
    bool isSuspended() const { return !m_triggers.isEmpty(); }
    // A lead was written (its account, as written, may be empty when unknown).
    void noteLead(const QString &leadId, const QString &accountId);
    // An account or one of its contacts was written: its leads' text may change.
    void noteAccount(const QString &accountId);
    bool finish();
    QString errorText() const { return m_error; }

    // The search text of leads, as the triggers of migration 0004 build it; the
    // rebuild is checked against the triggers by tst_leadsearchbatch.
    static QString refreshSql(const QString &where);
    // The indexes finish() reads (a written account's leads and contacts): a
    // writer that suspends secondary indexes (IndexSuspension) keeps these.
    static const QStringList &indexesRead();

private:
    bool restoreTriggers();

    QSqlDatabase m_db;
    QList<QPair<QString, QString>> m_triggers; // name, CREATE TRIGGER sql
    QHash<QString, QString> m_leads;           // lead id -> account id
    QSet<QString> m_accounts;
    QString m_error;
};

} // namespace sales
