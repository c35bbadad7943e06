// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncclient.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sales {

class Clock;

// Evidence files between the replica and the server, one at a time (each may be
// 20 MiB: only one is in memory at once).
//
// A file the server refuses for good (413 body_too_large: larger than its
// limits.max_blob_bytes; 400 hash_mismatch: the bytes in the replica are not the
// file they are named by) is remembered in local_state with why, and not sent
// again until kRetryRefusedMs have passed (an administrator may raise the limit):
// a 21 MB upload every minute, refused every time, would only cost the rep's
// connection. The push holds back the ops that name it; the rest go on.
class BlobTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(sales::BlobTransfer)

public:
    static constexpr const char *kRefusedKey = "sync.refused_blobs"; // {sha: {"code","message","at"}}
    static constexpr qint64 kRetryRefusedMs = 60 * 60 * 1000;

    BlobTransfer(QSqlDatabase db, const Clock &clock, SyncClient &client);

    // Uploads those of shas the server is missing. False when the push must stop
    // (no answer, 5xx, a token refused): *failure says why. Files refused for good
    // are added to *refused.
    bool upload(const QStringList &shas, QSet<QString> *refused, HttpResult *failure);
    QStringList missing(const QStringList &shas) const; // not in the replica yet
    // Downloads and stores them; a file the server does not have (or no longer
    // lets this user see) is skipped: its row still arrives.
    bool fetch(const QStringList &shas, HttpResult *failure);

    // For the user: the file's name (from the rows that name it), its size, and why
    // the server refused it.
    QString refusalInWords(const QString &sha) const;

private:
    QJsonObject refusals() const;
    void remember(const QString &sha, const HttpResult &answer);
    void forget(const QString &sha);

    QSqlDatabase m_db;
    const Clock &m_clock;
    SyncClient &m_client;
};

} // namespace sales
