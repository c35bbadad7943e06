// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Cold start, lead detail and memory of the rep's desktop on a cached demo
// workspace (made by replica-open-bench), each beside the same SQL run in the
// real `sqlcipher` shell. Figures only; not a test.
//
//   startup-bench [--dir /tmp/sales-bench/leads-100000] [--runs 5]
//
// Each run starts a fresh process of this program (--child), which opens the
// replica, shows the main window with the lead list, then shows a lead with 200
// activities, and reports its timings and RSS.
#include "benchutil.h"
#include "leads/leadview.h"
#include "leads/leadsarea.h"
#include "mainwindow.h"
#include "sqlshell.h"
#include "storage/bulkinserter.h"
#include "storage/replicaconnection.h"
#include "workspace/leaddetail.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::bench;

namespace {

QTextStream out(stdout);
const auto DetailLeadKey = "bench.detail_lead";

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

ReplicaConfig configFor(const QString &dir)
{
    QFile key(dir + u"/bench.key"_s);
    ReplicaConfig c;
    c.path = dir + u"/replica.db"_s;
    if (key.open(QIODevice::ReadOnly))
        c.keyHex = QString::fromLatin1(key.readAll().trimmed());
    return c;
}

// A lead with exactly 200 activities (the budget's case); made once, remembered in local_state.
QString ensureDetailLead(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM local_state WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(DetailLeadKey));
    if (q.exec() && q.next())
        return q.value(0).toString();
    q.exec(u"SELECT id, owner_id FROM lead WHERE deleted = 0 ORDER BY last_activity_at DESC LIMIT 1"_s);
    q.next();
    const QString lead = q.value(0).toString(), owner = q.value(1).toString();
    q.finish();
    db.transaction();
    BulkInserter activities(db, u"activity"_s,
                            {u"id"_s, u"lead_id"_s, u"owner_id"_s, u"kind"_s, u"happened_at"_s, u"entered_at"_s,
                             u"entry_seconds"_s, u"text"_s, u"progress"_s, u"rev"_s, u"updated_at"_s});
    QSqlQuery existing(db);
    existing.prepare(u"SELECT count(*) FROM activity WHERE lead_id = ?"_s);
    existing.addBindValue(lead);
    existing.exec();
    existing.next();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = existing.value(0).toInt(); i < 200; ++i)
        activities.add({QUuid::createUuid().toString(QUuid::WithoutBraces), lead, owner, u"call"_s,
                        now - qint64(i) * 3600000, now - qint64(i) * 3600000 + 600000, 120,
                        u"电话跟进第 %1 次：客户确认了交付周期和付款方式"_s.arg(i), i % 3 == 0, 1, now});
    QSqlQuery mark(db);
    mark.prepare(u"INSERT INTO local_state (key, value) VALUES (?, ?)"_s);
    mark.addBindValue(QString::fromLatin1(DetailLeadKey));
    mark.addBindValue(lead);
    mark.exec();
    db.commit();
    return lead;
}

int runChild(const QString &dir)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    int argc = 1;
    char name[] = "startup-bench";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    const double appReady = ms(sinceMain);
    ReplicaConnection c(configFor(dir));
    if (!c.isOpen())
        return 2;
    const double opened = ms(sinceMain);
    const QString detailLead = ensureDetailLead(c.database());
    MainWindow window(c.database(), u"bench"_s);
    const double constructed = ms(sinceMain);
    PaintWatcher watcher;
    window.currentArea<LeadsArea>()->leadTable()->viewport()->installEventFilter(&watcher);
    window.show();
    while (!watcher.painted)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double painted = ms(sinceMain);
    out << "painted " << painted << Qt::endl; // the parent stops its clock here

    QElapsedTimer t;
    t.start();
    const auto detail = loadLeadDetail(c.database(), detailLead, QDateTime::currentDateTimeUtc(), 200);
    const double loaded = ms(t);
    window.currentArea<LeadsArea>()->leadView()->showLead(*detail, QDateTime::currentDateTimeUtc());
    QApplication::processEvents();
    const double shown = ms(t);
    out << u"child app %1 open %2 painted %3 detail-load %4 detail-shown %5 activities %6 rss %7 window-built %8"_s.arg(appReady)
               .arg(opened)
               .arg(painted)
               .arg(loaded)
               .arg(shown)
               .arg(detail ? detail->recentActivities.size() : -1)
               .arg(rssKiB())
               .arg(constructed)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dirOption(u"dir"_s, u"cached workspace"_s, u"dir"_s, u"/tmp/sales-bench/leads-100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs"_s, u"n"_s, u"5"_s);
    parser.addOptions({dirOption, runsOption});
    parser.process(app);
    const QString dir = parser.value(dirOption);

    QList<double> wall, inProcess, detailLoad, detailShown, rss;
    for (int i = 0; i < parser.value(runsOption).toInt(); ++i) {
        QProcess child;
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, dir});
        QByteArray output;
        while (!output.contains("painted") && child.waitForReadyRead(30000))
            output += child.readAllStandardOutput();
        wall.append(ms(t));
        child.waitForFinished(60000);
        output += child.readAllStandardOutput();
        const QStringList f = QString::fromUtf8(output).section(u"child "_s, 1).simplified().split(u' ');
        if (f.size() < 14) {
            out << "child failed: " << output << Qt::endl;
            return 1;
        }
        inProcess.append(f.at(5).toDouble());
        detailLoad.append(f.at(7).toDouble());
        detailShown.append(f.at(9).toDouble());
        rss.append(f.at(13).toDouble() / 1024.0);
    }

    // The same statements the lead detail runs, in the sqlcipher shell.
    const ReplicaConfig config = configFor(dir);
    QString lead;
    {
        ReplicaConnection c(config);
        QSqlQuery q(c.database());
        q.exec(u"SELECT value FROM local_state WHERE key = 'bench.detail_lead'"_s);
        q.next();
        lead = q.value(0).toString();
    }
    bench::SqlShell shell(config.path, config.keyHex, 64 * 1024);
    const QString id = u"'%1'"_s.arg(lead);
    const QList<double> sql = shell.time({
        u"SELECT * FROM lead WHERE id = %1 AND deleted = 0"_s.arg(id),
        u"SELECT definition FROM pipeline_template WHERE id = 'default'"_s,
        u"SELECT id, lead_id, stage_key, requirement_key, kind, text, blob_sha256, file_name, case_id, role, created_at "
        u"FROM evidence_item WHERE lead_id = %1 AND deleted = 0 ORDER BY created_at, id"_s.arg(id),
        u"SELECT id, lead_id, owner_id, kind, happened_at, entered_at, entry_seconds, text, progress FROM activity "
        u"WHERE lead_id = %1 AND deleted = 0 ORDER BY happened_at DESC, id LIMIT 200"_s.arg(id),
        u"SELECT id, lead_id, from_stage, to_stage, changed_at, reason, by_user_id, backflow FROM stage_change "
        u"WHERE lead_id = %1 AND deleted = 0 ORDER BY changed_at, id"_s.arg(id),
    });
    double sqlTotal = 0;
    for (double s : sql)
        sqlTotal += s;

    out << u"cold start to painted main window with the lead list (process start → first paint), median of %1: "
           u"%2 ms (budget 400 ms); inside the process %3 ms"_s.arg(wall.size()).arg(median(wall), 0, 'f', 1)
               .arg(median(inProcess), 0, 'f', 1)
        << Qt::endl;
    out << u"lead detail with 200 activities: load %1 ms, load + show %2 ms (budget 100 ms) | sql %3 ms | × %4"_s
               .arg(median(detailLoad), 0, 'f', 1)
               .arg(median(detailShown), 0, 'f', 1)
               .arg(sqlTotal, 0, 'f', 1)
               .arg(sqlTotal > 0 ? median(detailLoad) / sqlTotal : 0, 0, 'f', 2)
        << Qt::endl;
    out << u"RSS with the workspace open and the detail shown: %1 MB (budget 250 MB)"_s.arg(median(rss), 0, 'f', 1)
        << Qt::endl;
    if (!shell.errorText().isEmpty())
        out << "sqlcipher shell: " << shell.errorText() << Qt::endl;
    return 0;
}
