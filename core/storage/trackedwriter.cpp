// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackedwriter.h"

#include "clock.h"
#include "protocol/fieldmerge.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9_]*$"_s);
    return re.match(name).hasMatch();
}

// QVariant(5) and QVariant(qlonglong 5) from SQLite must compare equal; so must
// NULL and an empty string, which we never distinguish.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

// The value as the outbox will send it: the column's affinity keeps "5" as 5 in
// an integer column and any scalar as text in a text column, and the outbox
// reads it back as the field's type.
QJsonValue protocolValue(const QVariant &v, protocol::FieldType type)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (type == protocol::FieldType::Text)
        return QJsonValue(v.toString());
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return QJsonValue(v.toDouble());
    bool ok = false;
    const qint64 n = v.typeId() == QMetaType::QString ? v.toString().trimmed().toLongLong(&ok) : v.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(v.toString());
}

} // namespace

TrackedWriter::TrackedWriter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

bool TrackedWriter::failWith(const QString &what, const QString &detail)
{
    m_errorText = tr("%1：%2").arg(what, detail);
    return false;
}

std::optional<QSqlRecord> TrackedWriter::find(const QString &table, const QString &id) const
{
    if (!isIdentifier(table))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.record();
}

bool TrackedWriter::save(const QString &table, const QString &id, const QVariantMap &fields)
{
    if (!isIdentifier(table) || id.isEmpty())
        return failWith(tr("保存失败"), tr("无效的表名或标识"));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!isIdentifier(it.key()) || it.key() == u"id"_s || it.key() == u"rev"_s)
            return failWith(tr("保存失败"), tr("无效的字段 %1").arg(it.key()));
    }
    if (const auto current = find(table, id))
        return update(table, id, *current, fields);
    return insert(table, id, fields);
}

bool TrackedWriter::obeysRules(const QString &table, const QVariantMap &fields, bool creating, qint64 now)
{
    const protocol::EntitySpec *spec = protocol::entity(table);
    if (!spec)
        return true; // not replicated: never sent
    QJsonObject values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const protocol::FieldSpec *field = spec->field(it.key());
        values.insert(it.key(), protocolValue(it.value(), field ? field->type : protocol::FieldType::Text));
    }
    values.insert(u"updated_at"_s, now); // stamped here on every write
    if (const auto bad = protocol::validateFields(*spec, values, creating))
        return failWith(tr("保存失败"), bad->message);
    for (const protocol::Reference &ref : protocol::referencesIn(*spec, values)) {
        // A user id comes from the sign-in, and the signed-in user's own row may
        // not have arrived yet: the server checks those.
        if (ref.field->references == u"app_user"_s)
            continue;
        if (!rowExists(ref.field->references, ref.id))
            return failWith(tr("保存失败"), protocol::missingReference(*spec, ref).message);
    }
    return true;
}

bool TrackedWriter::rowExists(const QString &table, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool TrackedWriter::insert(const QString &table, const QString &id, const QVariantMap &fields)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!obeysRules(table, fields, true, now))
        return false;
    QStringList columns{u"id"_s, u"updated_at"_s};
    QStringList marks{u"?"_s, u"?"_s};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        columns << it.key();
        marks << u"?"_s;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)));
    q.addBindValue(id);
    q.addBindValue(now);
    for (const QVariant &v : fields)
        q.addBindValue(v);
    if (!q.exec())
        return failWith(tr("新增 %1 失败").arg(table), q.lastError().text());
    return recordChange(table, id, u"*"_s, QVariant());
}

bool TrackedWriter::update(const QString &table, const QString &id, const QSqlRecord &current,
                           const QVariantMap &fields)
{
    // Only what changes goes to the outbox, so only that is checked: a value an
    // older version stored is not refused again on every save.
    QVariantMap changed;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (current.indexOf(it.key()) < 0)
            return failWith(tr("保存失败"), tr("%1 没有字段 %2").arg(table, it.key()));
        if (!sameValue(current.value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return true;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!obeysRules(table, changed, false, now))
        return false;
    QStringList sets;
    QVariantList values;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        sets << u"%1 = ?"_s.arg(it.key());
        values << it.value();
        if (!recordChange(table, id, it.key(), current.value(it.key())))
            return false;
    }
    sets << u"updated_at = ?"_s;
    values << now;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec())
        return failWith(tr("更新 %1 失败").arg(table), q.lastError().text());
    return true;
}

bool TrackedWriter::remove(const QString &table, const QString &id)
{
    const auto current = find(table, id);
    if (!current)
        return failWith(tr("删除失败"), tr("记录不存在"));
    return update(table, id, *current, {{u"deleted"_s, 1}});
}

bool TrackedWriter::recordChange(const QString &table, const QString &id, const QString &field, const QVariant &base)
{
    // OR IGNORE keeps the first base: later edits before a sync do not move it.
    // changed_at does move: the outbox sends a field at its last change, so an
    // advance goes after the evidence filed for it.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO pending_change (entity, row_id, field, base_value, changed_at, seq) "
              u"VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM pending_change))"_s);
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(field);
    q.addBindValue(base);
    q.addBindValue(now);
    if (!q.exec())
        return failWith(tr("记录变更失败"), q.lastError().text());
    if (q.numRowsAffected() > 0)
        return true;
    q.prepare(u"UPDATE pending_change SET changed_at = ?, seq = (SELECT MAX(seq) + 1 FROM pending_change) "
              u"WHERE entity = ? AND row_id = ? AND field = ?"_s);
    q.addBindValue(now);
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(field);
    if (!q.exec())
        return failWith(tr("记录变更失败"), q.lastError().text());
    return true;
}

} // namespace sales
