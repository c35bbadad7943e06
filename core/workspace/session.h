// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/organisation.h"
#include "storage/replicaconnection.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace sales {

class Clock;
class ReplicaReader;

// The signed-in user of this replica and the clock, made once at start-up.
// Services ask it at the moment they act (never copy the user id), so a
// sign-in, a sign-out or a role or team change that arrives by sync is followed
// at once. reload() re-reads local_state and app_user and announces a change.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);

    QSqlDatabase database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    // Empty when nobody is signed in (a local demo workspace).
    QString userId() const { return m_userId; }
    const std::optional<User> &user() const { return m_user; }
    // Reps see and write their own leads; the other roles see what they replicate.
    bool seesOnlyOwnLeads() const { return m_user && m_user->role == UserRole::Rep; }

    // Re-reads who is signed in; emits userChanged when the id, role, team or region differ.
    void reload();

    // Where the shared reader opens its worker connection: by default the file and
    // key of database(), never creating a file.
    ReplicaConfig replicaConfig() const;
    // Only before the first reader() (false afterwards: the reader keeps its connection).
    bool setReplicaConfig(const ReplicaConfig &config);
    // The app's one reader off the GUI thread, made on first use. Every area reads
    // through it, in its own lane: each reader costs a thread and a connection with
    // a page cache of replicaConfig().cacheKiB (64 MiB by default).
    ReplicaReader &reader();

    // A damaged replica is told once, by whoever finds it first (the lead list,
    // the background check): true the first time, false once it has been told.
    bool noteDamageReported() { return !std::exchange(m_damageReported, true); }
    bool damageReported() const { return m_damageReported; }

Q_SIGNALS:
    void userChanged();

private:
    bool read(); // true when who is signed in differs from what was read before

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_userId;
    std::optional<User> m_user;
    std::optional<ReplicaConfig> m_replicaConfig;
    ReplicaReader *m_reader = nullptr; // a child
    bool m_damageReported = false;
};

} // namespace sales
