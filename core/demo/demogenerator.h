// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/organisation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace sales {

struct DemoOptions
{
    quint32 seed = 20260123;
    int leads = 5000;
    int reps = 40;
    double activitiesPerLead = 10.0;
    int backfillBursts = 6;       // reps who back-fill a week of visits on a Friday afternoon
    int backfillBurstSize = 47;   // entries in one sitting, each entered in under 40 s
    QDateTime now;                // the instant the data is anchored to (SLAs, recency)

    static DemoOptions benchmark(int leads); // e.g. 100k leads and about 1M activities
};

struct DemoSummary
{
    qint64 regions = 0, teams = 0, users = 0, accounts = 0, contacts = 0, leads = 0, activities = 0,
           evidence = 0, stageChanges = 0, cases = 0, blobs = 0, reviewItems = 0,
        reviewDecisions = 0;
    QString signedInUserId;
};

// Fills an empty replica with a realistic, deterministic Chinese sales dataset:
// six regions, teams and reps, leads across the seeds' industries with evidence,
// activities (some back-filled in bursts), stage histories with backflow and
// overdue SLAs. Runs on whatever thread owns db; reports progress in percent and
// stops early when the callback returns false.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(sales::DemoGenerator)

public:
    using Progress = std::function<bool(int percent)>;

    DemoGenerator(QSqlDatabase db, DemoOptions options);
    ~DemoGenerator();
    Q_DISABLE_COPY_MOVE(DemoGenerator)

    bool run(const Progress &progress = {});
    DemoSummary summary() const;
    QString errorText() const;

    // True once a run has completed in this replica (a marker in local_state).
    static bool isComplete(const QSqlDatabase &db);
    // Signs a demo workspace in as someone with role, to see it as they do: the
    // supervisor of the team with the most review items waiting, the rep with the
    // most leads in review, or the demo's regional manager. False with *error when
    // the demo has nobody of that role.
    static bool signInAs(const QSqlDatabase &db, UserRole role, QString *error);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace sales
