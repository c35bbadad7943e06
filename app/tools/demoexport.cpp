// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sales-demo-export --leads N [--seed S] [--reps R] OUT.jsonl
//
// Generates the demo workspace into a temporary replica (random key, never
// stored) and writes its rows as {"e","id","f"} lines for
// `sales-server import OUT.jsonl --password-stdin --data DIR`.
#include "demo/demogenerator.h"
#include "security/keymaterial.h"
#include "storage/replicaconnection.h"
#include "sync/rowexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sales;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The demo workspace as rows for `sales-server import`."_s);
    parser.addHelpOption();
    const QCommandLineOption leadsOption(u"leads"_s, u"demo leads (100000 gives about 1M activities)"_s, u"N"_s,
                                         u"5000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"random seed"_s, u"S"_s);
    const QCommandLineOption repsOption(u"reps"_s, u"at least this many reps"_s, u"R"_s);
    parser.addOptions({leadsOption, seedOption, repsOption});
    parser.addPositionalArgument(u"OUT.jsonl"_s, u"where the rows go"_s);
    parser.process(app);
    bool ok = false;
    const int leads = parser.value(leadsOption).toInt(&ok);
    if (!ok || leads < 1 || parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return 2;
    }
    DemoOptions options = DemoOptions::benchmark(leads);
    if (parser.isSet(seedOption))
        options.seed = parser.value(seedOption).toUInt();
    if (parser.isSet(repsOption))
        options.reps = std::max(options.reps, parser.value(repsOption).toInt());

    QTemporaryDir tmp;
    ReplicaConfig config;
    config.path = tmp.filePath(u"replica.db"_s);
    config.keyHex = rawKeyToSqlCipherPassword(generateDatabaseKey());
    config.create = true;
    ReplicaConnection replica(config);
    if (!tmp.isValid() || !replica.isOpen()) {
        err << "cannot create a temporary replica: " << replica.errorText() << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    DemoGenerator generator(replica.database(), options);
    if (!generator.run()) {
        err << generator.errorText() << Qt::endl;
        return 1;
    }
    const DemoSummary s = generator.summary();
    out << u"generated %1 leads, %2 activities, %3 users in %4 s"_s.arg(s.leads).arg(s.activities).arg(s.users).arg(
               double(t.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;

    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    t.restart();
    QString error;
    qint64 rows = 0;
    if (!exportRows(replica.database(), file, &error, &rows) || !file.flush()) {
        err << "export failed: " << (error.isEmpty() ? file.errorString() : error) << Qt::endl;
        return 1;
    }
    out << u"exported %1 rows in %2 s to %3"_s.arg(rows).arg(double(t.elapsed()) / 1000.0, 0, 'f', 1).arg(file.fileName())
        << Qt::endl;
    return 0;
}
