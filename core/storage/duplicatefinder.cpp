// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "domain/companyname.h"
#include "domain/phone.h"
#include "logging.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

constexpr qsizetype MaxCandidates = 10;
constexpr int MaxRowsScanned = 500;
constexpr qsizetype WindowLength = 4; // the shortest core that counts when contained in another
constexpr qsizetype MaxWindows = 40;

QString likeContaining(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

void fillOpenLead(const QSqlDatabase &db, DuplicateCandidate &candidate)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, title FROM lead WHERE account_id = ? AND deleted = 0 AND status = 'open' "
              u"ORDER BY last_activity_at DESC, id LIMIT 1"_s);
    q.addBindValue(candidate.accountId);
    if (q.exec() && q.next()) {
        candidate.leadId = q.value(0).toString();
        candidate.leadTitle = q.value(1).toString();
    }
}

// Contacts whose stored phone (a display string in any format) is the same number.
QList<DuplicateCandidate> samePhone(const QSqlDatabase &db, const QString &phone)
{
    QList<DuplicateCandidate> out;
    const PhoneNumber number = normalizePhone(phone);
    if (number.kind == PhoneNumber::Kind::Invalid)
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The LIKE on the last 8 digits only narrows; the comparison is on canonical forms.
    q.prepare(u"SELECT c.account_id, a.name, c.name, c.phone FROM contact c JOIN account a ON a.id = c.account_id "
              u"WHERE c.deleted = 0 AND a.deleted = 0 AND replace(replace(replace(replace(replace(c.phone, ' ', ''), "
              u"'-', ''), '(', ''), ')', ''), '+', '') LIKE ? ORDER BY c.created_at DESC, c.id LIMIT ?"_s);
    q.addBindValue(likeContaining(number.canonical.right(8)));
    q.addBindValue(MaxRowsScanned);
    if (!q.exec())
        return out;
    QSet<QString> accounts;
    while (q.next()) {
        const QString accountId = q.value(0).toString();
        if (accounts.contains(accountId) || normalizePhone(q.value(3).toString()).canonical != number.canonical)
            continue;
        accounts.insert(accountId);
        DuplicateCandidate c;
        c.reason = DuplicateCandidate::Reason::SamePhone;
        c.accountId = accountId;
        c.accountName = q.value(1).toString();
        c.contactName = q.value(2).toString();
        c.contactPhone = q.value(3).toString();
        out.append(c);
    }
    return out;
}

// Accounts whose name core equals or contains (or is contained in) the typed one's.
QList<DuplicateCandidate> similarCompany(const QSqlDatabase &db, const QString &companyName)
{
    QList<DuplicateCandidate> out;
    const QString core = companyNameCore(companyName, DuplicateFinder::placeNames());
    if (core.isEmpty())
        return out;
    // Any core similar to this one contains the whole core or one of its 4-character windows.
    QStringList patterns{likeContaining(core)};
    for (qsizetype i = 0; i + WindowLength <= core.size() && patterns.size() <= MaxWindows; ++i)
        patterns.append(likeContaining(core.mid(i, WindowLength)));
    QStringList conditions;
    for (qsizetype i = 0; i < patterns.size(); ++i)
        conditions.append(u"name LIKE ? ESCAPE '\\'"_s);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, name FROM account WHERE deleted = 0 AND (%1) ORDER BY created_at DESC, id LIMIT ?"_s.arg(
        conditions.join(u" OR "_s)));
    for (const QString &p : std::as_const(patterns))
        q.addBindValue(p);
    q.addBindValue(MaxRowsScanned);
    if (!q.exec())
        return out;
    QList<std::pair<bool, DuplicateCandidate>> found; // (same core, candidate)
    while (q.next()) {
        const QString otherCore = companyNameCore(q.value(1).toString(), DuplicateFinder::placeNames());
        if (!similarCompanyCores(core, otherCore))
            continue;
        DuplicateCandidate c;
        c.accountId = q.value(0).toString();
        c.accountName = q.value(1).toString();
        found.append({otherCore == core, c});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first && !b.first; });
    for (const auto &[same, candidate] : std::as_const(found))
        out.append(candidate);
    return out;
}

void fillContact(const QSqlDatabase &db, DuplicateCandidate &c)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The open lead's contact, else the account's first contact.
    q.prepare(u"SELECT name, phone FROM contact WHERE deleted = 0 AND account_id = ? "
              u"ORDER BY (id = (SELECT contact_id FROM lead WHERE id = ?)) DESC, created_at, id LIMIT 1"_s);
    q.addBindValue(c.accountId);
    q.addBindValue(c.leadId);
    if (q.exec() && q.next()) {
        c.contactName = q.value(0).toString();
        c.contactPhone = q.value(1).toString();
    }
}

} // namespace

const QStringList &DuplicateFinder::placeNames()
{
    static const QStringList places = [] {
        QStringList list;
        QFile file(u":/sales/places/cities.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcStorage, "no city names for duplicate detection: %s", qUtf8Printable(file.errorString()));
            return list;
        }
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QString name = line.trimmed();
            if (!name.isEmpty() && !name.startsWith(u'#'))
                list.append(name);
        }
        return list;
    }();
    return places;
}

QList<DuplicateCandidate> DuplicateFinder::find(const QString &companyName, const QString &phone) const
{
    QList<DuplicateCandidate> out;
    QSet<QString> accounts;
    if (!phone.trimmed().isEmpty()) {
        for (const DuplicateCandidate &c : samePhone(m_db, phone)) {
            if (out.size() < MaxCandidates && !accounts.contains(c.accountId)) {
                accounts.insert(c.accountId);
                out.append(c);
            }
        }
    }
    if (!companyName.trimmed().isEmpty()) {
        for (DuplicateCandidate c : similarCompany(m_db, companyName)) {
            if (out.size() >= MaxCandidates || accounts.contains(c.accountId))
                continue;
            accounts.insert(c.accountId);
            out.append(c);
        }
    }
    for (DuplicateCandidate &c : out) {
        fillOpenLead(m_db, c);
        if (c.reason == DuplicateCandidate::Reason::SimilarCompany)
            fillContact(m_db, c);
    }
    return out;
}

} // namespace sales
