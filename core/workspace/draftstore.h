// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sales {

class Clock;

struct Draft
{
    QString key;  // e.g. "new-lead", "activity:<lead id>"
    QString kind; // the dialog it belongs to, e.g. "new-lead", "activity", "evidence-text"
    QJsonObject payload;
    QDateTime updatedAt;
};

// Drafts of open dialogs, autosaved into the encrypted replica (table draft) so
// that a crash or a kill loses nothing typed. Local only, never synced.
class DraftStore final
{
    Q_DECLARE_TR_FUNCTIONS(sales::DraftStore)

public:
    DraftStore(QSqlDatabase db, const Clock &clock);

    Result save(const QString &key, const QString &kind, const QJsonObject &payload);
    // Ok with no draft when none was saved under key; a failure when it cannot be
    // read or its payload is damaged.
    Expected<std::optional<Draft>> load(const QString &key) const;
    // Newest first; drafts whose payload is damaged are skipped (and logged).
    Expected<QList<Draft>> all() const;
    // Removing a draft that is not there succeeds.
    Result remove(const QString &key);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace sales
