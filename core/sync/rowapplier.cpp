// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowapplier.h"

#include "outbox.h"
#include "protocol/entitycatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
QString key(const QString &a, const QString &b) { return a + u'\n' + b; }
// As ConflictStore::encode: [value], or NULL when there is no value (a lost row's server side).
QVariant wrap(const QJsonValue &v)
{
    if (v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}
} // namespace

struct RowApplier::Statements {
    const protocol::EntitySpec *spec = nullptr;
    QSqlQuery exists;
    QSqlQuery update;
    QSqlQuery insert;
};

RowApplier::RowApplier(QSqlDatabase db) : m_db(std::move(db)) {}
RowApplier::~RowApplier() = default;

bool RowApplier::fail(const QSqlQuery &q)
{
    m_error = q.lastError().text();
    return false;
}

bool RowApplier::loadPending()
{
    m_pendingRows.clear();
    m_pendingFields.clear();
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT entity, row_id, field FROM pending_change"_s))
        return fail(q);
    while (q.next()) {
        const QString row = key(q.value(0).toString(), q.value(1).toString());
        m_pendingRows.insert(row);
        m_pendingFields.insert(key(row, q.value(2).toString()));
    }
    return true;
}

RowApplier::Statements &RowApplier::statementsFor(const QString &entity)
{
    auto &slot = m_statements[entity];
    if (!slot) {
        slot = std::make_shared<Statements>();
        slot->spec = protocol::entity(entity);
        slot->exists = QSqlQuery(m_db);
        slot->update = QSqlQuery(m_db);
        slot->insert = QSqlQuery(m_db);
        if (slot->spec) {
            slot->exists.setForwardOnly(true);
            slot->exists.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(entity));
            QStringList sets, cols{u"id"_s, u"rev"_s}, marks{u"?"_s, u"?"_s};
            for (const auto &f : slot->spec->fields) {
                sets << f.name + u" = ?"_s;
                cols << f.name;
                marks << u"?"_s;
            }
            slot->update.prepare(u"UPDATE %1 SET rev = ?, %2 WHERE id = ?"_s.arg(entity, sets.join(u", "_s)));
            slot->insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(entity, cols.join(u", "_s),
                                                                          marks.join(u", "_s)));
        }
    }
    return *slot;
}

bool RowApplier::apply(const QString &entity, const QString &id, qint64 rev, const QJsonObject &fields)
{
    Statements &s = statementsFor(entity);
    if (!s.spec)
        return true; // an entity this client does not know (a newer server): skip
    const QString row = key(entity, id);
    if (m_pendingRows.contains(row)) {
        // Local edits not sent yet: update only the other fields, leave rev (the
        // push that follows carries the edits with their bases).
        QStringList sets;
        QVariantList values;
        for (const auto &f : s.spec->fields) {
            if (m_pendingFields.contains(key(row, f.name)) || !fields.contains(f.name))
                continue;
            sets << f.name + u" = ?"_s;
            values << Outbox::fromJson(fields.value(f.name), f.type == protocol::FieldType::Integer);
        }
        if (sets.isEmpty())
            return true;
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(entity, sets.join(u", "_s)));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        q.addBindValue(id);
        ++m_applied;
        return q.exec() || fail(q);
    }
    // A read probe, then one write: a new row (every row of a first sync) is one
    // INSERT instead of an UPDATE that matches nothing followed by the INSERT. The
    // values are bound by position: Qt 6.4's addBindValue formats placeholder names per value.
    s.exists.bindValue(0, id);
    if (!s.exists.exec())
        return fail(s.exists);
    const bool present = s.exists.next();
    s.exists.finish();
    QSqlQuery &q = present ? s.update : s.insert;
    int column = 0;
    if (!present)
        q.bindValue(column++, id);
    q.bindValue(column++, rev);
    for (const auto &f : s.spec->fields)
        q.bindValue(column++, Outbox::fromJson(fields.value(f.name), f.type == protocol::FieldType::Integer));
    if (present)
        q.bindValue(column++, id);
    ++m_applied;
    return q.exec() || fail(q);
}

bool RowApplier::remove(const QString &entity, const QString &id, qint64 nowMs)
{
    const protocol::EntitySpec *spec = protocol::entity(entity);
    if (!spec)
        return true;
    const QString row = key(entity, id);
    if (m_pendingRows.contains(row)) {
        // Never drop what the user typed: keep the row's values as a record.
        QSqlQuery q(m_db);
        q.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(entity));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            QJsonObject mine;
            const QSqlRecord rec = q.record();
            for (const auto &f : spec->fields)
                mine.insert(f.name, Outbox::toJson(rec.value(f.name), f.type == protocol::FieldType::Integer));
            ConflictRecord r;
            r.kind = ConflictRecord::Kind::LostAccess;
            r.entity = entity;
            r.rowId = id;
            r.field = u"*"_s;
            r.mine = mine;
            r.server = r.base = QJsonValue(QJsonValue::Undefined); // stored as NULL: nothing to show
            r.code = u"out_of_scope"_s;
            r.message = u"这条记录已不在你的权限范围内（例如线索已转给别人），你未上传的修改保存在这里"_s;
            if (!addConflict(r, nowMs))
                return false;
        }
        QSqlQuery p(m_db);
        p.prepare(u"DELETE FROM pending_change WHERE entity = ? AND row_id = ?"_s);
        p.addBindValue(entity);
        p.addBindValue(id);
        if (!p.exec())
            return fail(p);
        m_pendingRows.remove(row);
    }
    // A customer's file must not stay behind when its row leaves: note the blob,
    // and drop it once nothing else in the replica names it.
    QString blob;
    if (!spec->blobField.isEmpty()) {
        QSqlQuery b(m_db);
        b.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(spec->blobField, entity));
        b.addBindValue(id);
        if (b.exec() && b.next())
            blob = b.value(0).toString();
    }
    QSqlQuery d(m_db);
    d.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(entity));
    d.addBindValue(id);
    if (!d.exec())
        return fail(d);
    if (!blob.isEmpty()) {
        QSqlQuery o(m_db);
        o.prepare(u"DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM evidence_item WHERE blob_sha256 = ?) "
                  "AND NOT EXISTS (SELECT 1 FROM activity_attachment WHERE blob_sha256 = ?)"_s);
        o.addBindValue(blob);
        o.addBindValue(blob);
        o.addBindValue(blob);
        if (!o.exec())
            return fail(o);
    }
    if (entity == u"lead"_s) {
        QSqlQuery s(m_db);
        s.prepare(u"DELETE FROM lead_search WHERE lead_id = ?"_s);
        s.addBindValue(id);
        if (!s.exec())
            return fail(s);
    }
    ++m_removed;
    return true;
}

bool RowApplier::addConflict(const ConflictRecord &r, qint64 nowMs)
{
    static const char *kinds[] = {"conflict", "rejected", "lost_access"};
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_conflict (kind, entity, row_id, field, mine, server, base, code, message, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(kinds[int(r.kind)]));
    q.addBindValue(r.entity);
    q.addBindValue(r.rowId);
    q.addBindValue(r.field);
    q.addBindValue(wrap(r.mine));
    q.addBindValue(wrap(r.server));
    q.addBindValue(wrap(r.base));
    q.addBindValue(r.code);
    q.addBindValue(r.message);
    q.addBindValue(nowMs);
    return q.exec() || fail(q);
}

} // namespace sales
