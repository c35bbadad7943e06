// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints how long it takes to generate a demo workspace, open its replica and
// show the lead list, for each requested size. Not a test: figures only.
//
//   replica-open-bench [--leads 5000,100000] [--dir /tmp/sales-bench]
//
// Workspaces are cached in --dir between runs with their key in a plain file
// (synthetic data, benchmark only; the client never does this).
#include "benchutil.h"
#include "demo/demogenerator.h"
#include "leads/leadsarea.h"
#include "mainwindow.h"
#include "security/keymaterial.h"
#include "storage/leadrepository.h"
#include "storage/replicaconnection.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::bench;

namespace {

QTextStream out(stdout);

bool ensureWorkspace(const QString &dir, int leads, ReplicaConfig &config)
{
    QDir().mkpath(dir);
    config.path = dir + u"/replica.db"_s;
    QFile keyFile(dir + u"/bench.key"_s);
    if (QFile::exists(config.path) && keyFile.open(QIODevice::ReadOnly)) {
        config.keyHex = QString::fromLatin1(keyFile.readAll().trimmed());
        ReplicaConnection c(config);
        if (c.isOpen() && DemoGenerator::isComplete(c.database()))
            return true;
    }
    QFile::remove(config.path);
    const QByteArray key = generateDatabaseKey();
    config.keyHex = rawKeyToSqlCipherPassword(key);
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    keyFile.write(config.keyHex.toLatin1());
    keyFile.close();

    config.create = true;
    ReplicaConnection c(config);
    config.create = false;
    if (!c.isOpen()) {
        out << "cannot create replica: " << c.errorText() << Qt::endl;
        return false;
    }
    DemoGenerator generator(c.database(), DemoOptions::benchmark(leads));
    QElapsedTimer t;
    t.start();
    if (!generator.run()) {
        out << generator.errorText() << Qt::endl;
        return false;
    }
    const double elapsed = ms(t);
    const DemoSummary s = generator.summary();
    out << u"generate %1 leads: %2 ms (%3 activities, %4 evidence, %5 stage changes; %6 rows/s)"_s
               .arg(s.leads)
               .arg(elapsed, 0, 'f', 0)
               .arg(s.activities)
               .arg(s.evidence)
               .arg(s.stageChanges)
               .arg(double(s.leads + s.activities + s.evidence + s.stageChanges + s.accounts + s.contacts)
                        / (elapsed / 1000.0),
                    0, 'f', 0)
        << Qt::endl;
    QSqlQuery(c.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

void measure(const ReplicaConfig &config, int leads)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    ReplicaConnection c(config);
    const double open = ms(t);
    if (!c.isOpen()) {
        out << "open failed: " << c.errorText() << Qt::endl;
        return;
    }
    t.restart();
    LeadRepository leadsRepo(c.database());
    const int count = leadsRepo.count();
    const double countMs = ms(t);
    t.restart();
    const auto page = leadsRepo.listPage(0, 200);
    const double firstPage = ms(t);
    const double beforeWindow = ms(total);
    t.restart();
    MainWindow window(c.database(), u"bench"_s);
    PaintWatcher watcher;
    window.currentArea<LeadsArea>()->leadTable()->viewport()->installEventFilter(&watcher);
    window.show();
    while (!watcher.painted && t.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double shown = ms(t);
    const double endToEnd = beforeWindow + shown - countMs - firstPage; // the window counts and pages itself
    t.restart();
    const auto deepPage = leadsRepo.listPage(std::max(0, count - 200), 200);
    const double lastPage = ms(t);
    out << u"%1 leads: open %2 ms | count %3 ms | first page %4 ms | last page %5 ms | "
           u"window with list painted %6 ms | open→painted %7 ms (%8 rows listed)"_s
               .arg(leads)
               .arg(open, 0, 'f', 1)
               .arg(countMs, 0, 'f', 1)
               .arg(firstPage, 0, 'f', 1)
               .arg(lastPage, 0, 'f', 1)
               .arg(shown, 0, 'f', 1)
               .arg(endToEnd, 0, 'f', 1)
               .arg(window.currentArea<LeadsArea>()->leadTable()->model()->rowCount())
        << Qt::endl;
    Q_UNUSED(page);
    Q_UNUSED(deepPage);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leadsOption(u"leads"_s, u"comma-separated workspace sizes"_s, u"list"_s, u"5000,100000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"where cached workspaces live"_s, u"dir"_s,
                                       QDir::tempPath() + u"/sales-bench"_s);
    parser.addOptions({leadsOption, dirOption});
    parser.process(app);

    for (const QString &size : parser.value(leadsOption).split(u',', Qt::SkipEmptyParts)) {
        const int leads = size.toInt();
        ReplicaConfig config;
        if (!ensureWorkspace(parser.value(dirOption) + u"/leads-"_s + size, leads, config))
            return 1;
        measure(config, leads); // cold-ish: first open in this process
        measure(config, leads); // warm: page cache of the OS is hot
    }
    return 0;
}
