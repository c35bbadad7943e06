// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sync-bench, part a (end): the physical limit of the replica. The exported rows,
// already in memory as bind values, go into an empty replica (same schema,
// indexes and triggers) through BulkInserter in one transaction.
#include "syncbench.h"

#include "protocol/entitycatalog.h"
#include "storage/bulkinserter.h"
#include "storage/indexsuspension.h"
#include "storage/leadsearchbatch.h"
#include "storage/transaction.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales::bench {
namespace {

struct Table {
    const protocol::EntitySpec *spec = nullptr;
    QList<QVariantList> rows;
    double ms = 0;
};

// The export's rows as bind values, per entity in catalog order (not timed).
QList<Table> loadRows(const QString &jsonl, qint64 *count)
{
    QList<Table> tables;
    QHash<QString, qsizetype> index;
    for (const protocol::EntitySpec &e : protocol::entities()) {
        index.insert(e.name, tables.size());
        tables.append(Table{&e, {}, 0});
    }
    QFile f(jsonl);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    *count = 0;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        const qsizetype i = index.value(o.value(u"e"_s).toString(), -1);
        if (i < 0)
            continue;
        Table &t = tables[i];
        const QJsonObject fields = o.value(u"f"_s).toObject();
        QVariantList values{o.value(u"id"_s).toString(), ++*count};
        for (const protocol::FieldSpec &fs : t.spec->fields)
            values << Outbox::fromJson(fields.value(fs.name), fs.type == protocol::FieldType::Integer);
        t.rows.append(values);
    }
    return tables;
}

// Milliseconds for every row, lead_search and the commit; -1 on error. With
// perRowTriggers lead_search is kept by its triggers row by row (a diagnostic:
// what a pull cost before LeadSearchBatch), otherwise as a large pull page keeps it.
double bulkInsert(QList<Table> &tables, bool perRowTriggers, bool suspendIndexes, double *searchMs, double *indexMs,
                  double *commitMs, QString *error)
{
    BenchReplica replica;
    QSqlDatabase db = replica.db();
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = OFF"_s); // as during a pull,
    QSqlQuery(db).exec(u"PRAGMA cache_size = -524288"_s); // with the pull's cache
    QElapsedTimer t;
    t.start();
    Transaction tx(db);
    LeadSearchBatch search(db);
    if (!perRowTriggers && !search.suspend()) {
        *error = search.errorText();
        return -1;
    }
    // As a first sync of this size: secondary indexes built once at the end.
    if (suspendIndexes && !IndexSuspension::suspend(db, protocol::entityNames(), LeadSearchBatch::indexesRead(), error))
        return -1;
    for (Table &table : tables) {
        QStringList columns{u"id"_s, u"rev"_s};
        for (const protocol::FieldSpec &f : table.spec->fields)
            columns << f.name;
        const bool lead = table.spec->name == u"lead"_s, account = table.spec->name == u"account"_s;
        const qsizetype accountColumn = columns.indexOf(u"account_id"_s);
        BulkInserter insert(db, table.spec->name, columns);
        QElapsedTimer one;
        one.start();
        for (const QVariantList &row : std::as_const(table.rows)) {
            if (!insert.add(row)) {
                *error = insert.errorText();
                return -1;
            }
            if (lead)
                search.noteLead(row.at(0).toString(), row.at(accountColumn).toString());
            else if (account)
                search.noteAccount(row.at(0).toString());
        }
        table.ms = ms(one);
    }
    QElapsedTimer c;
    c.start();
    if (!search.finish()) {
        *error = search.errorText();
        return -1;
    }
    *searchMs = ms(c);
    c.restart();
    if (!IndexSuspension::restore(db, error))
        return -1;
    *indexMs = ms(c);
    c.restart();
    if (!tx.commit()) {
        *error = db.lastError().text();
        return -1;
    }
    *commitMs = ms(c);
    return ms(t);
}

QString perRow(const QList<Table> &tables, const QStringList &only = {})
{
    QList<const Table *> sorted;
    for (const Table &t : tables) {
        if (t.rows.size() >= 100 && (only.isEmpty() || only.contains(t.spec->name)))
            sorted << &t;
    }
    std::sort(sorted.begin(), sorted.end(), [](const Table *a, const Table *b) { return a->ms > b->ms; });
    QStringList parts;
    for (const Table *t : std::as_const(sorted))
        parts << u"%1 %2 µs × %3"_s.arg(t->spec->name).arg(1000 * t->ms / double(t->rows.size()), 0, 'f', 1).arg(
            t->rows.size());
    return parts.join(u", "_s);
}

} // namespace

void runBulkInsert(const QString &jsonl, double syncMs, qint64 pulled)
{
    qint64 count = 0;
    QList<Table> tables = loadRows(jsonl, &count);
    QString error;
    double search = 0, index = 0, commit = 0;
    // As the engine's first sync: indexes suspended from its threshold on.
    const bool suspend = count >= SyncEngine::kSuspendIndexesRevs;
    const double bulk = bulkInsert(tables, false, suspend, &search, &index, &commit, &error);
    if (bulk < 0) {
        out() << "bulk insert failed: " << error << Qt::endl;
        return;
    }
    out() << u"physical limit: BulkInserter, one transaction, same schema and search index%1: %2 rows in %3 s = %4 rows/s"_s
                 .arg(suspend ? u", secondary indexes built at the end"_s : QString())
                 .arg(count)
                 .arg(bulk / 1000, 0, 'f', 2)
                 .arg(double(count) / (bulk / 1000), 0, 'f', 0)
          << Qt::endl
          << "  per row, slowest first: " << perRow(tables)
          << u"; lead_search %1 s; indexes %2 s; commit %3 s"_s.arg(search / 1000, 0, 'f', 2)
                 .arg(index / 1000, 0, 'f', 2)
                 .arg(commit / 1000, 0, 'f', 2)
          << Qt::endl;
    if (suspend) {
        const double kept = bulkInsert(tables, false, false, &search, &index, &commit, &error);
        if (kept > 0) {
            out() << u"  diagnostic, every index kept row by row: %1 s = %2 rows/s (%3)"_s.arg(kept / 1000, 0, 'f', 2)
                         .arg(double(count) / (kept / 1000), 0, 'f', 0)
                         .arg(perRow(tables))
                  << Qt::endl;
        }
    }
    const double triggers = bulkInsert(tables, true, suspend, &search, &index, &commit, &error);
    if (triggers > 0) {
        out() << u"  diagnostic, lead_search by its triggers row by row: %1 s = %2 rows/s (%3)"_s
                     .arg(triggers / 1000, 0, 'f', 2)
                     .arg(double(count) / (triggers / 1000), 0, 'f', 0)
                     .arg(perRow(tables, {u"lead"_s, u"contact"_s}))
              << Qt::endl;
    }
    if (syncMs > 0) {
        out() << u"sync / bulk = %1× (goal <= 5×; %2 rows pulled, %3 exported)"_s.arg(syncMs / bulk, 0, 'f', 2)
                     .arg(pulled)
                     .arg(count)
              << Qt::endl;
    }
}

} // namespace sales::bench
