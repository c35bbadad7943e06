// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Admin commands for what every client replicates: regions, teams, users'
// app_user rows, pipeline templates, and bulk imports.
#include "admin.h"

#include "crypto.h"
#include "domain/ids.h"
#include "domain/pipelinetemplate.h"
#include "log.h"
#include "syncstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sales::server::admin {
namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

bool exists(Store &store, const QString &entity, const QString &id)
{
    bool forbidden = false;
    qint64 rev = 0;
    SyncStore sync(store);
    return sync.row(Viewer{{}, u"admin"_s, {}, {}}, entity, id, &forbidden, &rev).has_value();
}

bool putTemplate(Store &store, const PipelineTemplate &t, QString *error)
{
    const QString definition = QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
    return SyncStore(store).putRow(u"pipeline_template"_s, t.id,
                                   {{u"name"_s, t.name}, {u"definition"_s, definition}, {u"updated_at"_s, nowMs()}},
                                   error);
}

} // namespace

bool checkOrg(Store &store, const UserRecord &user, QString *error)
{
    if (!user.teamId.isEmpty() && !exists(store, u"team"_s, user.teamId)) {
        *error = u"no team %1 (see: teams list)"_s.arg(user.teamId);
        return false;
    }
    if (!user.regionId.isEmpty() && !exists(store, u"region"_s, user.regionId)) {
        *error = u"no region %1 (see: regions list)"_s.arg(user.regionId);
        return false;
    }
    return true;
}

bool publishUser(Store &store, const UserRecord &u, QString *error)
{
    return SyncStore(store).putRow(u"app_user"_s, u.uid,
                                   {{u"name"_s, u.name}, {u"role"_s, u.role}, {u"team_id"_s, orNull(u.teamId)},
                                    {u"region_id"_s, orNull(u.regionId)}, {u"updated_at"_s, nowMs()}},
                                   error);
}

bool seedDefaultTemplate(Store &store, QString *error)
{
    return putTemplate(store, defaultPipelineTemplate(), error);
}

std::optional<QString> addRegion(const QString &dataDir, const QString &name, QString *error)
{
    auto store = openStore(dataDir, error);
    if (!store)
        return std::nullopt;
    if (name.trimmed().isEmpty()) {
        *error = u"a region needs a name"_s;
        return std::nullopt;
    }
    const QString id = newId();
    if (!SyncStore(*store).putRow(u"region"_s, id, {{u"name"_s, name.trimmed()}, {u"updated_at"_s, nowMs()}}, error))
        return std::nullopt;
    log::info(u"region added"_s, {{u"id"_s, id}, {u"name"_s, name}});
    return id;
}

std::optional<QString> addTeam(const QString &dataDir, const QString &name, const QString &regionId,
                               const QString &supervisorUid, QString *error)
{
    auto store = openStore(dataDir, error);
    if (!store)
        return std::nullopt;
    if (name.trimmed().isEmpty()) {
        *error = u"a team needs a name"_s;
        return std::nullopt;
    }
    if (!regionId.isEmpty() && !exists(*store, u"region"_s, regionId)) {
        *error = u"no region %1 (see: regions list)"_s.arg(regionId);
        return std::nullopt;
    }
    if (!supervisorUid.isEmpty() && !store->userByUid(supervisorUid)) {
        *error = u"no user with id %1 (see: users list)"_s.arg(supervisorUid);
        return std::nullopt;
    }
    const QString id = newId();
    if (!SyncStore(*store).putRow(u"team"_s, id,
                                  {{u"name"_s, name.trimmed()}, {u"region_id"_s, orNull(regionId)},
                                   {u"supervisor_id"_s, orNull(supervisorUid)}, {u"updated_at"_s, nowMs()}},
                                  error))
        return std::nullopt;
    log::info(u"team added"_s, {{u"id"_s, id}, {u"name"_s, name}});
    return id;
}

std::optional<QString> importTemplate(const QString &dataDir, const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file, f.errorString());
        return std::nullopt;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 * 1024 * 1024), &pe);
    if (!doc.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(file, pe.errorString());
        return std::nullopt;
    }
    const auto t = PipelineTemplate::fromJson(doc.object(), error);
    if (!t)
        return std::nullopt;
    auto store = openStore(dataDir, error);
    if (!store || !putTemplate(*store, *t, error))
        return std::nullopt;
    log::info(u"template imported"_s, {{u"id"_s, t->id}, {u"stages"_s, qint64(t->stages.size())}});
    return t->id;
}

std::optional<QList<QStringList>> listRows(const QString &dataDir, const QString &entity, QString *error)
{
    auto store = openStore(dataDir, error);
    if (!store)
        return std::nullopt;
    QList<QStringList> out;
    for (const auto &[id, f] : SyncStore(*store).rowsOf(entity)) {
        QStringList line{id, f.value(u"name"_s).toString()};
        if (entity == u"team"_s)
            line << f.value(u"region_id"_s).toString() << f.value(u"supervisor_id"_s).toString();
        out.append(line);
    }
    return out;
}

std::optional<qint64> importRows(const QString &dataDir, const QString &file, const QByteArray &password,
                                 QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(file, f.errorString());
        return std::nullopt;
    }
    auto store = openStore(dataDir, error);
    if (!store)
        return std::nullopt;
    if (password.size() < 8) {
        *error = u"imported users need a password of at least 8 characters"_s;
        return std::nullopt;
    }
    SyncStore sync(*store);
    QByteArray hash;
    QList<SyncStore::RowIn> batch;
    qint64 total = 0, lineNo = 0;
    auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        const bool ok = sync.putRows(batch, error);
        total += batch.size();
        batch.clear();
        return ok;
    };
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        SyncStore::RowIn row{o.value(u"e"_s).toString(), o.value(u"id"_s).toString(), o.value(u"f"_s).toObject()};
        if (row.entity.isEmpty() || row.id.isEmpty()) {
            *error = u"%1:%2: expected {\"e\", \"id\", \"f\"}"_s.arg(file).arg(lineNo);
            return std::nullopt;
        }
        if (row.entity == u"app_user"_s && !store->userByUid(row.id)) {
            if (!flush())
                return std::nullopt;
            UserRecord u;
            u.uid = row.id;
            const QString name = row.fields.value(u"name"_s).toString();
            u.name = name;
            u.role = row.fields.value(u"role"_s).toString();
            u.teamId = row.fields.value(u"team_id"_s).toString();
            u.regionId = row.fields.value(u"region_id"_s).toString();
            // Two people of one name: the second login name ends with the end of
            // its id (the random bits; the start of an id is its time).
            for (qsizetype n = 4; store->userByName(u.name) && n <= row.id.size(); n += 4)
                u.name = name + u'-' + row.id.right(n);
            // One Argon2id hash for every imported user: they share the password.
            if (hash.isEmpty())
                hash = crypto::hashPassword(password);
            u.passwordHash = hash;
            if (!checkOrg(*store, u, error) || !store->addUser(u, error) || !publishUser(*store, u, error))
                return std::nullopt;
        }
        batch.append(std::move(row));
        if (batch.size() >= 5000 && !flush())
            return std::nullopt;
    }
    if (!flush())
        return std::nullopt;
    log::info(u"rows imported"_s, {{u"file"_s, file}, {u"rows"_s, total}});
    return total;
}

} // namespace sales::server::admin
