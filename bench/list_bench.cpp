// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints what the lead list costs on a large workspace: the schema migration, the
// list shown after opening, and count / first page / whole order for the default
// sort, each other sort, each filter and substring searches, each beside the
// same SQL run in the real `sqlcipher` shell on the same file (and the ratio);
// then the model end to end (worker thread included) with the longest stall of
// the GUI thread. Not a test: figures only.
//
//   list-bench [--leads 100000] [--dir /tmp/sales-bench] [--runs 3] [--sqlcipher sqlcipher]
//
// Uses the workspace cached by replica-open-bench (<dir>/leads-N with bench.key).
#include "leads/leadtablemodel.h"
#include "listbenchsteps.h"

#include "storage/leadquery.h"
#include "storage/replicaconnection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::bench;

namespace {

QList<BenchCase> casesFor(const QSqlDatabase &db)
{
    using C = LeadSort::Column;
    QList<BenchCase> cases;
    cases.append({u"default: last activity desc"_s, {}, {}});
    const QList<std::pair<QString, C>> sorts = {
        {u"title"_s, C::Title},   {u"account"_s, C::Account}, {u"stage"_s, C::Stage},
        {u"amount"_s, C::Amount}, {u"owner"_s, C::Owner},     {u"region"_s, C::Region},
        {u"industry"_s, C::Industry}, {u"source"_s, C::Source},
    };
    for (const auto &[name, column] : sorts)
        cases.append({u"sort: "_s + name + u" asc"_s, {}, {column, Qt::AscendingOrder}});
    cases.append({u"sort: last activity asc"_s, {}, {C::LastActivity, Qt::AscendingOrder}});

    const LeadQuery query(db);
    const LeadFilterChoices choices = query.filterChoices();
    const auto filterCase = [&](const QString &name, auto set) {
        LeadFilter f;
        set(f);
        cases.append({u"filter: "_s + name, f, {}});
    };
    filterCase(u"stage = demo"_s, [](LeadFilter &f) { f.stageKeys = {u"demo"_s}; });
    filterCase(u"SLA overdue"_s, [](LeadFilter &f) { f.sla = LeadFilter::Sla::Overdue; });
    filterCase(u"SLA frozen"_s, [](LeadFilter &f) { f.sla = LeadFilter::Sla::Frozen; });
    filterCase(u"industry = "_s + choices.industries.value(0),
               [&](LeadFilter &f) { f.industry = choices.industries.value(0); });
    filterCase(u"region = "_s + choices.regions.value(0).name,
               [&](LeadFilter &f) { f.regionId = choices.regions.value(0).key; });
    filterCase(u"source = "_s + choices.sources.value(0), [&](LeadFilter &f) { f.source = choices.sources.value(0); });
    QSqlQuery q(db);
    q.exec(u"SELECT owner_id FROM lead WHERE deleted = 0 AND owner_id IS NOT NULL LIMIT 1"_s);
    const QString owner = q.next() ? q.value(0).toString() : QString();
    filterCase(u"owner (one rep)"_s, [&](LeadFilter &f) { f.ownerId = owner; });
    filterCase(u"stage + industry + region"_s, [&](LeadFilter &f) {
        f.stageKeys = {u"qualify"_s};
        f.industry = choices.industries.value(1);
        f.regionId = choices.regions.value(1).key;
    });

    // Search terms taken from a lead in the middle of the list.
    const QList<LeadListRow> some = query.page({}, {}, 50000 % std::max(1, query.count({})), 1);
    const LeadListRow lead = some.value(0);
    QString digits;
    for (const QChar c : lead.contactPhone) {
        if (c.isDigit())
            digits += c;
    }
    const auto searchCase = [&](const QString &name, const QString &text) {
        LeadFilter f;
        f.search = text;
        cases.append({u"search: %1 \"%2\""_s.arg(name, text), f, {}});
    };
    searchCase(u"company fragment"_s, lead.accountName.mid(2, 4));
    searchCase(u"contact name"_s, lead.contactName);
    searchCase(u"4 phone digits"_s, digits.right(8).left(4));
    searchCase(u"whole phone"_s, lead.contactPhone);
    searchCase(u"miss"_s, u"不存在的客户"_s);
    searchCase(u"every lead (worst case)"_s, u"有限公司"_s);
    return cases;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leadsOption(u"leads"_s, u"workspace size"_s, u"n"_s, u"100000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"where cached workspaces live"_s, u"dir"_s,
                                       QDir::tempPath() + u"/sales-bench"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs per figure (median)"_s, u"n"_s, u"3"_s);
    const QCommandLineOption shellOption(u"sqlcipher"_s, u"the sqlcipher shell"_s, u"program"_s, u"sqlcipher"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"only the cases whose name contains text"_s, u"text"_s);
    parser.addOptions({leadsOption, dirOption, runsOption, shellOption, onlyOption});
    parser.process(app);
    const int leads = parser.value(leadsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    ReplicaConfig config;
    if (!ensureWorkspace(parser.value(dirOption) + u"/leads-"_s + QString::number(leads), leads, config))
        return 1;
    SqlShell shell(config.path, config.keyHex, config.cacheKiB, parser.value(shellOption));
    if (!migrateWorkspace(config, shell))
        return 1;

    ReplicaConnection connection(config);
    if (!connection.isOpen()) {
        out() << "open failed: " << connection.errorText() << Qt::endl;
        return 1;
    }
    out() << u"workspace %1: %2 leads, %3 MB, median of %4 runs; ms = client (Qt, QSQLCIPHER), "
             u"sql = the same statements in `sqlcipher` (.timer real), × = client / sql"_s
                 .arg(QFileInfo(config.path).absolutePath())
                 .arg(LeadQuery(connection.database()).count({}))
                 .arg(QFileInfo(config.path).size() / (1024 * 1024))
                 .arg(runs)
          << Qt::endl;

    measureListShown(config, runs);
    measureFilterChoices(connection.database(), shell, runs);
    QList<BenchCase> cases = casesFor(connection.database());
    if (parser.isSet(onlyOption))
        cases.removeIf([&](const BenchCase &c) { return !c.name.contains(parser.value(onlyOption)); });
    printQueryHeader();
    QList<SqlFigures> sql;
    for (const BenchCase &c : cases)
        sql.append(measureQueries(c, connection.database(), shell, runs));
    printModelHeader();
    LeadTableModel model(connection.database(), {});
    for (qsizetype i = 0; i < cases.size(); ++i)
        measureModel(cases.at(i), model, sql.at(i), runs);
    const auto firstSearch = std::find_if(cases.cbegin(), cases.cend(),
                                          [](const BenchCase &c) { return !c.filter.search.isEmpty(); });
    if (firstSearch != cases.cend()) {
        out() << Qt::endl;
        measureFirstSearch(*firstSearch, config, runs);
    }
    return 0;
}
