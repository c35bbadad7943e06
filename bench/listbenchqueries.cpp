// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// list-bench: LeadQuery against the sqlcipher shell, and the model end to end.
#include "leads/leadtablemodel.h"
#include "listbenchsteps.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales::bench {
namespace {

constexpr int Page = LeadTableModel::PageSize;

QString cell(double client, double sql)
{
    return u"%1 sql %2 %3"_s.arg(client, 7, 'f', 1).arg(sql, 7, 'f', 1).arg(ratio(client, sql));
}

int modelColumn(LeadSort::Column column)
{
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c) {
        if (LeadTableModel::sortColumn(LeadTableModel::Column(c)) == column)
            return c;
    }
    return LeadTableModel::LastActivity;
}

} // namespace

void printQueryHeader()
{
    out() << Qt::endl
          << u"%1 %2 | %3 | %4 | %5"_s.arg(u"LeadQuery, ms"_s, -46)
                 .arg(u"rows"_s, 6)
                 .arg(u"count(filter)"_s, -28)
                 .arg(u"first page: 200 ids + rows"_s, -28)
                 .arg(u"whole order (all ids) + first rows"_s)
          << Qt::endl;
}

SqlFigures measureQueries(const BenchCase &c, const QSqlDatabase &db, SqlShell &shell, int runs)
{
    const LeadQuery query(db);
    int count = 0;
    QList<qint64> firstIds, allIds;
    const double countMs = timeIt(runs, [&] { count = query.count(c.filter); });
    const double pageMs = timeIt(runs, [&] {
        firstIds = query.rowIds(c.filter, c.sort, 0, Page);
        query.rows(firstIds);
    });
    const double wholeMs = timeIt(runs, [&] {
        allIds = query.rowIds(c.filter, c.sort);
        query.rows(allIds.mid(0, Page));
    });
    if (!query.errorText().isEmpty())
        out() << "  error: " << query.errorText() << Qt::endl;

    const auto sql = [](const LeadStatement &s) { return SqlShell::inlined(s.sql, s.values); };
    const QList<double> t = timeInShell(shell,
                                        {sql(query.countStatement(c.filter)),
                                         sql(query.rowIdsStatement(c.filter, c.sort, 0, Page)),
                                         sql(LeadQuery::rowsStatement(firstIds)),
                                         sql(query.rowIdsStatement(c.filter, c.sort)),
                                         sql(LeadQuery::rowsStatement(allIds.mid(0, Page)))},
                                        runs);
    SqlFigures figures;
    const bool ok = t.size() == 5;
    if (ok)
        figures.wholeOrder = t.at(3) + t.at(4);
    out() << u"%1 %2 | %3 | %4 | %5"_s.arg(c.name, -46)
                 .arg(count, 6)
                 .arg(cell(countMs, ok ? t.at(0) : 0))
                 .arg(cell(pageMs, ok ? t.at(1) + t.at(2) : 0))
                 .arg(cell(wholeMs, figures.wholeOrder))
          << Qt::endl;
    return figures;
}

void printModelHeader()
{
    out() << Qt::endl
          << u"LeadTableModel end to end: setFilter()/sort() until the first page is readable on the GUI "
             u"thread (worker thread with its own connection for all but the default), median ms; "
             u"sql = the whole-order statements above; stall = longest the GUI thread did not "
             u"turn its event loop (2 ms ticker)"_s
          << Qt::endl;
}

namespace {

// One change of filter or sort, until the first page is readable; the longest
// GUI-thread stall meanwhile goes to *stall.
double applyOnce(LeadTableModel &model, const BenchCase &c, double *stall)
{
    QEventLoop loop;
    const auto done = QObject::connect(&model, &LeadTableModel::loaded, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(2);
    QElapsedTimer sinceTick;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        *stall = std::max(*stall, ms(sinceTick));
        sinceTick.restart();
    });

    QElapsedTimer t;
    t.start();
    if (c.filter.isEmpty() && c.sort.isDefault())
        model.reload();
    else if (!c.filter.isEmpty())
        model.setFilter(c.filter);
    else
        model.sort(modelColumn(c.sort.column), c.sort.order);
    *stall = std::max(*stall, ms(t));
    if (model.isLoading()) {
        sinceTick.start();
        ticker.start();
        guard.start(60000);
        loop.exec();
        ticker.stop();
    }
    QObject::disconnect(done);
    QElapsedTimer rows;
    rows.start();
    model.leadId(0);
    model.leadId(std::min(model.rowCount(), Page) - 1);
    *stall = std::max(*stall, ms(rows));
    return ms(t);
}

void toDefault(LeadTableModel &model)
{
    // Read on this thread; sort first so that nothing is queued on the worker in between.
    model.sort(LeadTableModel::LastActivity, Qt::DescendingOrder);
    model.setFilter({});
}

} // namespace

void measureModel(const BenchCase &c, LeadTableModel &model, const SqlFigures &sql, int runs)
{
    QList<double> times;
    double stall = 0;
    for (int i = 0; i < runs; ++i) {
        toDefault(model);
        times.append(applyOnce(model, c, &stall));
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    const bool search = !c.filter.search.isEmpty();
    out() << u"%1 %2 rows | %3 ms sql %4 %5 | stall %6 ms%7"_s.arg(c.name, -46)
                 .arg(model.rowCount(), 6)
                 .arg(median, 7, 'f', 1)
                 .arg(sql.wholeOrder, 7, 'f', 1)
                 .arg(ratio(median, sql.wholeOrder))
                 .arg(stall, 5, 'f', 1)
                 .arg(search ? u" (search budget 100 ms)"_s : QString())
          << Qt::endl;
}

void measureFirstSearch(const BenchCase &c, const ReplicaConfig &config, int runs)
{
    double stall = 0;
    QList<double> cold, warmed;
    for (int i = 0; i < runs; ++i) {
        {
            ReplicaConnection connection(config);
            LeadTableModel model(connection.database(), {});
            cold.append(applyOnce(model, c, &stall));
        }
        ReplicaConnection connection(config);
        LeadTableModel model(connection.database(), {});
        QEventLoop idle; // the window is shown; the user has not typed yet
        QTimer::singleShot(LeadTableModel::WarmUpDelayMs + 1000, &idle, &QEventLoop::quit);
        idle.exec();
        warmed.append(applyOnce(model, c, &stall));
    }
    std::sort(cold.begin(), cold.end());
    std::sort(warmed.begin(), warmed.end());
    out() << u"first search after opening (new connections, median of %1), %2: %3 ms typed at once (worker "
             u"connection cold) | %4 ms typed %5 s after opening (worker warmed up) | stall %6 ms"_s.arg(runs)
                 .arg(c.name)
                 .arg(cold.at(cold.size() / 2), 0, 'f', 1)
                 .arg(warmed.at(warmed.size() / 2), 0, 'f', 1)
                 .arg((LeadTableModel::WarmUpDelayMs + 1000) / 1000.0, 0, 'f', 1)
                 .arg(stall, 0, 'f', 1)
          << Qt::endl;
}

} // namespace sales::bench
