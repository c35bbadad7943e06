// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sales {

// The whole file read once (PRAGMA quick_check), meant for a connection of its
// own off the GUI thread after start-up: damage in a table the rep has not opened
// yet (activities, evidence, drafts) is found before it is read. A 100k-lead
// replica (700 MB) takes about 5 s; SQLite cannot interrupt the check.
struct ReplicaHealth
{
    enum class State { Healthy, Damaged, Failed };
    State state = State::Failed;
    QString detail; // the first problem quick_check names, or the error

    static ReplicaHealth check(const QSqlDatabase &db);
};

} // namespace sales
