// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncStore's files: who may send, name and read them.
#include "syncstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales::server {
namespace {

bool exists(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next();
}

bool sentBy(QSqlDatabase &db, const QString &sha256, const QString &uid)
{
    return exists(db, u"SELECT 1 FROM blob_uploader WHERE sha256 = ? AND user_uid = ?"_s, {sha256, uid});
}

enum class Naming { None, Visible, Hidden }; // no row names it / one the viewer sees does / only others' do

Naming namingRows(QSqlDatabase &db, const Viewer &viewer, const QString &sha256)
{
    QSqlQuery refs(db);
    refs.prepare(u"SELECT scope, owner_id, team_id, region_id FROM sync_row WHERE blob = ?"_s);
    refs.addBindValue(sha256);
    Naming found = Naming::None;
    if (refs.exec()) {
        while (refs.next()) {
            const LeadScope s{{}, refs.value(1).toString(), refs.value(2).toString(), refs.value(3).toString()};
            if (refs.value(0).toString() != u"lead"_s || s.visibleTo(viewer))
                return Naming::Visible;
            found = Naming::Hidden;
        }
    }
    return found;
}

} // namespace

bool mayNameBlob(QSqlDatabase &db, const Viewer &viewer, const QString &sha256)
{
    if (!exists(db, u"SELECT 1 FROM blob WHERE sha256 = ?"_s, {sha256}))
        return false;
    return viewer.isAdmin() || sentBy(db, sha256, viewer.uid) || namingRows(db, viewer, sha256) == Naming::Visible;
}

bool SyncStore::hasBlob(const QString &sha256)
{
    QSqlDatabase db = m_store.db();
    return exists(db, u"SELECT 1 FROM blob WHERE sha256 = ?"_s, {sha256});
}

bool SyncStore::putBlob(const QString &sha256, const QByteArray &data, const QString &uploader, QString *error)
{
    QSqlDatabase db = m_store.db();
    if (!hasBlob(sha256)) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO blob (sha256, size, data, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(sha256);
        q.addBindValue(qint64(data.size()));
        q.addBindValue(data);
        q.addBindValue(uploader);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec() && !hasBlob(sha256)) { // else uploaded concurrently by someone else
            *error = q.lastError().text();
            return false;
        }
    }
    // The bytes were shown (their hash checked): this user has the file.
    if (uploader.isEmpty() || sentBy(db, sha256, uploader))
        return true;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO blob_uploader (sha256, user_uid) VALUES (?, ?)"_s);
    q.addBindValue(sha256);
    q.addBindValue(uploader);
    if (!q.exec() && !sentBy(db, sha256, uploader)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList SyncStore::missingBlobs(const Viewer &viewer, const QStringList &sha256s)
{
    QSqlDatabase db = m_store.db();
    QStringList missing;
    for (const QString &sha : sha256s)
        if (!mayNameBlob(db, viewer, sha))
            missing << sha;
    return missing;
}

std::optional<QByteArray> SyncStore::blob(const Viewer &viewer, const QString &sha256)
{
    QSqlDatabase db = m_store.db();
    if (!hasBlob(sha256))
        return std::nullopt;
    if (!viewer.isAdmin()) {
        // Once a row names the file, its lead's scope decides; until then its senders may read it back.
        const Naming naming = namingRows(db, viewer, sha256);
        const bool readable = naming == Naming::Visible || (naming == Naming::None && sentBy(db, sha256, viewer.uid));
        if (!readable)
            return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM blob WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

} // namespace sales::server
