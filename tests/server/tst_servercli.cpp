// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "config.h"
#include "log.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales::server;

namespace {
struct Run {
    int rc = 0;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QString &stdinText = {})
{
    QString in = stdinText;
    Run r;
    QTextStream inS(&in, QIODevice::ReadOnly);
    QTextStream outS(&r.out);
    QTextStream errS(&r.err);
    r.rc = cli::run(QStringList{u"sales-server"_s} + args, inS, outS, errS);
    return r;
}
} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { log::setEnabled(false); }

    void helpAndUsage()
    {
        for (const QString &flag : {u"--help"_s, u"-h"_s, u"help"_s}) {
            const Run r = run({flag});
            QCOMPARE(r.rc, 0);
            QVERIFY2(r.out.contains(u"sales-server devices revoke ID"_s), qPrintable(r.out));
        }
        const Run none = run({});
        QCOMPARE(none.rc, 2); // no command: usage, and a failure for scripts
        QVERIFY(none.out.startsWith(u"usage:"_s));
        const Run unknown = run({u"--frobnicate"_s});
        QCOMPARE(unknown.rc, 1);
        QVERIFY2(unknown.err.contains(u"frobnicate"_s), qPrintable(unknown.err));
    }

    void initUsersDevices()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"srv"_s);
        const Run init = run({u"init"_s, u"--data"_s, dir, u"--admin"_s, u"root"_s, u"--password-stdin"_s},
                             u"admin-password\n"_s);
        QCOMPARE(init.rc, 0);
        static const QRegularExpression fp(u"SHA-256 fingerprint: ([0-9A-F]{2}(:[0-9A-F]{2}){31})"_s);
        QVERIFY2(fp.match(init.out).hasMatch(), qPrintable(init.out));
        QCOMPARE(QFile::permissions(dir) & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                     | QFile::WriteUser | QFile::ExeUser);
        QCOMPARE(QFile::permissions(dir + u"/key.pem"_s),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        ServerConfig config;
        QString error;
        QVERIFY2(ServerConfig::load(dir, &config, &error), qPrintable(error));
        QCOMPARE(config.storage.driver, u"sqlite"_s);
        QCOMPARE(config.storage.path, dir + u"/server.db"_s);
        QCOMPARE(config.maxBodyBytes, 4 * 1024 * 1024);

        // A second init refuses to overwrite.
        QCOMPARE(run({u"init"_s, u"--data"_s, dir}).rc, 1);

        const Run region = run({u"regions"_s, u"add"_s, u"华东"_s, u"--data"_s, dir});
        QCOMPARE(region.rc, 0);
        const QString regionId = region.out.trimmed();
        const Run team = run({u"teams"_s, u"add"_s, u"上海一组"_s, u"--region"_s, regionId, u"--data"_s, dir});
        QCOMPARE(team.rc, 0);
        const QString teamId = team.out.trimmed();
        QCOMPARE(run({u"teams"_s, u"add"_s, u"x"_s, u"--region"_s, u"nowhere"_s, u"--data"_s, dir}).rc, 1);
        QCOMPARE(run({u"users"_s, u"add"_s, u"ann"_s, u"--role"_s, u"supervisor"_s, u"--team"_s, u"4"_s,
                      u"--password-stdin"_s, u"--data"_s, dir},
                     u"ann-password\n"_s)
                     .rc,
                 1); // no team 4
        QCOMPARE(run({u"users"_s, u"add"_s, u"ann"_s, u"--role"_s, u"supervisor"_s, u"--team"_s, teamId,
                      u"--region"_s, regionId, u"--password-stdin"_s, u"--data"_s, dir},
                     u"ann-password\n"_s)
                     .rc,
                 0);
        const Run teams = run({u"teams"_s, u"list"_s, u"--data"_s, dir});
        QVERIFY(teams.out.contains(teamId + u"\t上海一组\t"_s + regionId));
        QVERIFY(run({u"templates"_s, u"list"_s, u"--data"_s, dir}).out.contains(u"default\t"_s));
        QCOMPARE(run({u"templates"_s, u"import"_s, dir + u"/server.json"_s, u"--data"_s, dir}).rc, 1);
        QCOMPARE(run({u"users"_s, u"add"_s, u"bob"_s, u"--role"_s, u"pope"_s, u"--password-stdin"_s,
                      u"--data"_s, dir},
                     u"bob-password\n"_s)
                     .rc,
                 1); // no such role
        QCOMPARE(run({u"users"_s, u"add"_s, u"cy"_s, u"--role"_s, u"rep"_s, u"--password-stdin"_s,
                      u"--data"_s, dir},
                     u"short\n"_s)
                     .rc,
                 1); // password too short
        const Run list = run({u"users"_s, u"list"_s, u"--data"_s, dir});
        QCOMPARE(list.rc, 0);
        QVERIFY(list.out.contains(u"\troot\tadmin"_s));
        QVERIFY(list.out.contains(u"\tann\tsupervisor\t"_s + teamId + u'\t' + regionId));
        QVERIFY(!list.out.contains(u"cy"_s));
        QVERIFY(!list.out.contains(u"password"_s));

        QCOMPARE(run({u"devices"_s, u"list"_s, u"--data"_s, dir}).rc, 0);
        QCOMPARE(run({u"devices"_s, u"revoke"_s, u"99"_s, u"--data"_s, dir}).rc, 1);
        QCOMPARE(run({u"bogus"_s, u"--data"_s, dir}).rc, 1);
        QCOMPARE(run({u"users"_s, u"list"_s}).rc, 1); // --data missing
    }

    void importGivesNamesakesTheirOwnLogins()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"srv"_s);
        QCOMPARE(run({u"init"_s, u"--data"_s, dir, u"--admin"_s, u"root"_s, u"--password-stdin"_s},
                     u"admin-password\n"_s).rc, 0);
        // Three reps named alike whose version-7 ids share their first characters (their time),
        // two of them also their last four.
        QFile rows(tmp.filePath(u"rows.jsonl"_s));
        QVERIFY(rows.open(QIODevice::WriteOnly));
        for (const char *id : {"019ae1c0-0000-7000-8000-00000000aaaa", "019ae1c0-0000-7001-8000-00000000bbbb",
                               "019ae1c0-0000-7002-8000-00000cccbbbb"})
            rows.write(u"{\"e\":\"app_user\",\"id\":\"%1\",\"f\":{\"name\":\"王伟\",\"role\":\"rep\",\"phone\":null,"
                        "\"team_id\":null,\"region_id\":null,\"updated_at\":1,\"deleted\":0}}\n"_s
                           .arg(QLatin1StringView(id))
                           .toUtf8());
        rows.close();
        const Run imported = run({u"import"_s, rows.fileName(), u"--password-stdin"_s, u"--data"_s, dir},
                                 u"import-password\n"_s);
        QVERIFY2(imported.rc == 0, qPrintable(imported.err));
        const QString list = run({u"users"_s, u"list"_s, u"--data"_s, dir}).out;
        QVERIFY2(list.contains(u"\t王伟\trep"_s), qPrintable(list));
        QVERIFY2(list.contains(u"\t王伟-bbbb\trep"_s), qPrintable(list));
        QVERIFY2(list.contains(u"\t王伟-0cccbbbb\trep"_s), qPrintable(list));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
