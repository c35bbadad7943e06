// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sync-bench: the demo workspace, its export, replicas and signing in.
#include "syncbench.h"

#include "demo/demogenerator.h"
#include "security/keymaterial.h"
#include "sync/rowexport.h"
#include "sync/syncclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales::bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::clamp<qsizetype>(qsizetype(p * double(v.size()) + 0.5) - 1, 0, v.size() - 1);
    return v.at(i);
}

BenchReplica::BenchReplica()
{
    config.path = dir.filePath(u"replica.db"_s);
    config.keyHex = rawKeyToSqlCipherPassword(generateDatabaseKey());
    config.create = true;
    connection = std::make_unique<ReplicaConnection>(config);
    config.create = false;
}

bool ensureDemo(const SyncBenchOptions &o, ReplicaConfig &config)
{
    DemoOptions demo = DemoOptions::benchmark(o.leads);
    if (o.seed != 0)
        demo.seed = o.seed;
    // Every load client signs in as a different rep.
    demo.reps = std::max(demo.reps, o.clients);
    // Its own cache: other benchmarks edit theirs (leads-N) as they measure.
    const QString dir = o.cacheDir + u"/sync-leads-%1-reps-%2-seed-%3-uuid7"_s.arg(o.leads).arg(demo.reps).arg(demo.seed);
    QDir().mkpath(dir);
    config.path = dir + u"/replica.db"_s;
    QFile keyFile(dir + u"/bench.key"_s);
    if (QFile::exists(config.path) && keyFile.open(QIODevice::ReadOnly)) {
        config.keyHex = QString::fromLatin1(keyFile.readAll().trimmed());
        keyFile.close();
        ReplicaConnection c(config);
        if (c.isOpen() && DemoGenerator::isComplete(c.database())) {
            out() << "demo workspace: " << dir << " (cached)" << Qt::endl;
            return true;
        }
    }
    QFile::remove(config.path);
    config.keyHex = rawKeyToSqlCipherPassword(generateDatabaseKey());
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    keyFile.write(config.keyHex.toLatin1());
    keyFile.close();
    config.create = true;
    ReplicaConnection c(config);
    config.create = false;
    DemoGenerator generator(c.database(), demo);
    QElapsedTimer t;
    t.start();
    if (!c.isOpen() || !generator.run()) {
        out() << "cannot create the demo workspace: " << c.errorText() << generator.errorText() << Qt::endl;
        return false;
    }
    const DemoSummary s = generator.summary();
    out() << u"demo workspace: %1 leads, %2 activities, %3 users generated in %4 s (%5)"_s.arg(s.leads)
                 .arg(s.activities)
                 .arg(s.users)
                 .arg(ms(t) / 1000, 0, 'f', 1)
                 .arg(dir)
          << Qt::endl;
    QSqlQuery(c.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

bool exportDemo(const ReplicaConfig &config, const QString &file)
{
    ReplicaConnection c(config);
    QFile f(file);
    if (!c.isOpen() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out() << "cannot export: " << c.errorText() << f.errorString() << Qt::endl;
        return false;
    }
    QElapsedTimer t;
    t.start();
    QString error;
    qint64 rows = 0;
    if (!exportRows(c.database(), f, &error, &rows) || !f.flush()) {
        out() << "export failed: " << error << Qt::endl;
        return false;
    }
    out() << u"export: %1 rows, %2 MB in %3 s (not counted)"_s.arg(rows)
                 .arg(double(f.size()) / 1e6, 0, 'f', 1)
                 .arg(ms(t) / 1000, 0, 'f', 1)
          << Qt::endl;
    return true;
}

std::optional<QString> login(SyncClient &client, const QString &user, const QByteArray &password,
                             const QString &device, QString *error)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"user"_s, user},
                                                      {u"password"_s, QString::fromUtf8(password)},
                                                      {u"device"_s, device}})
                                .toJson(QJsonDocument::Compact);
    HttpResult r = client.post(u"/api/v1/auth/login"_s, body);
    // The server answers 503 busy while too many logins hash passwords at once: wait and retry.
    for (int attempt = 0; r.status == 503 && attempt < 200; ++attempt) {
        QThread::msleep(50 + 10 * std::min(attempt, 20));
        r = client.post(u"/api/v1/auth/login"_s, body);
    }
    if (!r.ok()) {
        *error = u"login %1: %2 %3 %4"_s.arg(user).arg(r.status).arg(r.networkError, QString::fromUtf8(r.body));
        return std::nullopt;
    }
    const QJsonObject o = r.json();
    client.setToken(o.value(u"token"_s).toString().toLatin1());
    return o.value(u"user"_s).toObject().value(u"id"_s).toString();
}

bool uploadBlobs(const ReplicaConfig &demo, SyncClient &admin, int *count, QString *error)
{
    ReplicaConnection c(demo);
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!c.isOpen() || !q.exec(u"SELECT sha256, data FROM blob"_s)) {
        *error = c.errorText();
        return false;
    }
    *count = 0;
    while (q.next()) {
        const HttpResult r = admin.put(u"/api/v1/blobs/"_s + q.value(0).toString(), q.value(1).toByteArray());
        if (!r.ok()) {
            *error = u"blob upload: %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            return false;
        }
        ++*count;
    }
    return true;
}

} // namespace sales::bench
