// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lead.h"
#include "leadlistrow.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace sales {

class LeadRepository final : public Repository
{
public:
    explicit LeadRepository(QSqlDatabase db, const Clock &clock = systemClock()) : Repository(std::move(db), clock) {}

    bool save(const Lead &lead);
    bool remove(const QString &id) { return Repository::remove(QStringLiteral("lead"), id); }
    std::optional<Lead> find(const QString &id) const;
    // Live (not deleted) leads, most recently active first.
    int count() const;
    QList<LeadListRow> listPage(int offset, int limit) const;

    static QVariantMap toFields(const Lead &lead);
};

} // namespace sales
