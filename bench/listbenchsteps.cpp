// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// list-bench: the workspace, its migration and the list as first shown.
#include "listbenchsteps.h"

#include "demo/demogenerator.h"
#include "leads/leadfilterbar.h"
#include "leads/leadtablemodel.h"
#include "security/keymaterial.h"
#include "storage/migrator.h"
#include "storage/sqlcipher/sqlcipherdriver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales::bench {
namespace {

QString migrationFile(int version)
{
    const QDir dir(u":/sales/migrations"_s);
    const QStringList names = dir.entryList({u"%1_*.sql"_s.arg(version, 4, 10, QLatin1Char('0'))}, QDir::Files);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

QStringList migrationStatements(int version)
{
    QFile f(migrationFile(version));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList statements{u"BEGIN"_s};
    statements += Migrator::splitStatements(QString::fromUtf8(f.readAll()));
    statements << u"PRAGMA user_version = %1"_s.arg(version) << u"COMMIT"_s;
    return statements;
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double timeIt(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(ms(t));
    }
    const double m = median(times);
    if (m >= 20)
        return m;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 20; ++i)
        work();
    return ms(t) / 20;
}

QList<double> timeInShell(SqlShell &shell, const QStringList &statements, int runs)
{
    QStringList script;
    for (const QString &s : statements) {
        for (int i = 0; i < runs; ++i)
            script.append(s);
    }
    const QList<double> times = shell.time(script);
    QList<double> figures;
    QStringList again;
    for (qsizetype s = 0; s < statements.size(); ++s) {
        figures.append(median(times.mid(s * runs, runs)));
        if (figures.last() < 20) // the shell's timer counts whole milliseconds
            again.append(statements.at(s));
    }
    if (times.isEmpty())
        out() << "  sqlcipher: " << shell.errorText() << Qt::endl;
    if (again.isEmpty())
        return figures;
    script.clear();
    for (const QString &s : std::as_const(again)) {
        for (int i = 0; i < 20; ++i)
            script.append(s);
    }
    const QList<double> more = shell.time(script);
    for (qsizetype s = 0, a = 0; s < statements.size() && more.size() == again.size() * 20; ++s) {
        if (figures.at(s) >= 20)
            continue;
        double sum = 0;
        for (int i = 0; i < 20; ++i)
            sum += more.at(a * 20 + i);
        figures[s] = sum / 20;
        ++a;
    }
    return figures;
}

QString ratio(double client, double sql)
{
    if (sql < 0.05)
        return u"   n/a"_s;
    return u"×%1"_s.arg(client / sql, 5, 'f', 2);
}

bool ensureWorkspace(const QString &dir, int leads, ReplicaConfig &config)
{
    QDir().mkpath(dir);
    config.path = dir + u"/replica.db"_s;
    QFile keyFile(dir + u"/bench.key"_s);
    if (QFile::exists(config.path) && keyFile.open(QIODevice::ReadOnly)) {
        config.keyHex = QString::fromLatin1(keyFile.readAll().trimmed());
        return true; // an older schema is migrated (and timed) by migrateWorkspace
    }
    const QByteArray key = generateDatabaseKey();
    config.keyHex = rawKeyToSqlCipherPassword(key);
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    keyFile.write(config.keyHex.toLatin1());
    keyFile.close();
    config.create = true;
    ReplicaConnection c(config);
    config.create = false;
    DemoGenerator generator(c.database(), DemoOptions::benchmark(leads));
    QElapsedTimer t;
    t.start();
    if (!c.isOpen() || !generator.run()) {
        out() << "cannot create the workspace: " << c.errorText() << generator.errorText() << Qt::endl;
        return false;
    }
    out() << u"generated %1 leads in %2 ms"_s.arg(leads).arg(ms(t), 0, 'f', 0) << Qt::endl;
    QSqlQuery(c.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

bool migrateWorkspace(const ReplicaConfig &config, SqlShell &shell)
{
    registerSqlCipherDriver();
    const QString name = u"list-bench-migration"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriverName, name);
        db.setDatabaseName(config.path);
        db.setPassword(config.keyHex);
        const auto pragma = [&db](const QString &sql) {
            QSqlQuery q(db);
            const bool done = q.exec(sql);
            q.finish(); // a statement left open would block the migration's COMMIT
            return done;
        };
        ok = db.open() && pragma(u"PRAGMA synchronous = NORMAL"_s) && pragma(u"PRAGMA temp_store = MEMORY"_s)
             && pragma(u"PRAGMA cache_size = -%1"_s.arg(config.cacheKiB)) && pragma(u"PRAGMA foreign_keys = ON"_s);
        Migrator migrator(db);
        const int from = migrator.currentVersion();
        const int latest = Migrator::latestVersion();
        if (!ok || from < 1) {
            out() << "cannot open the workspace: " << db.lastError().text() << Qt::endl;
            ok = false;
        } else if (from >= latest) {
            out() << u"schema v%1 already: no migration to time (put a v3 replica.db there to time it)"_s.arg(from)
                  << Qt::endl;
        } else {
            // The shell first, on a copy, so that both start from the same file.
            pragma(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            const QString copy = config.path + u".shell-migration"_s;
            QFile::remove(copy);
            QFile::copy(config.path, copy);
            SqlShell copyShell(copy, config.keyHex, config.cacheKiB, shell.program());
            QStringList script;
            QList<qsizetype> sizes;
            for (int v = from + 1; v <= latest; ++v) {
                const QStringList statements = migrationStatements(v);
                script += statements;
                sizes.append(statements.size());
            }
            const QList<double> shellTimes = copyShell.time(script);
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(copy + suffix);
            qsizetype at = 0;
            for (int v = from + 1; v <= latest && ok; ++v) {
                QElapsedTimer t;
                t.start();
                ok = migrator.migrate(v);
                const double client = ms(t);
                if (!ok)
                    break;
                double sql = 0;
                for (qsizetype i = 0; i < sizes.at(v - from - 1) && at + i < shellTimes.size(); ++i)
                    sql += shellTimes.at(at + i);
                at += sizes.at(v - from - 1);
                out() << u"migrate schema v%1 → v%2 (%3): %4 ms | sql %5 ms | %6"_s.arg(v - 1)
                             .arg(v)
                             .arg(QFileInfo(migrationFile(v)).fileName())
                             .arg(client, 0, 'f', 0)
                             .arg(sql, 0, 'f', 0)
                             .arg(ratio(client, sql))
                      << Qt::endl;
            }
            if (!ok)
                out() << "migration failed: " << migrator.errorText() << Qt::endl;
            pragma(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void measureListShown(const ReplicaConfig &config, int runs)
{
    QList<double> opens, shown;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        ReplicaConnection c(config);
        opens.append(ms(t));
        t.restart();
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new LeadFilterBar(c.database(), &window);
        auto *view = new QTableView(&window);
        view->setModel(new LeadTableModel(c.database(), {}, &window));
        layout->addWidget(bar);
        layout->addWidget(view);
        PaintWatcher watcher;
        view->viewport()->installEventFilter(&watcher);
        window.resize(1280, 800);
        window.show();
        while (!watcher.painted && t.elapsed() < 10000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        shown.append(ms(t));
    }
    out() << u"open replica: %1 ms first, %2 ms median | lead list painted after open (model count + "
             u"first page, filter bar with its choices, table): %3 ms first, %4 ms median (budget 300 ms)"_s
                 .arg(opens.first(), 0, 'f', 1)
                 .arg(median(opens), 0, 'f', 1)
                 .arg(shown.first(), 0, 'f', 1)
                 .arg(median(shown), 0, 'f', 1)
          << Qt::endl;
}

void measureFilterChoices(const QSqlDatabase &db, SqlShell &shell, int runs)
{
    const double client = timeIt(runs, [&] { LeadQuery(db).filterChoices(); });
    const QList<double> sql = timeInShell(shell,
                                          {u"SELECT id, name FROM region WHERE deleted = 0 ORDER BY name, id"_s,
                                           u"SELECT DISTINCT industry, source, template_id FROM lead WHERE deleted = 0"_s},
                                          runs);
    const double sqlSum = sql.size() == 2 ? sql.at(0) + sql.at(1) : 0;
    out() << u"filter bar choices: %1 ms | sql %2 ms | %3 (the client also reads the pipeline templates)"_s
                 .arg(client, 0, 'f', 1)
                 .arg(sqlSum, 0, 'f', 1)
                 .arg(ratio(client, sqlSum))
          << Qt::endl;
}

} // namespace sales::bench
