// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "domain/ids.h"
#include "protocol/entitycatalog.h"
#include "storage/replicadamage.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

struct Pending {
    bool created = false;
    qint64 createdAt = 0;
    qint64 lastChange = 0;
    QHash<QString, QVariant> bases; // field -> base value
};

struct Draft {
    qint64 at = 0;
    int order = 0;
    OutboxOp op;
};

QString jsonText(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject jsonObject(const QString &s) { return QJsonDocument::fromJson(s.toUtf8()).object(); }

} // namespace

QJsonObject OutboxOp::toJson() const
{
    QJsonObject o{{u"op"_s, opId}, {u"e"_s, entity}, {u"id"_s, rowId}, {u"f"_s, fields}};
    if (isNew)
        o.insert(u"new"_s, true);
    if (!bases.isEmpty())
        o.insert(u"b"_s, bases);
    return o;
}

QJsonValue Outbox::toJson(const QVariant &v, bool integer)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    if (integer)
        return QJsonValue(v.toLongLong());
    return QJsonValue(v.toString());
}

QVariant Outbox::fromJson(const QJsonValue &v, bool integer)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(integer ? QMetaType(QMetaType::LongLong) : QMetaType(QMetaType::QString));
    if (integer)
        return QVariant(v.toInteger());
    return QVariant(v.toString());
}

bool Outbox::seal(QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    // seq orders changes as they were made (changed_at is wall-clock time).
    if (!q.exec(u"SELECT entity, row_id, field, base_value, seq FROM pending_change ORDER BY seq"_s)) {
        failed(q, error);
        return false;
    }
    QHash<QPair<QString, QString>, Pending> rows;
    QList<QPair<QString, QString>> order;
    while (q.next()) {
        const QPair<QString, QString> key{q.value(0).toString(), q.value(1).toString()};
        if (!rows.contains(key))
            order.append(key);
        Pending &p = rows[key];
        const qint64 at = q.value(4).toLongLong();
        if (q.value(2).toString() == u"*"_s) {
            p.created = true;
            p.createdAt = at;
        } else {
            p.bases.insert(q.value(2).toString(), q.value(3));
            p.lastChange = std::max(p.lastChange, at);
        }
    }
    // Stopped on an error: sealing a part and deleting the rest would lose edits.
    if (failed(q, error))
        return false;
    QList<Draft> drafts;
    for (const auto &key : std::as_const(order)) {
        const protocol::EntitySpec *spec = protocol::entity(key.first);
        if (!spec)
            continue; // not replicated
        const Pending &p = rows[key];
        QSqlQuery row(m_db);
        row.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(spec->name));
        row.addBindValue(key.second);
        if (!row.exec() || (!row.next() && failed(row, error))) {
            failed(row, error);
            return false;
        }
        if (!row.isValid())
            continue; // gone (never happens: deletes are tombstones)
        const QSqlRecord rec = row.record();
        if (p.created) {
            OutboxOp op{0, newId(), spec->name, key.second, true, {}, {}};
            for (const protocol::FieldSpec &f : spec->fields) {
                const QVariant v = p.bases.contains(f.name) ? p.bases.value(f.name) : rec.value(f.name);
                op.fields.insert(f.name, toJson(v, f.type == protocol::FieldType::Integer));
            }
            drafts.append({p.createdAt, spec->order, op});
        }
        OutboxOp update{0, newId(), spec->name, key.second, false, {}, {}};
        for (auto it = p.bases.cbegin(); it != p.bases.cend(); ++it) {
            const protocol::FieldSpec *f = spec->field(it.key());
            if (!f)
                continue;
            const bool integer = f->type == protocol::FieldType::Integer;
            update.fields.insert(f->name, toJson(rec.value(f->name), integer));
            update.bases.insert(f->name, toJson(it.value(), integer));
        }
        if (!update.fields.isEmpty())
            drafts.append({p.lastChange, spec->order, update});
    }
    std::stable_sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Draft &d : std::as_const(drafts)) {
        QSqlQuery ins(m_db);
        ins.prepare(u"INSERT INTO outbox (op_id, entity, row_id, is_new, fields, bases, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        ins.addBindValue(d.op.opId);
        ins.addBindValue(d.op.entity);
        ins.addBindValue(d.op.rowId);
        ins.addBindValue(d.op.isNew ? 1 : 0);
        ins.addBindValue(jsonText(d.op.fields));
        ins.addBindValue(jsonText(d.op.bases));
        ins.addBindValue(now);
        if (!ins.exec()) {
            *error = ins.lastError().text();
            return false;
        }
    }
    if (!q.exec(u"DELETE FROM pending_change"_s)) {
        *error = q.lastError().text();
        return false;
    }
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool Outbox::failed(const QSqlQuery &q, QString *error) const
{
    const QSqlError e = q.lastError();
    if (!e.isValid())
        return false;
    m_damaged = ReplicaDamage::isDamage(e);
    if (error)
        *error = e.text();
    return true;
}

QList<OutboxOp> Outbox::ops(int limit, qint64 afterSeq, QString *error) const
{
    QList<OutboxOp> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT seq, op_id, entity, row_id, is_new, fields, bases FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toInt() != 0, jsonObject(q.value(5).toString()),
                        jsonObject(q.value(6).toString())});
    }
    if (failed(q, error))
        return {}; // never a part of the batch as if it were all of it
    return out;
}

bool Outbox::remove(const QString &opId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(opId);
    return q.exec();
}

bool Outbox::noteFailure(const QString &opId, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE op_id = ?"_s);
    q.addBindValue(error);
    q.addBindValue(opId);
    return q.exec();
}

int Outbox::count() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT COUNT(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : -1;
}

int Outbox::pendingRows() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT COUNT(*) FROM (SELECT DISTINCT entity, row_id FROM pending_change)"_s) && q.next()
        ? q.value(0).toInt()
        : -1;
}

} // namespace sales
