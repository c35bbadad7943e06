// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncaccount.h"

#include "clock.h"
#include "fullresync.h"
#include "outbox.h"
#include "storage/localstate.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {

SyncProfile SyncProfile::load(QSqlDatabase db)
{
    LocalState s(std::move(db));
    return {s.value(LocalState::ServerUrl), s.value("sync.fingerprint"), s.value("sync.user_name"),
            s.value("sync.user_id"), s.value("sync.ca_file")};
}

bool SyncProfile::save(QSqlDatabase db) const
{
    LocalState s(std::move(db));
    return s.setValue(LocalState::ServerUrl, serverUrl) && s.setValue("sync.fingerprint", fingerprint)
        && s.setValue("sync.user_name", userName) && s.setValue("sync.user_id", userId)
        && s.setValue("sync.ca_file", caFile)
        && (userId.isEmpty() || s.setValue(LocalState::SignedInUser, userId));
}

namespace syncaccount {
namespace {
struct SyncAccount
{
    Q_DECLARE_TR_FUNCTIONS(sales::SyncAccount)
};
} // namespace

std::unique_ptr<SyncClient> clientFor(const QString &serverUrl, const QString &fingerprint, const QString &caFile)
{
    QList<QSslCertificate> ca;
    if (!caFile.isEmpty()) {
        ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (ca.isEmpty()) // an unreadable CA file must not fall back to trusting anyone
            ca.append(QSslCertificate());
    }
    return std::make_unique<SyncClient>(serverUrl, fingerprint, ca);
}

LoginResult login(const QString &serverUrl, const QString &fingerprint, const QString &caFile, const QString &user,
                  const QString &password, const QString &device)
{
    LoginResult out;
    const auto owned = clientFor(serverUrl, fingerprint, caFile);
    SyncClient &client = *owned;
    const QByteArray body = QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password},
                                                      {u"device"_s, device}})
                                .toJson(QJsonDocument::Compact);
    const HttpResult r = client.post(u"/api/v1/auth/login"_s, body);
    out.pinRefused = r.pinRefused;
    if (r.status == 401) {
        out.error = SyncAccount::tr("用户名或密码错误");
        return out;
    }
    if (!r.ok()) {
        out.error = r.status == 0 ? r.networkError : SyncAccount::tr("登录失败（%1）：%2").arg(r.status).arg(r.errorMessage());
        return out;
    }
    const QJsonObject o = r.json();
    const QJsonObject u = o.value(u"user"_s).toObject();
    out.token = o.value(u"token"_s).toString().toLatin1();
    out.userId = u.value(u"id"_s).toString();
    out.userName = u.value(u"name"_s).toString();
    out.role = u.value(u"role"_s).toString();
    out.ok = !out.token.isEmpty() && !out.userId.isEmpty();
    if (!out.ok)
        out.error = SyncAccount::tr("服务器的登录应答不完整");
    return out;
}

SyncReport syncOnce(const ReplicaConfig &replica, const SyncProfile &profile, const QByteArray &token,
                    const std::function<void(int rows, int percent)> &progress)
{
    ReplicaConfig config = replica;
    config.create = false;
    ReplicaConnection connection(config);
    if (!connection.isOpen()) {
        SyncReport r;
        r.error = connection.errorText();
        return r;
    }
    const auto client = clientFor(profile.serverUrl, profile.fingerprint, profile.caFile);
    client->setToken(token);
    SyncEngine engine(connection.database(), systemClock(), *client);
    engine.setProgress(progress);
    return engine.run();
}

void fillCounts(QSqlDatabase db, SyncStatus &status)
{
    Outbox outbox(db);
    const int sealed = outbox.count();
    const int unsealed = outbox.pendingRows();
    status.opsWaiting = sealed < 0 || unsealed < 0 ? -1 : sealed + unsealed;
    QSqlQuery q(db);
    status.openConflicts =
        q.exec(u"SELECT COUNT(*) FROM sync_conflict WHERE resolved_at IS NULL"_s) && q.next() ? q.value(0).toInt() : 0;
    status.fullResync = FullResync::isPending(db);
    const qint64 last = LocalState(db).value(SyncEngine::kLastSyncKey).toLongLong();
    status.lastSync = last > 0 ? QDateTime::fromMSecsSinceEpoch(last) : QDateTime();
}

} // namespace syncaccount
} // namespace sales
