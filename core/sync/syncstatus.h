// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sales {

// What the status bar shows about sync. Plain data, copied across threads.
struct SyncStatus {
    enum class State {
        SignedOut, // no server configured or signed out: the replica works alone
        Idle,      // signed in, nothing running
        Syncing,   // a push or pull is running
        Offline,   // the server cannot be reached; retrying with backoff
        Error,     // the server refused (bad token, certificate changed, ...)
    };
    State state = State::SignedOut;
    QString serverUrl;    // https://host:port
    QString userName;
    QDateTime lastSync;   // last time a sync completed, invalid if never
    int opsWaiting = 0;   // local edits not yet accepted by the server
    int openConflicts = 0;
    QString lastError;    // in words, for the user; empty when the last sync worked
    QDateTime nextRetry;  // when Offline: the next attempt
    int rowsReceived = 0; // while Syncing: rows pulled so far (a long first sync)
    int percent = -1;     // while Syncing: how far the pull has come, -1 unknown
    // The server's data is older than this replica's (restored from a backup): a
    // full resync from cursor 0 is under way (or will go on at the next sync).
    bool fullResync = false;
    QStringList heldFiles; // files the server refused, each in words; their edits wait in the outbox
};

} // namespace sales

Q_DECLARE_METATYPE(sales::SyncStatus)
