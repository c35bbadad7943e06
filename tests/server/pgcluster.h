// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throwaway PostgreSQL cluster in a temp dir (ARCHITECTURE.md, Tests): initdb and
// pg_ctl run as the postgres user when we are root, TCP on 127.0.0.1 only,
// fsync off, socket dir in the temp dir. One per test process, stopped at exit.

#include "config.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

namespace sales::server::test {

using namespace Qt::StringLiterals;

class PgCluster
{
public:
    static PgCluster *instance(QString *error)
    {
        static PgCluster *cluster = nullptr;
        if (!cluster) {
            auto *c = new PgCluster;
            if (!c->start(error)) {
                delete c;
                return nullptr;
            }
            cluster = c;
            qAddPostRoutine([] { delete cluster; cluster = nullptr; });
        }
        return cluster;
    }

    ~PgCluster() { run(u"pg_ctl"_s, {u"-D"_s, data(), u"-m"_s, u"immediate"_s, u"stop"_s}, nullptr); }

    // A fresh database in the cluster, for one test server.
    std::optional<StorageConfig> newDatabase(QString *error)
    {
        const QString name = u"sales_%1"_s.arg(++m_databases);
        QProcess p;
        p.start(u"psql"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s,
                             u"postgres"_s, u"-d"_s, u"postgres"_s, u"-qc"_s,
                             u"CREATE DATABASE %1"_s.arg(name)});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            *error = u"createdb: "_s + QString::fromUtf8(p.readAllStandardError());
            return std::nullopt;
        }
        StorageConfig s;
        s.driver = u"postgres"_s;
        s.host = u"127.0.0.1"_s;
        s.port = m_port;
        s.database = name;
        s.user = u"postgres"_s;
        return s;
    }

private:
    QString data() const { return m_dir.filePath(u"pgdata"_s); }

    bool run(const QString &tool, const QStringList &args, QString *error)
    {
        QProcess p;
        const QString bin = u"/usr/lib/postgresql/15/bin/"_s + tool;
        if (geteuid() == 0)
            p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, bin} + args);
        else
            p.start(bin, args);
        const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok && error)
            *error = tool + u": "_s + QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
        return ok;
    }

    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = u"no temp dir"_s;
            return false;
        }
        if (geteuid() == 0 && QProcess::execute(u"chown"_s, {u"postgres:"_s, m_dir.path()}) != 0) {
            *error = u"cannot chown the cluster dir to postgres"_s;
            return false;
        }
        QTcpServer probe; // a free port on 127.0.0.1
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = u"no free port"_s;
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        if (!run(u"initdb"_s, {u"-D"_s, data(), u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s,
                                u"-E"_s, u"UTF8"_s, u"--no-sync"_s}, error))
            return false;
        const QString opts = u"-c listen_addresses=127.0.0.1 -p %1 -c fsync=off -k %2"_s.arg(m_port).arg(m_dir.path());
        return run(u"pg_ctl"_s, {u"-D"_s, data(), u"-o"_s, opts, u"-l"_s, m_dir.filePath(u"log"_s),
                                  u"-w"_s, u"-t"_s, u"60"_s, u"start"_s}, error);
    }

    QTemporaryDir m_dir;
    int m_port = 0;
    int m_databases = 0;
};

} // namespace sales::server::test
