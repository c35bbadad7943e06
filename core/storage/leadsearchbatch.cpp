// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsearchbatch.h"

#include "sqlstatement.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
constexpr int kChunk = 500; // below SQLite's 999 bound parameters

} // namespace

LeadSearchBatch::LeadSearchBatch(QSqlDatabase db) : m_db(std::move(db)) {}

LeadSearchBatch::~LeadSearchBatch()
{
    if (isSuspended())
        restoreTriggers();
}

const QStringList &LeadSearchBatch::indexesRead()
{
    static const QStringList names{QStringLiteral("lead_account_idx"), QStringLiteral("contact_account_idx")};
    return names;
}

QString LeadSearchBatch::refreshSql(const QString &where)
{
    return u"INSERT OR REPLACE INTO lead_search (lead_id, text) "
           "SELECT l.id, l.title || ' ' || coalesce(a.name, '') || ' ' || coalesce(("
           "SELECT group_concat(c.name || ' ' || replace(replace(replace(coalesce(c.phone, ''), ' ', ''), '-', ''), '+', ''), ' ') "
           "FROM contact c WHERE c.account_id = l.account_id AND c.deleted = 0), '') "
           "FROM lead l JOIN account a ON a.id = l.account_id WHERE "_s
        + where;
}

bool LeadSearchBatch::suspend()
{
    if (isSuspended())
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 12) = 'lead_search_' "
                "ORDER BY name"_s)) {
        m_error = q.lastError().text();
        return false;
    }
    QList<QPair<QString, QString>> triggers;
    while (q.next())
        triggers.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &[name, sql] : std::as_const(triggers)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(u"DROP TRIGGER %1"_s.arg(name))) {
            m_error = drop.lastError().text();
            restoreTriggers();
            return false;
        }
        m_triggers.append({name, sql});
    }
    return true;
}

void LeadSearchBatch::noteLead(const QString &leadId, const QString &accountId)
{
    if (isSuspended())
        m_leads.insert(leadId, accountId);
}

void LeadSearchBatch::noteAccount(const QString &accountId)
{
    if (isSuspended() && !accountId.isEmpty())
        m_accounts.insert(accountId);
}

bool LeadSearchBatch::restoreTriggers()
{
    bool ok = true;
    while (!m_triggers.isEmpty()) {
        const auto [name, sql] = m_triggers.takeLast();
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            m_error = u"%1: %2"_s.arg(name, q.lastError().text());
            ok = false;
        }
    }
    return ok;
}

bool LeadSearchBatch::finish()
{
    if (!isSuspended())
        return true;
    // The leads of every written account, then written leads of other accounts.
    QStringList leads;
    leads.reserve(m_leads.size());
    for (auto it = m_leads.cbegin(); it != m_leads.cend(); ++it)
        if (!m_accounts.contains(it.value()))
            leads.append(it.key());
    const QStringList accounts(m_accounts.cbegin(), m_accounts.cend());
    const auto run = [this](const QStringList &ids, const QString &column) {
        SqlStatement s; // prepared again only when the chunk size changes (the last one)
        qsizetype prepared = -1;
        for (qsizetype at = 0; at < ids.size(); at += kChunk) {
            const qsizetype n = qMin<qsizetype>(kChunk, ids.size() - at);
            if (n != prepared) {
                s = SqlStatement(m_db, refreshSql(u"l.%1 IN (%2)"_s.arg(column, sql::placeholders(n))));
                prepared = n;
            }
            for (qsizetype i = 0; i < n; ++i)
                s.bindText(int(i + 1), QStringView(ids.at(at + i)));
            if (!s.exec()) {
                m_error = s.errorText();
                return false;
            }
        }
        return true;
    };
    const bool ok = run(accounts, u"account_id"_s) && run(leads, u"id"_s);
    m_leads.clear();
    m_accounts.clear();
    return restoreTriggers() && ok;
}

} // namespace sales
