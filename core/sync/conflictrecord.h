// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace sales {

// One row of sync_conflict (schema 7): something the server did not take as typed.
struct ConflictRecord {
    enum class Kind {
        Conflict,   // the field changed on both sides; the server kept its value
        Rejected,   // the server refused the change: code/message say why
        LostAccess, // the row left the user's scope while it had local edits
    };
    qint64 id = 0;
    Kind kind = Kind::Conflict;
    QString entity; // table, e.g. "lead"
    QString rowId;
    QString field;  // column, or "*" for a whole row (mine is then an object)
    QJsonValue mine;
    QJsonValue server;
    QJsonValue base;
    QString code;    // the server's reason code for Rejected, e.g. "stage_gate"
    QString message; // the server's reason in words
    QDateTime createdAt;
};

} // namespace sales
