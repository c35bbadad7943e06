// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A client device for sync tests: its own encrypted replica (migrated), a
// SyncClient pinned to the server's fingerprint, a SyncEngine, and the signed-in
// user in LocalState, so the services write as that user.

#include "clock.h"
#include "domain/ids.h"
#include "serverprocess.h"
#include "storage/blobstore.h"
#include "storage/localstate.h"
#include "storage/trackedwriter.h"
#include "storage/transaction.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "testreplica.h"
#include "workspace/activityservice.h"
#include "workspace/evidenceservice.h"
#include "workspace/leadservice.h"
#include "workspace/stageservice.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace sales::test {

// The organisation the sync tests share: region R, team T (R), reps ann and bob
// and supervisor sue (all T, R); uids as replicated (lead.owner_id).
struct Org {
    QString region, team, ann, bob, sue;

    bool create(const ServerProcess &server, QString *error)
    {
        auto firstLine = [](const CliResult &r) { return r.out.section(u'\n', 0, 0).trimmed(); };
        CliResult r = server.admin({u"regions"_s, u"add"_s, u"R"_s});
        region = firstLine(r);
        if (r.rc != 0 || region.isEmpty())
            return failWith(error, u"regions add: "_s + r.err);
        r = server.admin({u"teams"_s, u"add"_s, u"T"_s, u"--region"_s, region});
        team = firstLine(r);
        if (r.rc != 0 || team.isEmpty())
            return failWith(error, u"teams add: "_s + r.err);
        const QList<std::pair<QString, QString>> users{{u"ann"_s, u"rep"_s}, {u"bob"_s, u"rep"_s},
                                                       {u"sue"_s, u"supervisor"_s}};
        for (const auto &[name, role] : users) {
            r = server.admin({u"users"_s, u"add"_s, name, u"--role"_s, role, u"--team"_s, team, u"--region"_s, region,
                              u"--password-stdin"_s},
                             kPassword + '\n');
            if (r.rc != 0)
                return failWith(error, u"users add %1: %2"_s.arg(name, r.err));
        }
        // `users list`: the uid is the first column.
        r = server.admin({u"users"_s, u"list"_s});
        for (const QString &line : r.out.split(u'\n')) {
            const QStringList cells = line.split(u'\t');
            if (cells.size() < 2)
                continue;
            if (cells.at(1) == u"ann"_s)
                ann = cells.at(0);
            else if (cells.at(1) == u"bob"_s)
                bob = cells.at(0);
            else if (cells.at(1) == u"sue"_s)
                sue = cells.at(0);
        }
        if (ann.isEmpty() || bob.isEmpty() || sue.isEmpty())
            return failWith(error, u"users list: "_s + r.out);
        return true;
    }

private:
    static bool failWith(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }
};

// A fresh server data folder with the shared organisation, then the server listening.
inline bool startWithOrg(ServerProcess &server, Org &org, QString *error)
{
    return server.init(error) && org.create(server, error) && server.start(error);
}

class Device
{
public:
    Device(const ServerProcess &server, const QString &user, const QString &deviceName, QString *error)
    {
        if (!replica.connection->isOpen()) {
            *error = replica.connection->errorText();
            return;
        }
        reconnect(server);
        const auto r = login(*m_client, user, deviceName, error);
        if (!r)
            return;
        m_login = *r;
        LocalState(replica.db()).setValue(LocalState::SignedInUser, m_login.uid);
    }

    // A new client and engine for the server's current address (a restart picks a new port).
    void reconnect(const ServerProcess &server)
    {
        m_engine.reset();
        m_client = std::make_unique<SyncClient>(server.url(), server.fingerprint());
        m_client->setTimeoutMs(60000);
        m_client->setToken(m_login.token);
        m_engine = std::make_unique<SyncEngine>(replica.db(), systemClock(), *m_client);
    }

    bool ok() const { return !m_login.token.isEmpty(); }
    QString uid() const { return m_login.uid; }
    const LoginResult &loginResult() const { return m_login; }
    QSqlDatabase db() const { return replica.db(); }
    SyncClient &client() { return *m_client; }
    SyncEngine &engine() { return *m_engine; }
    SyncReport sync() { return m_engine->run(); }
    LeadService leads() const { return LeadService(replica.db(), systemClock(), m_login.uid); }
    EvidenceService evidence() const { return EvidenceService(replica.db(), systemClock(), m_login.uid); }
    StageService stages() const { return StageService(replica.db(), systemClock(), m_login.uid); }
    ActivityService activities() const { return ActivityService(replica.db(), systemClock(), m_login.uid); }
    TrackedWriter writer() const { return TrackedWriter(replica.db(), systemClock()); }

    // A lead of this user (a new account and contact with it) created locally.
    QString createLead(const QString &company, qint64 amount = 100000)
    {
        NewLeadInput in;
        in.accountName = company;
        in.contactName = u"王伟"_s;
        in.contactPhone = u"13800138000"_s;
        in.title = company + u" 采购项目"_s;
        in.amountYuan = amount;
        const Result r = leads().createLead(in);
        return r.ok ? r.id : QString();
    }

    // Logs an activity on a lead, with this text.
    bool logActivity(const QString &leadId, const QString &text)
    {
        return activities()
            .logActivity(leadId, ActivityKind::Call, QDateTime::currentDateTimeUtc().addSecs(-60), text, false, 30)
            .ok;
    }

    // A file evidence item: the bytes in the replica's BlobStore, the row naming them.
    QString fileEvidence(const QString &leadId, const QString &stage, const QString &requirement,
                         const QByteArray &bytes, const QString &fileName, const Clock &clock = systemClock())
    {
        Transaction tx(replica.db());
        const QString sha = BlobStore(replica.db(), clock).put(bytes, u"image/png"_s);
        const QString id = newId();
        const qint64 now = clock.now().toMSecsSinceEpoch();
        if (sha.isEmpty()
            || !TrackedWriter(replica.db(), clock).save(u"evidence_item"_s, id,
                              {{u"lead_id"_s, leadId}, {u"stage_key"_s, stage}, {u"requirement_key"_s, requirement},
                               {u"kind"_s, u"file"_s}, {u"blob_sha256"_s, sha}, {u"file_name"_s, fileName},
                               {u"created_at"_s, now}})
            || !tx.commit())
            return {};
        return sha;
    }

    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(replica.db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    int count(const QString &sql, const QVariantList &binds = {}) const { return value(sql, binds).toInt(); }
    QVariant field(const QString &table, const QString &id, const QString &column) const
    {
        return value(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(column, table), {id});
    }
    int outboxCount() const { return Outbox(replica.db()).count(); }

    // Open sync_conflict rows of this row: kind, field, mine, server, base, code, message.
    QList<QSqlRecord> conflicts(const QString &rowId) const
    {
        QList<QSqlRecord> out;
        QSqlQuery q(replica.db());
        q.prepare(u"SELECT kind, entity, field, mine, server, base, code, message FROM sync_conflict "
                  "WHERE row_id = ? AND resolved_at IS NULL ORDER BY id"_s);
        q.addBindValue(rowId);
        if (q.exec())
            while (q.next())
                out.append(q.record());
        return out;
    }

    // The open records of a row in words, for failure messages.
    QByteArray conflictText(const QString &rowId) const
    {
        QStringList out;
        for (const QSqlRecord &r : conflicts(rowId))
            out << u"%1 %2.%3 %4: %5"_s.arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                            r.value(6).toString(), r.value(7).toString());
        return out.join(u"; "_s).toUtf8();
    }

    // The server's whole answer to a pull from cursor 0 (everything this user may see).
    QList<QJsonObject> serverRows(const QString &entity)
    {
        QList<QJsonObject> out;
        qint64 cursor = 0;
        for (int page = 0; page < 100; ++page) {
            const HttpResult r = m_client->get(u"/api/v1/sync/pull?cursor=%1&limit=5000"_s.arg(cursor));
            if (!r.ok())
                return out;
            const QJsonObject o = r.json();
            for (const QJsonValue &c : o.value(u"changes"_s).toArray())
                if (c[u"e"_s].toString() == entity)
                    out.append(c.toObject());
            cursor = o.value(u"cursor"_s).toInteger();
            if (!o.value(u"has_more"_s).toBool())
                break;
        }
        return out;
    }

    TestReplica replica;

private:
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    LoginResult m_login;
};

// A device signed in as user, after its first sync when firstSync is set (the
// organisation and the template); null, with the reason logged, when either fails.
inline std::unique_ptr<Device> signIn(const ServerProcess &server, const QString &user, const QString &name,
                                      bool firstSync)
{
    QString error;
    auto d = std::make_unique<Device>(server, user, name, &error);
    if (!d->ok()) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    if (firstSync) {
        const SyncReport first = d->sync();
        if (!first.ok) {
            qWarning("first sync of %s: %s", qPrintable(user), qPrintable(first.error));
            return nullptr;
        }
    }
    return d;
}

// "ok" or why a sync stopped, for QVERIFY2.
inline QByteArray describe(const SyncReport &r)
{
    return (r.ok ? u"ok"_s : u"failed: "_s + r.error).toUtf8();
}

} // namespace sales::test
