// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    bool save(const QString &key, const QString &kind, const QJsonObject &payload);
    std::optional<Draft> load(const QString &key) const;
    QList<Draft> all() const; // newest first
    bool remove(const QString &key);
    QString errorText() const { return m_errorText; }

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    mutable QString m_errorText;
};

} // namespace sales
