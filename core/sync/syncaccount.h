// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncengine.h"
#include "syncstatus.h"

#include "storage/replicaconnection.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace sales {

class SyncClient;

// Where this workspace syncs to, kept in local_state (inside the encrypted
// replica). The device token is not here: it lives in the keychain (or, for a
// passphrase workspace without a keychain, in local_state "sync.token").
struct SyncProfile {
    QString serverUrl;   // https://host:port
    QString fingerprint; // AB:CD:... the user confirmed
    QString userName;
    QString userId;      // the server's user id (lead.owner_id)
    QString caFile;      // PEM: trust certificates issued by this CA instead of a pinned fingerprint
    bool isSet() const { return !serverUrl.isEmpty() && (!fingerprint.isEmpty() || !caFile.isEmpty()); }

    static SyncProfile load(QSqlDatabase db);
    bool save(QSqlDatabase db) const; // also makes userId the session's user
};

struct LoginResult {
    bool ok = false;
    QByteArray token;
    QString userId;
    QString userName;
    QString role;
    QString error; // in words
    bool pinRefused = false;
};

// Blocking calls for a worker thread; the UI never speaks HTTP itself.
namespace syncaccount {
// fingerprint: the pinned one; or caFile: a CA the server's certificate must chain to.
LoginResult login(const QString &serverUrl, const QString &fingerprint, const QString &caFile, const QString &user,
                  const QString &password, const QString &device);
// The client for a profile (pinned fingerprint, or the profile's CA).
std::unique_ptr<SyncClient> clientFor(const QString &serverUrl, const QString &fingerprint, const QString &caFile);
// Opens its own connection to the replica, syncs once, closes it; progress (if
// set) is called on this thread after each pull page (see SyncEngine::setProgress).
SyncReport syncOnce(const ReplicaConfig &replica, const SyncProfile &profile, const QByteArray &token,
                    const std::function<void(int rows, int percent)> &progress = {});
// Counts for the status bar (GUI connection; two cheap queries).
void fillCounts(QSqlDatabase db, SyncStatus &status);
} // namespace syncaccount

} // namespace sales
