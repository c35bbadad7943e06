// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicahealth.h"

#include "logging.h"
#include "sqlcipher/sqlcipherdriver.h"
#include "sqlcipher/sqlcipherutil.h"
#include "sqlstatement.h"

#include <QList>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

struct BTree
{
    bool index = false;
    QString name;
    QString table;
    QString partialWhere; // a partial index's condition: INDEXED BY needs it
    QString firstColumn;  // an index's first column (empty: an expression)
};

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// How a b-tree is read whole: a table's rows with their columns (overflow pages
// too), an index by a scan of it alone.
QString readAll(const BTree &t)
{
    if (!t.index)
        return u"SELECT * FROM %1"_s.arg(quoted(t.name));
    // A full scan goes through the index when it gives the order asked for
    // (SQLite 3.15 refuses INDEXED BY for a plain full scan of an index no
    // smaller than its table, and answers count(*) from the smallest b-tree).
    if (t.firstColumn.isEmpty()) // an expression: the best there is
        return u"SELECT count(*) FROM %1 INDEXED BY %2"_s.arg(quoted(t.table), quoted(t.name))
            + (t.partialWhere.isEmpty() ? QString() : u" WHERE "_s + t.partialWhere);
    QString sql = u"SELECT %1 FROM %2 INDEXED BY %3"_s.arg(quoted(t.firstColumn), quoted(t.table), quoted(t.name));
    if (!t.partialWhere.isEmpty())
        sql += u" WHERE "_s + t.partialWhere;
    sql += u" ORDER BY "_s + quoted(t.firstColumn);
    return sql;
}

int progress(void *keepGoing)
{
    const auto &f = *static_cast<const std::function<bool()> *>(keepGoing);
    return f() ? 0 : 1; // non-zero interrupts the statement
}

ReplicaHealth failedRead(const QString &table, const SqlStatement &s)
{
    ReplicaHealth health;
    const int primary = s.extendedErrorCode() & 0xff;
    health.state = sqlcipher::isDamagedFileCode(primary) ? ReplicaHealth::State::Damaged
        : primary == SQLITE_INTERRUPT                     ? ReplicaHealth::State::Stopped
                                                          : ReplicaHealth::State::Failed;
    health.table = table;
    health.detail = s.errorText();
    return health;
}

} // namespace

ReplicaHealth ReplicaHealth::check(const QSqlDatabase &db, const std::function<bool()> &keepGoing)
{
    const std::function<bool()> going = keepGoing ? keepGoing : [] { return true; };
    SqlStatement schema(db, u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                            "WHERE type IN ('table', 'index') AND rootpage > 0 ORDER BY rootpage"_s);
    QList<BTree> trees;
    if (schema.isValid() && schema.exec()) {
        for (; schema.hasRow(); schema.next()) {
            BTree t{schema.columnText(0) == u"index"_s, schema.columnText(1), schema.columnText(2), {}, {}};
            const QString sql = schema.columnText(3);
            if (const qsizetype where = sql.lastIndexOf(u" WHERE "_s, -1, Qt::CaseInsensitive); t.index && where > 0)
                t.partialWhere = sql.mid(where + 7);
            trees.append(t);
        }
    }
    for (BTree &t : trees) {
        if (!t.index)
            continue;
        SqlStatement columns(db, u"PRAGMA index_info(%1)"_s.arg(quoted(t.name)));
        if (columns.isValid() && columns.exec() && columns.hasRow())
            t.firstColumn = columns.columnText(2);
    }
    ReplicaHealth health;
    if (!schema.errorText().isEmpty()) {
        health = failedRead(u"sqlite_master"_s, schema);
    } else {
        auto *handle = qvariant_cast<sqlite3 *>(db.driver()->handle());
        sqlite3_progress_handler(handle, 1000, progress, const_cast<std::function<bool()> *>(&going));
        health.state = State::Healthy;
        for (const BTree &t : std::as_const(trees)) {
            if (!going()) {
                health.state = State::Stopped;
                break;
            }
            SqlStatement read(db, readAll(t));
            bool ok = read.isValid() && read.exec();
            while (ok && read.hasRow())
                ok = read.next() || read.errorText().isEmpty();
            if (!ok) {
                health = failedRead(t.name, read);
                break;
            }
        }
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    }
    if (health.state == State::Damaged || health.state == State::Failed)
        qCWarning(lcStorage) << "replica check:" << (health.state == State::Damaged ? "damaged" : "failed") << health.table
                             << health.detail;
    return health;
}

} // namespace sales
