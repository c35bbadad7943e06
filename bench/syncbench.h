// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// sync-bench: the real sales-server as a child process (it links the system
// libsqlite3, this process links sqlcipher: never both in one process), loaded
// with the demo workspace, and real clients against it over loopback TLS.

#include "benchutil.h"

#include "storage/replicaconnection.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

namespace sales {
class SyncClient;
}

namespace sales::bench {

struct SyncBenchOptions {
    int leads = 5000;
    quint32 seed = 0; // 0: the demo's default
    QString storage = QStringLiteral("sqlite");
    int clients = 50;
    int seconds = 60;
    int page = 5000;
    int roundTrips = 50;
    int paceMs = 1000;
    bool skipInitial = false;
    bool skipLoad = false;
    QString loadClients = QStringLiteral("both");
    QString indexSuspension = QStringLiteral("on"); // initial sync: on (the engine's default), off or both
    QString cacheDir;
    QString serverBin;
};

inline const QByteArray kAdminPassword = QByteArrayLiteral("bench admin password");
inline const QByteArray kUserPassword = QByteArrayLiteral("bench user password");
inline const QString kAdminName = QStringLiteral("boss");

QTextStream &out();
double percentile(QList<double> v, double p); // p in [0, 1]
double cpuSecondsOf(const QString &procStat);  // utime + stime of /proc/PID/stat
double machineBusySeconds(double *idle);       // all cores, from /proc/stat

// A fresh, migrated replica in a temp dir with a random key (no keychain).
struct BenchReplica {
    QTemporaryDir dir;
    ReplicaConfig config;
    std::unique_ptr<ReplicaConnection> connection;
    BenchReplica();
    QSqlDatabase db() const { return connection->database(); }
};

// The demo workspace the server is loaded from, cached in --dir with its key in
// a plain file (synthetic data, benchmark only), as replica-open-bench does.
bool ensureDemo(const SyncBenchOptions &o, ReplicaConfig &config);
// Writes the replica's rows as import lines; prints rows and seconds.
bool exportDemo(const ReplicaConfig &config, const QString &file);

struct ServerUser {
    QString id, name, role;
};

// One sales-server data folder and its `serve` process.
class ServerProcess
{
public:
    explicit ServerProcess(QString binary);
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    bool init(const QString &storage, QString *error); // postgres: a throwaway cluster too
    bool import(const QString &jsonl, QString *error);
    // SQLite storage: keep the imported data folder in `cache` / take it from there
    // (an import of the 100k workspace takes minutes; serving it does not change it
    // in ways the next run minds: new devices and a few edited leads).
    bool saveTo(const QString &cache, QString *error) const;
    bool adopt(const QString &cache, QString *error);
    bool start(QString *error);
    void stop();
    QList<ServerUser> users(QString *error);
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString fingerprint() const { return m_fingerprint; }
    qint64 pid() const { return m_serve.processId(); }
    // VmRSS and VmHWM of the serve process, in MiB.
    QString memory() const;
    // CPU seconds (user + system) the serve process has used so far, and its
    // PostgreSQL cluster (postmaster and backends), 0 for SQLite.
    double cpuSeconds() const;
    double databaseCpuSeconds() const;

private:
    bool runTool(const QStringList &args, const QByteArray &stdinData, QByteArray *stdoutData, QString *error);
    bool startPostgres(QString *error);
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QString m_bin;
    QTemporaryDir m_dir;
    QProcess m_serve;
    QString m_fingerprint;
    int m_port = 0;
    int m_pgPort = 0;
    std::unique_ptr<QTemporaryDir> m_pgDir;
};

// POST /api/v1/auth/login; sets the client's token. Returns the user's id.
std::optional<QString> login(SyncClient &client, const QString &user, const QByteArray &password,
                             const QString &device, QString *error);
// Puts every blob of the demo replica on the server (as an admin upload).
bool uploadBlobs(const ReplicaConfig &demo, SyncClient &admin, int *count, QString *error);

void runInitialSync(const SyncBenchOptions &o, ServerProcess &server, const QString &jsonl);
// The same rows bulk-inserted into an empty replica, and the ratio to syncMs.
void runBulkInsert(const QString &jsonl, double syncMs, qint64 pulled);
void runRoundTrip(const SyncBenchOptions &o, ServerProcess &server, const ServerUser &rep);
// Replica: each simulated rep is the desktop's SyncEngine on its own replica, so
// the 50 replicas' SQLCipher work shares this machine's cores with the server.
// Wire: the same requests without a replica (what the server sees).
enum class LoadClients { Replica, Wire };
// paceMs > 0: each rep edits and syncs once per paceMs; 0: nonstop (saturation).
void runLoad(const SyncBenchOptions &o, ServerProcess &server, const QList<ServerUser> &reps, int paceMs,
             LoadClients kind);

} // namespace sales::bench
