// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowapplier.h"

#include "outbox.h"
#include "protocol/entitycatalog.h"
#include "storage/leadsearchbatch.h"
#include "storage/replicadamage.h"
#include "storage/sqlcipher/sqlcipherutil.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

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
    SqlStatement exists; // a contact's probe reads its account (lead_search depends on it)
    SqlStatement update;
    SqlStatement insert;
    int accountField = -1; // lead, contact: index of account_id in spec->fields
};

FieldValue FieldValue::fromJson(const QJsonValue &v, bool integer)
{
    FieldValue f;
    if (v.isUndefined())
        return f;
    if (v.isNull()) {
        f.kind = Null;
    } else if (integer) {
        f.kind = Integer;
        f.integer = v.toInteger();
    } else {
        f.kind = Text;
        f.utf8 = v.toString().toUtf8();
    }
    return f;
}

QVariant FieldValue::toVariant(bool isInteger) const
{
    switch (kind) {
    case Integer:
        return QVariant(integer); // the value, qint64
    case Text:
        return QVariant(text());
    default:
        return QVariant(isInteger ? QMetaType(QMetaType::LongLong) : QMetaType(QMetaType::QString));
    }
}

ServerRow ServerRow::fromFields(const QString &entity, const QString &id, qint64 rev, const QJsonObject &fields)
{
    ServerRow row;
    row.spec = protocol::entity(entity);
    row.entity = entity;
    row.id = id;
    row.idUtf8 = id.toUtf8();
    row.rev = rev;
    if (row.spec) {
        row.values.reserve(row.spec->fields.size());
        for (const auto &f : row.spec->fields)
            row.values.append(FieldValue::fromJson(fields.value(f.name), f.type == protocol::FieldType::Integer));
    }
    return row;
}

RowApplier::RowApplier(QSqlDatabase db) : m_db(std::move(db)) {}
RowApplier::~RowApplier() = default;

bool RowApplier::fail(const QSqlQuery &q)
{
    m_error = q.lastError().text();
    m_damaged = ReplicaDamage::isDamage(q.lastError());
    return false;
}

bool RowApplier::fail(const SqlStatement &s)
{
    m_error = s.errorText();
    m_damaged = sqlcipher::isDamagedFileCode(s.extendedErrorCode() & 0xff);
    return false;
}

bool RowApplier::loadPending(bool withOutbox)
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
    if (q.lastError().isValid()) // stopped on an error: a short list would let server values overwrite edits
        return fail(q);
    if (!withOutbox)
        return true;
    QSqlQuery o(m_db);
    if (!o.exec(u"SELECT entity, row_id, fields FROM outbox"_s))
        return fail(o);
    while (o.next()) {
        const QString row = key(o.value(0).toString(), o.value(1).toString());
        m_pendingRows.insert(row);
        const QJsonObject fields = QJsonDocument::fromJson(o.value(2).toString().toUtf8()).object();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            m_pendingFields.insert(key(row, it.key()));
    }
    return !o.lastError().isValid() || fail(o);
}

bool RowApplier::hasPending(const QString &entity, const QString &id) const
{
    return m_pendingRows.contains(key(entity, id));
}

RowApplier::Statements &RowApplier::statementsFor(const QString &entity)
{
    auto &slot = m_statements[entity];
    if (!slot) {
        slot = std::make_shared<Statements>();
        slot->spec = protocol::entity(entity);
        if (slot->spec) {
            const bool contact = entity == u"contact"_s;
            slot->exists = SqlStatement(m_db, u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(contact ? u"account_id"_s : u"1"_s, entity));
            QStringList sets, cols{u"id"_s, u"rev"_s}, marks{u"?"_s, u"?"_s};
            for (qsizetype i = 0; i < slot->spec->fields.size(); ++i) {
                const auto &f = slot->spec->fields.at(i);
                sets << f.name + u" = ?"_s;
                cols << f.name;
                marks << u"?"_s;
                if (f.name == u"account_id"_s)
                    slot->accountField = int(i);
            }
            slot->update = SqlStatement(m_db, u"UPDATE %1 SET rev = ?, %2 WHERE id = ?"_s.arg(entity, sets.join(u", "_s)));
            slot->insert = SqlStatement(m_db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(entity, cols.join(u", "_s),
                                                                                     marks.join(u", "_s)));
        }
    }
    return *slot;
}

bool RowApplier::apply(const QString &entity, const QString &id, qint64 rev, const QJsonObject &fields)
{
    return apply(ServerRow::fromFields(entity, id, rev, fields));
}

void RowApplier::noteSearch(const Statements &s, const ServerRow &row, const QString &previousAccount,
                            bool accountWritten)
{
    if (!m_search)
        return;
    const QString account = s.accountField >= 0 ? row.values.at(s.accountField).text() : QString();
    if (row.entity == u"lead"_s) {
        // A lead whose account field kept a local value is named without an
        // account, so that no account's rebuild stands in for its own.
        m_search->noteLead(row.id, accountWritten ? account : QString());
    } else if (row.entity == u"account"_s) {
        m_search->noteAccount(row.id);
    } else if (row.entity == u"contact"_s) {
        m_search->noteAccount(account);
        if (previousAccount != account)
            m_search->noteAccount(previousAccount);
    }
}

bool RowApplier::applyPending(Statements &s, const ServerRow &row, const QString &rowKey)
{
    // Local edits not sent yet: update only the other fields, leave rev (the
    // push that follows carries the edits with their bases).
    QStringList sets;
    QVariantList values;
    for (qsizetype i = 0; i < s.spec->fields.size(); ++i) {
        const auto &f = s.spec->fields.at(i);
        if (m_pendingFields.contains(key(rowKey, f.name)) || row.values.at(i).kind == FieldValue::Absent)
            continue;
        sets << f.name + u" = ?"_s;
        values << row.values.at(i).toVariant(f.type == protocol::FieldType::Integer);
    }
    if (sets.isEmpty())
        return true;
    QString previousAccount;
    if (m_search && row.entity == u"contact"_s && !previousAccountOf(s, row, &previousAccount))
        return fail(s.exists);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(row.entity, sets.join(u", "_s)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(row.id);
    ++m_applied;
    if (!q.exec())
        return fail(q);
    // The row keeps some local values: name everything its text may depend on.
    noteSearch(s, row, previousAccount, false);
    return true;
}

bool RowApplier::previousAccountOf(Statements &s, const ServerRow &row, QString *account)
{
    s.exists.bindTextNoCopy(1, row.idUtf8);
    if (!s.exists.exec())
        return false;
    *account = s.exists.columnText(0);
    s.exists.reset();
    return true;
}

bool RowApplier::apply(const ServerRow &row)
{
    if (!row.spec)
        return true; // an entity this client does not know (a newer server): skip
    Statements &s = statementsFor(row.entity);
    if (!s.insert.isValid())
        return fail(s.insert);
    if (!m_pendingRows.isEmpty()) {
        const QString rowKey = key(row.entity, row.id);
        if (m_pendingRows.contains(rowKey))
            return applyPending(s, row, rowKey);
    }
    // A large pull (m_search set; a first sync) mostly brings new rows: the
    // INSERT is tried first and only a row that exists (its primary key taken)
    // is probed and updated. Otherwise a read probe picks the one write.
    bool present = false;
    QString previousAccount; // a contact's probe reads its account
    const auto probe = [&] {
        s.exists.bindTextNoCopy(1, row.idUtf8);
        if (!s.exists.exec())
            return false;
        present = s.exists.hasRow();
        if (present && row.entity == u"contact"_s)
            previousAccount = s.exists.columnText(0);
        s.exists.reset();
        return true;
    };
    const auto write = [&](SqlStatement &q, bool update) {
        // The row outlives exec(): its UTF-8 is bound without a copy.
        int column = 1;
        if (!update)
            q.bindTextNoCopy(column++, row.idUtf8);
        q.bindInt64(column++, row.rev);
        for (const FieldValue &v : row.values) {
            switch (v.kind) {
            case FieldValue::Integer:
                q.bindInt64(column++, v.integer);
                break;
            case FieldValue::Text:
                q.bindTextNoCopy(column++, v.utf8);
                break;
            default:
                q.bindNull(column++);
            }
        }
        if (update)
            q.bindTextNoCopy(column++, row.idUtf8);
        return q.exec();
    };
    if (m_search) {
        if (write(s.insert, false)) {
            ++m_applied;
            noteSearch(s, row, QString(), true);
            return true;
        }
        if (s.insert.extendedErrorCode() != SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(s.insert);
    }
    if (!probe())
        return fail(s.exists);
    SqlStatement &q = present ? s.update : s.insert;
    ++m_applied;
    if (!write(q, present))
        return fail(q);
    noteSearch(s, row, previousAccount, true);
    return true;
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
        if (!q.exec())
            return fail(q);
        if (!q.next() && q.lastError().isValid())
            return fail(q); // unreadable: the edits are kept rather than deleted unrecorded
        if (q.isValid()) {
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
            r.message = QCoreApplication::translate(
                "sales::RowApplier", "这条记录已不在你的权限范围内（例如线索已转给别人），你未上传的修改保存在这里");
            if (!addConflict(r, nowMs))
                return false;
        }
        // Kept in the record: the server would refuse them (out_of_scope) anyway.
        for (const QString &table : {u"pending_change"_s, u"outbox"_s}) {
            QSqlQuery p(m_db);
            p.prepare(u"DELETE FROM %1 WHERE entity = ? AND row_id = ?"_s.arg(table));
            p.addBindValue(entity);
            p.addBindValue(id);
            if (!p.exec())
                return fail(p);
        }
        m_pendingRows.remove(row);
    }
    if (m_search && entity == u"contact"_s) {
        ServerRow contact;
        contact.idUtf8 = id.toUtf8();
        QString account;
        if (previousAccountOf(statementsFor(entity), contact, &account))
            m_search->noteAccount(account);
    }
    // A customer's file must not stay behind when its row leaves: note the blob,
    // and drop it once nothing else in the replica names it.
    QString blob;
    if (!spec->blobField.isEmpty()) {
        QSqlQuery b(m_db);
        b.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(spec->blobField, entity));
        b.addBindValue(id);
        if (!b.exec())
            return fail(b);
        if (b.next())
            blob = b.value(0).toString();
        else if (b.lastError().isValid())
            return fail(b);
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
