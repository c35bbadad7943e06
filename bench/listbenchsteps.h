// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchutil.h"

#include "sqlshell.h"
#include "storage/leadquery.h"
#include "storage/replicaconnection.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

namespace sales {
class LeadTableModel;
}

namespace sales::bench {

struct BenchCase
{
    QString name;
    LeadFilter filter;
    LeadSort sort;
};

// The raw SQL figures of a case, for the model's ratio.
struct SqlFigures
{
    double wholeOrder = 0; // every row id in order, then the first page's rows
};

QTextStream &out();
// Median of `runs` timings; a figure under 20 ms is the mean of 20 more runs, for resolution.
double timeIt(int runs, const std::function<void()> &work);
// The same for statements in the shell: one figure per statement.
QList<double> timeInShell(SqlShell &shell, const QStringList &statements, int runs);
QString ratio(double client, double sql);

// The workspace replica-open-bench caches; generated when missing.
bool ensureWorkspace(const QString &dir, int leads, ReplicaConfig &config);
// Migrates an older workspace step by step, timing each step in the client and,
// on a copy of the same file, in the shell.
bool migrateWorkspace(const ReplicaConfig &config, SqlShell &shell);
void measureListShown(const ReplicaConfig &config, int runs);
void measureFilterChoices(const QSqlDatabase &db, SqlShell &shell, int runs);

void printQueryHeader();
SqlFigures measureQueries(const BenchCase &c, const QSqlDatabase &db, SqlShell &shell, int runs);
void printModelHeader();
void measureModel(const BenchCase &c, LeadTableModel &model, const SqlFigures &sql, int runs);
void measureFirstSearch(const BenchCase &c, const ReplicaConfig &config, int runs);

} // namespace sales::bench
