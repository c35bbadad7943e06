// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "admin.h"
#include "log.h"
#include "server.h"

#include <QCommandLineParser>

#include <csignal>
#include <pthread.h>

using namespace Qt::StringLiterals;

namespace sales::server::cli {

namespace {
const QString kUsage = u"usage:\n"
    "  sales-server init --data DIR [--listen ADDR] [--port N] [--admin NAME --password-stdin]\n"
    "  sales-server serve --data DIR\n"
    "  sales-server users add NAME --role admin|manager|supervisor|rep [--team ID] [--region ID]"
    " --password-stdin --data DIR\n"
    "  sales-server users list --data DIR\n"
    "  sales-server devices list --data DIR\n"
    "  sales-server devices revoke ID --data DIR\n"
    "  sales-server regions add NAME --data DIR         (prints the new region's id)\n"
    "  sales-server regions list --data DIR\n"
    "  sales-server teams add NAME [--region ID] [--supervisor USER_ID] --data DIR\n"
    "  sales-server teams list --data DIR\n"
    "  sales-server templates import FILE.json --data DIR\n"
    "  sales-server templates list --data DIR\n"
    "  sales-server import FILE.jsonl --password-stdin --data DIR\n"
    "      (rows as {\"e\",\"id\",\"f\"} lines; its users log in with that password)\n"_s;

QString opt(const QJsonValue &v) { return v.isNull() || v.toString().isEmpty() ? u"-"_s : v.toString(); }
QString opt(const QString &v) { return v.isEmpty() ? u"-"_s : v; }

int fail(QTextStream &err, const QString &msg)
{
    err << "sales-server: " << msg << Qt::endl;
    return 1;
}

int serve(const QString &dataDir, QTextStream &err)
{
    ServerConfig config;
    QString error;
    if (!ServerConfig::load(dataDir, &config, &error))
        return fail(err, error);
    log::installQtMessageHandler();
    // Workers inherit the blocked mask; the main thread waits for the signal.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    Server server(config);
    if (!server.start(&error)) {
        log::error(u"cannot start"_s, {{u"error"_s, error}});
        return 1;
    }
    int sig = 0;
    sigwait(&set, &sig);
    log::info(u"shutting down"_s, {{u"signal"_s, sig}});
    server.stop();
    return 0;
}
} // namespace

int run(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    const QCommandLineOption data(u"data"_s, u"data folder"_s, u"DIR"_s);
    const QCommandLineOption listen(u"listen"_s, u"listen address"_s, u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"listen port"_s, u"N"_s, u"8443"_s);
    const QCommandLineOption admin(u"admin"_s, u"first admin user"_s, u"NAME"_s);
    const QCommandLineOption pwStdin(u"password-stdin"_s, u"read the password from stdin"_s);
    const QCommandLineOption role(u"role"_s, u"user role"_s, u"ROLE"_s);
    const QCommandLineOption team(u"team"_s, u"team id"_s, u"ID"_s);
    const QCommandLineOption region(u"region"_s, u"region id"_s, u"ID"_s);
    const QCommandLineOption supervisor(u"supervisor"_s, u"the team's supervisor (user id)"_s, u"USER_ID"_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"this text"_s);
    p.addOptions({data, listen, port, admin, pwStdin, role, team, region, supervisor, help});
    if (p.parse(args) && p.isSet(help)) {
        out << kUsage;
        return 0;
    }
    if (!p.parse(args))
        return fail(err, p.errorText() + u'\n' + kUsage);
    const QStringList pos = p.positionalArguments();
    const QString cmd = pos.value(0);
    const QString sub = pos.value(1);
    if (cmd.isEmpty() || cmd == u"help"_s) {
        out << kUsage;
        return cmd.isEmpty() ? 2 : 0;
    }
    if (!p.isSet(data))
        return fail(err, u"--data DIR is required\n"_s + kUsage);
    const QString dir = p.value(data);
    QString error;
    auto readPassword = [&]() { return in.readLine().toUtf8(); };

    if (cmd == u"init"_s) {
        admin::InitOptions o;
        o.dataDir = dir;
        o.address = p.value(listen);
        bool ok = false;
        o.port = quint16(p.value(port).toUInt(&ok));
        if (!ok)
            return fail(err, u"bad --port"_s);
        if (p.isSet(admin)) {
            if (!p.isSet(pwStdin))
                return fail(err, u"--admin needs --password-stdin"_s);
            o.adminName = p.value(admin);
            o.adminPassword = readPassword();
        }
        const auto fp = admin::init(o, &error);
        if (!fp)
            return fail(err, error);
        out << "SHA-256 fingerprint: " << *fp << Qt::endl;
        return 0;
    }
    if (cmd == u"serve"_s)
        return serve(dir, err);
    if (cmd == u"users"_s && sub == u"add"_s) {
        UserRecord u;
        u.name = pos.value(2);
        u.role = p.value(role);
        u.teamId = p.value(team);
        u.regionId = p.value(region);
        if (!p.isSet(pwStdin))
            return fail(err, u"users add needs --password-stdin"_s);
        const auto id = admin::addUser(dir, u, readPassword(), &error);
        if (!id)
            return fail(err, error);
        const auto added = admin::listUsers(dir, &error);
        for (const auto &a : added.value_or(QList<UserRecord>{}))
            if (a.id == *id)
                out << "user " << a.uid << " added" << Qt::endl;
        return 0;
    }
    if (cmd == u"users"_s && sub == u"list"_s) {
        const auto users = admin::listUsers(dir, &error);
        if (!users)
            return fail(err, error);
        out << "id\tname\trole\tteam\tregion" << Qt::endl;
        for (const auto &u : *users) {
            const QJsonObject j = u.toJson();
            out << u.uid << '\t' << u.name << '\t' << u.role << '\t' << opt(j.value(u"team_id"_s))
                << '\t' << opt(j.value(u"region_id"_s)) << Qt::endl;
        }
        return 0;
    }
    if (cmd == u"devices"_s && sub == u"list"_s) {
        const auto devices = admin::listDevices(dir, &error);
        if (!devices)
            return fail(err, error);
        out << "id\tuser\tname\tcreated\trevoked" << Qt::endl;
        for (const auto &d : *devices)
            out << d.id << '\t' << d.userName << '\t' << d.name << '\t' << d.createdAt << '\t'
                << (d.revokedAt.isEmpty() ? u"-"_s : d.revokedAt) << Qt::endl;
        return 0;
    }
    if (cmd == u"devices"_s && sub == u"revoke"_s) {
        bool ok = false;
        const qint64 id = pos.value(2).toLongLong(&ok);
        if (!ok)
            return fail(err, u"devices revoke needs a device id"_s);
        if (!admin::revokeDevice(dir, id, &error))
            return fail(err, error);
        out << "device " << id << " revoked" << Qt::endl;
        return 0;
    }
    if ((cmd == u"regions"_s || cmd == u"teams"_s) && sub == u"add"_s) {
        const auto id = cmd == u"regions"_s
            ? admin::addRegion(dir, pos.value(2), &error)
            : admin::addTeam(dir, pos.value(2), p.value(region), p.value(supervisor), &error);
        if (!id)
            return fail(err, error);
        out << *id << Qt::endl;
        return 0;
    }
    if ((cmd == u"regions"_s || cmd == u"teams"_s || cmd == u"templates"_s) && sub == u"list"_s) {
        const QString entity = cmd == u"regions"_s ? u"region"_s
            : cmd == u"teams"_s                    ? u"team"_s
                                                   : u"pipeline_template"_s;
        const auto rows = admin::listRows(dir, entity, &error);
        if (!rows)
            return fail(err, error);
        out << (entity == u"team"_s ? "id\tname\tregion\tsupervisor" : "id\tname") << Qt::endl;
        for (const QStringList &r : *rows) {
            QStringList cells;
            for (const QString &c : r)
                cells << opt(c);
            out << cells.join(u'\t') << Qt::endl;
        }
        return 0;
    }
    if (cmd == u"templates"_s && sub == u"import"_s) {
        const auto id = admin::importTemplate(dir, pos.value(2), &error);
        if (!id)
            return fail(err, error);
        out << "template " << *id << " imported" << Qt::endl;
        return 0;
    }
    if (cmd == u"import"_s) {
        if (!p.isSet(pwStdin))
            return fail(err, u"import needs --password-stdin (the imported users' password)"_s);
        const auto n = admin::importRows(dir, sub, readPassword(), &error);
        if (!n)
            return fail(err, error);
        out << *n << " rows imported" << Qt::endl;
        return 0;
    }
    return fail(err, u"unknown command\n"_s + kUsage);
}

} // namespace sales::server::cli
