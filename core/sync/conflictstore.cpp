// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/conflictstore.h"

#include "clock.h"
#include "protocol/entitycatalog.h"
#include "protocol/fieldmerge.h"
#include "storage/sqlvalues.h"
#include "storage/trackedwriter.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

QString kindCode(ConflictRecord::Kind kind)
{
    switch (kind) {
    case ConflictRecord::Kind::Conflict: return u"conflict"_s;
    case ConflictRecord::Kind::Rejected: return u"rejected"_s;
    case ConflictRecord::Kind::LostAccess: return u"lost_access"_s;
    }
    return u"conflict"_s;
}

ConflictRecord::Kind kindFromCode(const QString &code)
{
    if (code == u"rejected"_s)
        return ConflictRecord::Kind::Rejected;
    if (code == u"lost_access"_s)
        return ConflictRecord::Kind::LostAccess;
    return ConflictRecord::Kind::Conflict;
}

// The value as the column stores it: integers as qint64, text as text, null
// and empty text as NULL (as everywhere in the replica).
QVariant toColumn(const QJsonValue &v)
{
    if (v.isDouble())
        return QVariant(qint64(v.toInteger()));
    return sql::fromText(v.toString());
}

// Brings value into the field's type (a string typed for an integer field is
// parsed) and says in words why it does not fit, or returns an empty string.
QString normalise(const protocol::EntitySpec &spec, const protocol::FieldSpec &field, QJsonValue &value)
{
    if (value.isUndefined())
        value = QJsonValue(QJsonValue::Null);
    if (value.isString() && field.type == protocol::FieldType::Integer) {
        const QString text = value.toString().trimmed();
        bool ok = text.isEmpty();
        const qint64 n = ok ? 0 : text.toLongLong(&ok);
        if (!ok)
            return ConflictStore::tr("这里应填写整数。");
        value = text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
    }
    if (field.required && (value.isNull() || (value.isString() && value.toString().isEmpty())))
        return ConflictStore::tr("这一项不能为空。");
    const auto rejection = protocol::validateFields(spec, QJsonObject{{field.name, value}}, false);
    if (!rejection)
        return {};
    if (rejection->code == u"bad_type"_s)
        return field.type == protocol::FieldType::Integer ? ConflictStore::tr("这里应填写整数。")
                                                          : ConflictStore::tr("这里应填写文字。");
    if (!field.allowed.isEmpty())
        return ConflictStore::tr("只能是以下之一：%1").arg(field.allowed.join(ConflictStore::tr("、", "list separator")));
    if (value.isString() && value.toString().size() > 1'000'000)
        return ConflictStore::tr("内容太长。");
    return rejection->message; // a range or a null the field does not take, in words
}

QString selectOpen()
{
    return u"SELECT id, kind, entity, row_id, field, mine, server, base, code, message, created_at "
           u"FROM sync_conflict WHERE resolved_at IS NULL"_s;
}

ConflictRecord fromQuery(const QSqlQuery &q)
{
    ConflictRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = kindFromCode(q.value(1).toString());
    r.entity = q.value(2).toString();
    r.rowId = q.value(3).toString();
    r.field = q.value(4).toString();
    r.mine = ConflictStore::decode(q.value(5).toString());
    r.server = ConflictStore::decode(q.value(6).toString());
    r.base = ConflictStore::decode(q.value(7).toString());
    r.code = q.value(8).toString();
    r.message = q.value(9).toString();
    r.createdAt = sql::toTime(q.value(10));
    return r;
}

} // namespace

ConflictStore::ConflictStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QString ConflictStore::encode(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue ConflictStore::decode(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray() || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}

bool ConflictStore::fail(const QString &text) const
{
    m_errorText = text;
    return false;
}

bool ConflictStore::add(const ConflictRecord &r)
{
    const QDateTime created = r.createdAt.isValid() ? r.createdAt : m_clock.now();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_conflict (kind, entity, row_id, field, mine, server, base, code, message, "
              u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(kindCode(r.kind));
    q.addBindValue(r.entity);
    q.addBindValue(r.rowId);
    q.addBindValue(r.field);
    q.addBindValue(sql::fromText(encode(r.mine)));
    q.addBindValue(sql::fromText(encode(r.server)));
    q.addBindValue(sql::fromText(encode(r.base)));
    q.addBindValue(sql::fromText(r.code));
    q.addBindValue(sql::fromText(r.message));
    q.addBindValue(sql::fromTime(created));
    if (!q.exec())
        return fail(tr("无法保存同步冲突：%1").arg(q.lastError().text()));
    return true;
}

QList<ConflictRecord> ConflictStore::openRecords() const
{
    QList<ConflictRecord> out;
    m_readError.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(selectOpen() + u" ORDER BY id"_s)) {
        fail(m_readError = tr("无法读取同步冲突：%1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(fromQuery(q));
    if (q.lastError().isValid()) { // a part of the list would hide the rest of the user's values
        fail(m_readError = tr("无法读取同步冲突：%1").arg(q.lastError().text()));
        return {};
    }
    return out;
}

int ConflictStore::openCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"_s) || !q.next()) {
        fail(tr("无法读取同步冲突：%1").arg(q.lastError().text()));
        return 0;
    }
    return q.value(0).toInt();
}

std::optional<ConflictRecord> ConflictStore::openRecord(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(selectOpen() + u" AND id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        fail(q.lastError().isValid() ? tr("无法读取同步冲突：%1").arg(q.lastError().text())
                                     : tr("这条冲突已经处理过了，或者不存在。"));
        return std::nullopt;
    }
    return fromQuery(q);
}

bool ConflictStore::markResolved(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE sync_conflict SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"_s);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("无法标记冲突为已处理：%1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(tr("这条冲突已经处理过了，或者不存在。"));
    return true;
}

bool ConflictStore::keepServer(qint64 id)
{
    return openRecord(id).has_value() && markResolved(id);
}

bool ConflictStore::keepMine(qint64 id)
{
    const auto r = openRecord(id);
    return r && writeBack(*r, r->mine);
}

bool ConflictStore::resolveWith(qint64 id, const QJsonValue &value)
{
    const auto r = openRecord(id);
    return r && writeBack(*r, value);
}

bool ConflictStore::writeBack(const ConflictRecord &r, const QJsonValue &value)
{
    if (r.field == u"*"_s)
        return fail(tr("整条记录的修改不能直接写回，请复制其中的内容，核对后重新录入。"));
    const protocol::EntitySpec *spec = protocol::entity(r.entity);
    const protocol::FieldSpec *field = spec ? spec->field(r.field) : nullptr;
    if (!field)
        return fail(tr("无法写回：%1 没有字段 %2。").arg(r.entity, r.field));
    TrackedWriter writer(m_db, m_clock);
    const auto row = writer.find(r.entity, r.rowId);
    if (!row)
        return fail(tr("这条记录已不在本机（可能已转给别人或被删除），不能再写回。"));
    if (row->value(u"deleted"_s).toInt() != 0 && r.field != u"deleted"_s)
        return fail(tr("这条记录已被删除，不能再写回。"));
    QJsonValue wanted = value;
    if (const QString problem = normalise(*spec, *field, wanted); !problem.isEmpty())
        return fail(problem);
    QJsonValue server = r.server;
    if (!normalise(*spec, *field, server).isEmpty())
        server = r.server;

    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tr("无法开始事务：%1").arg(m_db.lastError().text()));
    if (!writer.save(r.entity, r.rowId, {{r.field, toColumn(wanted)}}))
        return fail(writer.errorText());
    // When the row already held the value (the pull has not replaced it yet) the
    // writer saw no change; the server still needs it, based on its own value.
    if (!protocol::sameValue(wanted, server)) {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT OR IGNORE INTO pending_change (entity, row_id, field, base_value, changed_at) "
                  u"VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(r.entity);
        q.addBindValue(r.rowId);
        q.addBindValue(r.field);
        q.addBindValue(toColumn(server));
        q.addBindValue(m_clock.now().toMSecsSinceEpoch());
        if (!q.exec())
            return fail(tr("无法记录本地修改：%1").arg(q.lastError().text()));
    }
    if (!markResolved(r.id))
        return false;
    if (!tx.commit())
        return fail(tr("无法保存：%1").arg(m_db.lastError().text()));
    return true;
}

} // namespace sales
