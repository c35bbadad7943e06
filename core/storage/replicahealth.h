// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace sales {

// The whole file read once, meant for a connection of its own off the GUI thread
// after start-up: damage in a table the rep has not opened yet (activities,
// evidence, drafts) is found before it is read. Every table is read row by row
// and every index scanned, so each page is decrypted and its HMAC checked (one
// flipped byte anywhere in a page fails it). Unlike PRAGMA quick_check, which
// SQLite 3.15 cannot interrupt (5 s on a 700 MB replica), it stops within
// milliseconds once keepGoing() says so.
struct ReplicaHealth
{
    enum class State { Healthy, Damaged, Failed, Stopped };
    State state = State::Failed;
    QString table;  // the table or index whose read failed
    QString detail; // the error

    static ReplicaHealth check(const QSqlDatabase &db, const std::function<bool()> &keepGoing = {});
};

} // namespace sales
