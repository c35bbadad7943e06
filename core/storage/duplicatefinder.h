// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sales {

// A candidate duplicate shown before saving a new lead.
struct DuplicateCandidate
{
    enum class Reason { SamePhone, SimilarCompany };
    Reason reason = Reason::SimilarCompany;
    QString accountId;
    QString accountName;
    QString contactName;
    QString contactPhone;
    QString leadId;      // an open lead of that account, if any
    QString leadTitle;
};

// The same customer already in the replica, by phone number (any format, compared
// canonically) or by company name (cores compared as companyNameCore does, with the
// city names of resources/places/cities.txt stripped besides the built-in ones).
// Phone matches come first; at most ten accounts, each once.
class DuplicateFinder final
{
public:
    explicit DuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<DuplicateCandidate> find(const QString &companyName, const QString &phone) const;

    // The names of resources/places/cities.txt, read once.
    static const QStringList &placeNames();

private:
    QSqlDatabase m_db;
};

} // namespace sales
