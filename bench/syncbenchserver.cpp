// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sync-bench: the sales-server child process, its data folder and, for
// --storage postgres, a throwaway PostgreSQL 15 cluster (as tests/server/pgcluster.h).
#include "syncbench.h"

#include "sync/syncclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sales::bench {
namespace {

const QString kPgBin = u"/usr/lib/postgresql/15/bin/"_s;
constexpr int kToolTimeoutMs = 4 * 3600 * 1000; // a 1M-row import takes minutes

bool runAsPostgres(const QString &tool, const QStringList &args, QString *error)
{
    QProcess p;
    if (geteuid() == 0)
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, kPgBin + tool} + args);
    else
        p.start(kPgBin + tool, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = tool + u": "_s + QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    return ok;
}

} // namespace

ServerProcess::ServerProcess(QString binary) : m_bin(std::move(binary)) {}

ServerProcess::~ServerProcess()
{
    stop();
    if (m_pgDir) {
        runAsPostgres(u"pg_ctl"_s, {u"-D"_s, m_pgDir->filePath(u"pgdata"_s), u"-m"_s, u"immediate"_s, u"stop"_s},
                      nullptr);
    }
}

bool ServerProcess::runTool(const QStringList &args, const QByteArray &stdinData, QByteArray *stdoutData,
                            QString *error)
{
    QProcess p;
    p.start(m_bin, args);
    if (!p.waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(m_bin, p.errorString());
        return false;
    }
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(kToolTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"sales-server %1: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError()).trimmed());
        return false;
    }
    if (stdoutData)
        *stdoutData = p.readAllStandardOutput();
    return true;
}

bool ServerProcess::startPostgres(QString *error)
{
    m_pgDir = std::make_unique<QTemporaryDir>();
    if (!m_pgDir->isValid()
        || (geteuid() == 0 && QProcess::execute(u"chown"_s, {u"postgres:"_s, m_pgDir->path()}) != 0)) {
        *error = u"cannot make a cluster directory for postgres"_s;
        return false;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = u"no free port"_s;
        return false;
    }
    m_pgPort = probe.serverPort();
    probe.close();
    const QString data = m_pgDir->filePath(u"pgdata"_s);
    if (!runAsPostgres(u"initdb"_s, {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s, u"-E"_s, u"UTF8"_s,
                                     u"--no-sync"_s},
                       error))
        return false;
    const QString opts = u"-c listen_addresses=127.0.0.1 -p %1 -c fsync=off -k %2"_s.arg(m_pgPort).arg(m_pgDir->path());
    if (!runAsPostgres(u"pg_ctl"_s, {u"-D"_s, data, u"-o"_s, opts, u"-l"_s, m_pgDir->filePath(u"log"_s), u"-w"_s,
                                     u"-t"_s, u"60"_s, u"start"_s},
                       error))
        return false;
    QProcess psql;
    psql.start(u"psql"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_pgPort), u"-U"_s, u"postgres"_s,
                           u"-d"_s, u"postgres"_s, u"-qc"_s, u"CREATE DATABASE sales_bench"_s});
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0) {
        *error = u"createdb: "_s + QString::fromUtf8(psql.readAllStandardError());
        return false;
    }
    return true;
}

bool ServerProcess::init(const QString &storage, QString *error)
{
    const bool postgres = storage == u"postgres"_s;
    if (!m_dir.isValid() || (postgres && !startPostgres(error))) {
        if (error->isEmpty())
            *error = u"no temp dir"_s;
        return false;
    }
    QStringList args{u"init"_s, u"--data"_s, dataDir(), u"--port"_s, u"0"_s};
    if (!postgres)
        args << u"--admin"_s << kAdminName << u"--password-stdin"_s;
    QByteArray printed;
    if (!runTool(args, kAdminPassword + '\n', &printed, error))
        return false;
    static const QRegularExpression re(u"SHA-256 fingerprint: ([0-9A-F:]{95})"_s);
    m_fingerprint = re.match(QString::fromUtf8(printed)).captured(1);
    if (m_fingerprint.isEmpty()) {
        *error = u"init printed no fingerprint: "_s + QString::fromUtf8(printed);
        return false;
    }
    if (!postgres)
        return true;
    // `init` does not ask for PostgreSQL settings: edit server.json (server/README.md).
    QFile f(QDir(dataDir()).filePath(u"server.json"_s));
    if (!f.open(QIODevice::ReadWrite)) {
        *error = f.errorString();
        return false;
    }
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    config.insert(u"storage"_s, QJsonObject{{u"driver"_s, u"postgres"_s}, {u"host"_s, u"127.0.0.1"_s},
                                            {u"port"_s, m_pgPort}, {u"database"_s, u"sales_bench"_s},
                                            {u"user"_s, u"postgres"_s}, {u"password"_s, u""_s}});
    f.resize(0);
    f.write(QJsonDocument(config).toJson());
    f.close();
    return runTool({u"users"_s, u"add"_s, kAdminName, u"--role"_s, u"admin"_s, u"--password-stdin"_s, u"--data"_s,
                    dataDir()},
                   kAdminPassword + '\n', nullptr, error);
}

bool ServerProcess::import(const QString &jsonl, QString *error)
{
    QByteArray printed;
    if (!runTool({u"import"_s, jsonl, u"--password-stdin"_s, u"--data"_s, dataDir()}, kUserPassword + '\n', &printed,
                 error))
        return false;
    out() << "  sales-server: " << QString::fromUtf8(printed).trimmed() << Qt::endl;
    return true;
}

namespace {
bool copyFolder(const QString &from, const QString &to, QString *error)
{
    QDir().mkpath(to);
    for (const QFileInfo &f : QDir(from).entryInfoList(QDir::Files)) {
        const QString target = QDir(to).filePath(f.fileName());
        QFile::remove(target);
        if (!QFile::copy(f.filePath(), target)) {
            *error = u"cannot copy %1 to %2"_s.arg(f.filePath(), target);
            return false;
        }
    }
    return true;
}
} // namespace

bool ServerProcess::saveTo(const QString &cache, QString *error) const
{
    QDir(cache).removeRecursively();
    if (copyFolder(dataDir(), cache + u".partial"_s, error) && QDir().rename(cache + u".partial"_s, cache))
        return true;
    QDir(cache + u".partial"_s).removeRecursively();
    if (error->isEmpty())
        *error = u"cannot keep the server data in "_s + cache;
    return false;
}

bool ServerProcess::adopt(const QString &cache, QString *error)
{
    if (!QFileInfo::exists(QDir(cache).filePath(u"server.json"_s)) || !copyFolder(cache, dataDir(), error))
        return false;
    // init wrote the database's absolute path: point it at this copy.
    QFile config(QDir(dataDir()).filePath(u"server.json"_s));
    if (!config.open(QIODevice::ReadWrite)) {
        *error = config.errorString();
        return false;
    }
    QJsonObject json = QJsonDocument::fromJson(config.readAll()).object();
    QJsonObject storage = json.value(u"storage"_s).toObject();
    storage.insert(u"path"_s, QDir(dataDir()).filePath(u"server.db"_s));
    json.insert(u"storage"_s, storage);
    config.resize(0);
    config.write(QJsonDocument(json).toJson());
    config.close();
    QFile cert(QDir(dataDir()).filePath(u"cert.pem"_s));
    const QList<QSslCertificate> certs = cert.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(cert.readAll())
                                                                        : QList<QSslCertificate>{};
    if (certs.isEmpty()) {
        *error = u"no certificate in "_s + cache;
        return false;
    }
    m_fingerprint = SyncClient::fingerprintOf(certs.first());
    return true;
}

bool ServerProcess::start(QString *error)
{
    const QString log = m_dir.filePath(u"serve.log"_s);
    m_serve.setStandardErrorFile(log); // a file, not a pipe: nobody has to drain it
    m_serve.setStandardOutputFile(QProcess::nullDevice());
    m_serve.start(m_bin, {u"serve"_s, u"--data"_s, dataDir()});
    if (!m_serve.waitForStarted(10000)) {
        *error = m_serve.errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (m_port == 0 && t.elapsed() < 30000 && m_serve.state() == QProcess::Running) {
        QThread::msleep(20);
        QFile f(log);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"msg"_s).toString() == u"listening"_s)
                m_port = o.value(u"fields"_s).toObject().value(u"port"_s).toInt();
        }
    }
    if (m_port == 0) {
        QFile f(log);
        const QByteArray tail = f.open(QIODevice::ReadOnly) ? f.readAll().right(2000) : QByteArray();
        *error = u"the server did not start listening: "_s + QString::fromUtf8(tail);
        return false;
    }
    return true;
}

void ServerProcess::stop()
{
    if (m_serve.state() == QProcess::NotRunning)
        return;
    m_serve.terminate();
    if (!m_serve.waitForFinished(15000))
        m_serve.kill();
    m_serve.waitForFinished(5000);
    m_port = 0;
}

QList<ServerUser> ServerProcess::users(QString *error)
{
    QByteArray printed;
    QList<ServerUser> list;
    if (!runTool({u"users"_s, u"list"_s, u"--data"_s, dataDir()}, {}, &printed, error))
        return list;
    for (const QByteArray &line : printed.split('\n').mid(1)) {
        const QStringList cells = QString::fromUtf8(line).split(u'\t');
        if (cells.size() >= 3)
            list.append({cells.at(0), cells.at(1), cells.at(2)});
    }
    return list;
}

QString ServerProcess::memory() const
{
    QFile f(u"/proc/%1/status"_s.arg(pid()));
    if (pid() <= 0 || !f.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    qint64 rss = 0, hwm = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
            rss = parts.at(1).toLongLong();
        if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
            hwm = parts.at(1).toLongLong();
    }
    return u"RSS %1 MiB, peak (VmHWM) %2 MiB"_s.arg(double(rss) / 1024, 0, 'f', 1).arg(double(hwm) / 1024, 0, 'f', 1);
}

double ServerProcess::cpuSeconds() const
{
    return pid() > 0 ? cpuSecondsOf(u"/proc/%1/stat"_s.arg(pid())) : 0;
}

double ServerProcess::databaseCpuSeconds() const
{
    if (!m_pgDir)
        return 0;
    QFile pidFile(m_pgDir->filePath(u"pgdata/postmaster.pid"_s));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray postmaster = pidFile.readLine().trimmed();
    double total = cpuSecondsOf(u"/proc/%1/stat"_s.arg(QString::fromLatin1(postmaster)));
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        if (!entry.at(0).isDigit() || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == postmaster) // ppid
            total += cpuSecondsOf(stat.fileName());
    }
    return total;
}

double machineBusySeconds(double *idle)
{
    QFile f(u"/proc/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> cpu = f.readLine().simplified().split(' '); // cpu user nice system idle iowait ...
    qint64 busy = 0, waiting = 0;
    for (qsizetype i = 1; i < cpu.size(); ++i)
        (i == 4 || i == 5 ? waiting : busy) += cpu.at(i).toLongLong();
    *idle = double(waiting) / double(sysconf(_SC_CLK_TCK));
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

double cpuSecondsOf(const QString &procStat)
{
    QFile f(procStat);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace sales::bench
