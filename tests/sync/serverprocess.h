// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real `sales-server` binary as a child process, for sync tests: the client
// library (sqlcipher) and the server library (system libsqlite3) must never share
// a process. A temp data folder made by `init --port 0`, the fingerprint it
// printed, `serve` with the port read from the JSON "listening" log line, admin
// CLI commands, SIGKILL and SIGTERM. SALES_SERVER_STORAGE=postgres points the
// data folder at a fresh database of a throwaway PostgreSQL cluster.

#include "pgcluster.h"
#include "sync/syncclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>
#include <signal.h>

namespace sales::test {

using namespace Qt::StringLiterals;

inline const QByteArray kPassword = QByteArrayLiteral("sync-test-password");

struct CliResult {
    int rc = -1;
    QString out;
    QString err;
};

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    static QString binary() { return QStringLiteral(SALES_SERVER_BIN); }
    static bool postgres() { return qEnvironmentVariable("SALES_SERVER_STORAGE") == u"postgres"_s; }

    // init (sqlite), then for postgres: server.json to a fresh database and the
    // admin and the default template written there (init wrote them to sqlite).
    bool init(QString *error)
    {
        CliResult r = admin({u"init"_s, u"--port"_s, u"0"_s, u"--admin"_s, u"root"_s, u"--password-stdin"_s},
                            kPassword + '\n');
        static const QRegularExpression re(u"SHA-256 fingerprint: ([0-9A-F:]{95})"_s);
        const auto m = re.match(r.out);
        if (r.rc != 0 || !m.hasMatch())
            return fail(error, u"init: "_s + r.out + r.err);
        m_fingerprint = m.captured(1);
        if (!postgres())
            return true;
        server::test::PgCluster *pg = server::test::PgCluster::instance(error);
        if (!pg)
            return false;
        const auto db = pg->newDatabase(error);
        if (!db)
            return false;
        QFile f(dataDir() + u"/server.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return fail(error, u"cannot read server.json"_s);
        QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        config.insert(u"storage"_s, QJsonObject{{u"driver"_s, u"postgres"_s}, {u"host"_s, db->host},
                                                {u"port"_s, db->port}, {u"database"_s, db->database},
                                                {u"user"_s, db->user}, {u"password"_s, QString()}});
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(QJsonDocument(config).toJson()) <= 0)
            return fail(error, u"cannot write server.json"_s);
        f.close();
        r = admin({u"users"_s, u"add"_s, u"root"_s, u"--role"_s, u"admin"_s, u"--password-stdin"_s}, kPassword + '\n');
        if (r.rc != 0)
            return fail(error, u"users add root (postgres): "_s + r.err);
        r = admin({u"templates"_s, u"import"_s, QStringLiteral(SALES_SOURCE_DIR) + u"/resources/pipeline/default.json"_s});
        if (r.rc != 0)
            return fail(error, u"templates import (postgres): "_s + r.err);
        return true;
    }

    // One admin command on the data folder; --data is appended.
    CliResult admin(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess p;
        p.start(binary(), args + QStringList{u"--data"_s, dataDir()});
        CliResult r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // `serve` with extra "NAME=value" environment entries; waits for the port.
    bool start(QString *error, const QStringList &extraEnv = {})
    {
        if (m_serve)
            return fail(error, u"already running"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &e : extraEnv)
            env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
        m_serve = std::make_unique<QProcess>();
        m_serve->setProcessEnvironment(env);
        m_serve->start(binary(), {u"serve"_s, u"--data"_s, dataDir()});
        if (!m_serve->waitForStarted(10000))
            return fail(error, u"serve did not start"_s);
        m_port = 0;
        m_partial.clear();
        const qsizetype from = m_lines.size();
        QDeadlineTimer deadline(20000);
        while (m_port == 0 && !deadline.hasExpired()) {
            if (m_serve->state() == QProcess::NotRunning)
                break;
            m_serve->waitForReadyRead(200);
            readLog();
            for (qsizetype i = from; i < m_lines.size(); ++i)
                if (m_lines.at(i).value(u"msg"_s).toString() == u"listening"_s)
                    m_port = m_lines.at(i).value(u"fields"_s).toObject().value(u"port"_s).toInt();
        }
        if (m_port == 0) {
            const QString log = logText();
            kill9();
            return fail(error, u"no listening line: "_s + log);
        }
        return true;
    }

    void kill9()
    {
        if (!m_serve)
            return;
        if (m_serve->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_serve->processId()), SIGKILL);
            m_serve->waitForFinished(10000);
        }
        readLog();
        m_serve.reset();
    }

    // SIGTERM; true when it exited cleanly with 0.
    bool stop()
    {
        if (!m_serve)
            return true;
        bool clean = false;
        if (m_serve->state() != QProcess::NotRunning) {
            m_serve->terminate();
            clean = m_serve->waitForFinished(15000) && m_serve->exitStatus() == QProcess::NormalExit
                && m_serve->exitCode() == 0;
        }
        if (!clean)
            kill9();
        readLog();
        m_serve.reset();
        return clean;
    }

    bool running() const { return m_serve && m_serve->state() == QProcess::Running; }
    qint64 pid() const { return m_serve ? m_serve->processId() : 0; }
    QString url() const { return u"https://127.0.0.1:%1"_s.arg(m_port); }
    QString fingerprint() const { return m_fingerprint; }
    QString dataDir() const { return m_dir.filePath(u"data"_s); }

    // Every log line of every `serve` so far, as JSON objects.
    const QList<QJsonObject> &log()
    {
        readLog();
        return m_lines;
    }
    QString logText() const
    {
        QStringList out;
        for (const QJsonObject &o : m_lines)
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return out.join(u'\n');
    }
    // Waits (bounded) for a log line after index `from` that matches.
    bool waitForLog(qsizetype from, const std::function<bool(const QJsonObject &)> &match, int ms = 10000)
    {
        QDeadlineTimer deadline(ms);
        for (;;) {
            readLog();
            for (qsizetype i = from; i < m_lines.size(); ++i)
                if (match(m_lines.at(i)))
                    return true;
            if (deadline.hasExpired() || !m_serve)
                return false;
            m_serve->waitForReadyRead(100);
        }
    }
    static bool isRequest(const QJsonObject &o, const QString &path)
    {
        const QString msg = o.value(u"msg"_s).toString();
        return (msg == u"request"_s || msg == u"request refused"_s)
            && o.value(u"fields"_s).toObject().value(u"path"_s).toString() == path;
    }

private:
    static bool fail(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }
    void readLog()
    {
        if (!m_serve)
            return;
        m_partial += m_serve->readAllStandardError();
        qsizetype nl;
        while ((nl = m_partial.indexOf('\n')) >= 0) {
            const QByteArray line = m_partial.left(nl);
            m_partial.remove(0, nl + 1);
            if (qEnvironmentVariableIsSet("SALES_SERVER_TEST_LOG"))
                qInfo("server: %s", line.constData());
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                m_lines.append(o);
        }
    }

    QTemporaryDir m_dir;
    QString m_fingerprint;
    std::unique_ptr<QProcess> m_serve;
    int m_port = 0;
    QByteArray m_partial;
    QList<QJsonObject> m_lines;
};

struct LoginResult {
    QByteArray token;
    QString uid;
    qint64 deviceId = 0;
};

// POST /api/v1/auth/login through the client; on success the client carries the token.
inline std::optional<LoginResult> login(SyncClient &client, const QString &user, const QString &device,
                                        QString *error, const QByteArray &password = kPassword)
{
    const QJsonObject body{{u"user"_s, user}, {u"password"_s, QString::fromUtf8(password)}, {u"device"_s, device}};
    const HttpResult r = client.post(u"/api/v1/auth/login"_s, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QJsonObject o = r.json();
    if (r.status != 200 || o.value(u"token"_s).toString().isEmpty()) {
        *error = u"login %1: %2 %3 %4"_s.arg(user).arg(r.status).arg(r.networkError, QString::fromUtf8(r.body));
        return std::nullopt;
    }
    LoginResult out{o.value(u"token"_s).toString().toUtf8(), o.value(u"user"_s).toObject().value(u"id"_s).toString(),
                    o.value(u"device_id"_s).toInteger()};
    client.setToken(out.token);
    return out;
}

} // namespace sales::test
