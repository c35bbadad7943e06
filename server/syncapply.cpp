// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncStore's writes: one op of a push, and the admin's direct writes.
#include "syncrules.h"
#include "syncstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales::server {
namespace {

OpResult outcome(const OpRequest &op, const QString &status, const QString &code = {}, const QString &msg = {})
{
    OpResult r;
    r.opId = op.opId;
    r.status = status;
    r.code = code;
    r.message = msg;
    return r;
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// Who lost sight of a lead whose owner, team or region changed.
QList<QPair<QString, QString>> lostScopes(const LeadScope &was, const LeadScope &now)
{
    QList<QPair<QString, QString>> out;
    if (!was.ownerId.isEmpty() && was.ownerId != now.ownerId)
        out.append({u"owner"_s, was.ownerId});
    if (!was.teamId.isEmpty() && was.teamId != now.teamId)
        out.append({u"team"_s, was.teamId});
    if (!was.regionId.isEmpty() && was.regionId != now.regionId)
        out.append({u"region"_s, was.regionId});
    return out;
}

// A reassigned lead: its rows get new revs and scope (the new owner pulls them),
// and the old scopes get removals (their next pull drops them).
bool moveLead(QSqlDatabase &db, const QString &leadId, const LeadScope &was, const LeadScope &now, QString *error)
{
    QList<QPair<QString, QString>> rowsOfLead{{u"lead"_s, leadId}};
    QSqlQuery q(db);
    q.prepare(u"SELECT entity, id FROM sync_row WHERE lead_id = ? AND entity <> 'lead' ORDER BY rev"_s);
    q.addBindValue(leadId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        rowsOfLead.append({q.value(0).toString(), q.value(1).toString()});
    const auto lost = lostScopes(was, now);
    const int children = int(rowsOfLead.size()) - 1;
    const auto first = rows::reserveRevs(db, children + int(lost.size() * rowsOfLead.size()), error);
    if (!first)
        return false;
    qint64 rev = *first;
    for (const auto &scope : lost) {
        for (const auto &row : std::as_const(rowsOfLead)) {
            QSqlQuery r(db);
            r.prepare(u"INSERT INTO sync_removal (scope_kind, scope_value, entity, row_id, rev) VALUES (?, ?, ?, ?, ?)"_s);
            r.addBindValue(scope.first);
            r.addBindValue(scope.second);
            r.addBindValue(row.first);
            r.addBindValue(row.second);
            r.addBindValue(rev++);
            if (!r.exec()) {
                *error = r.lastError().text();
                return false;
            }
        }
    }
    for (qsizetype i = 1; i < rowsOfLead.size(); ++i) {
        QSqlQuery u(db);
        u.prepare(u"UPDATE sync_row SET rev = ?, owner_id = ?, team_id = ?, region_id = ? WHERE entity = ? AND id = ?"_s);
        u.addBindValue(rev++);
        u.addBindValue(now.ownerId);
        u.addBindValue(now.teamId);
        u.addBindValue(now.regionId);
        u.addBindValue(rowsOfLead.at(i).first);
        u.addBindValue(rowsOfLead.at(i).second);
        if (!u.exec()) {
            *error = u.lastError().text();
            return false;
        }
    }
    return true;
}

bool writerMayWrite(const protocol::EntitySpec &spec, const Viewer &v)
{
    switch (spec.writer) {
    case protocol::Writer::Anyone: return true;
    case protocol::Writer::Supervisor: return v.role != u"rep"_s;
    case protocol::Writer::Admin: return v.isAdmin();
    }
    return false;
}

// Keeps the answer to an op under its sender, in the caller's transaction (or on its own).
bool record(QSqlDatabase &db, const Viewer &viewer, const OpRequest &op, const OpResult &r, QString *error)
{
    const CachedQuery kept = Store::prepared(db, u"INSERT INTO applied_op (user_uid, op_id, device_id, status, digest, "
                                                 "result, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery &q = *kept;
    q.addBindValue(viewer.uid);
    q.addBindValue(op.opId);
    q.addBindValue(viewer.deviceId > 0 ? QVariant(viewer.deviceId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.status);
    q.addBindValue(op.digest);
    q.addBindValue(rows::compactJson(r.toJson()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// A rejected op, after its transaction was rolled back. Losing the race to a
// concurrent copy of the same op leaves that copy's answer, which is as good.
void remember(QSqlDatabase &db, const Viewer &viewer, const OpRequest &op, const OpResult &r)
{
    QString ignored;
    record(db, viewer, op, r, &ignored);
}

} // namespace

OpResult SyncStore::apply(const Viewer &viewer, const OpRequest &op)
{
    const protocol::EntitySpec *spec = protocol::entity(op.entity);
    const EntityRules *rules = spec ? entityRules(spec->name) : nullptr;
    if (!rules)
        return outcome(op, u"rejected"_s, u"unknown_entity"_s, u"unknown entity %1"_s.arg(op.entity));
    QSqlDatabase db = m_store.db();
    if (!db.transaction())
        return outcome(op, u"error"_s, u"internal"_s, db.lastError().text());
    QString error;
    auto fail = [&](const QString &status, const QString &code, const QString &msg, const rows::Stored *row) {
        db.rollback();
        OpResult r = outcome(op, status, code, msg);
        if (row && (!row->leadScoped || row->lead.visibleTo(viewer))) {
            r.rev = row->rev;
            r.row = row->fields;
        }
        // A refusal is an answer too: the same op id with other content is then
        // op_replayed, and a retry of the same op gets the same refusal.
        if (status == u"rejected"_s)
            remember(db, viewer, op, r);
        return r;
    };
    // Taking the rev counter first serialises writers (see reserveRevs).
    const auto rev = rows::reserveRevs(db, 1, &error);
    if (!rev)
        return fail(u"error"_s, u"internal"_s, error, nullptr);

    // Answers are remembered per user: someone else's op id is a new op for this
    // user, judged against this user's scope, and never gets the other's answer.
    const CachedQuery seenKept =
        Store::prepared(db, u"SELECT digest, result FROM applied_op WHERE user_uid = ? AND op_id = ?"_s);
    QSqlQuery &seen = *seenKept;
    seen.addBindValue(viewer.uid);
    seen.addBindValue(op.opId);
    if (!seen.exec())
        return fail(u"error"_s, u"internal"_s, seen.lastError().text(), nullptr);
    if (seen.next()) {
        const QString digest = seen.value(0).toString();
        const QJsonObject stored = QJsonDocument::fromJson(seen.value(1).toString().toUtf8()).object();
        db.rollback();
        if (digest != op.digest)
            return outcome(op, u"rejected"_s, u"op_replayed"_s, u"op id %1 was used for another op"_s.arg(op.opId));
        return OpResult::fromJson(stored); // a retry: the first answer, nothing applied twice
    }

    bool ok = true;
    const auto before = rows::load(db, op.entity, op.rowId, &ok);
    if (!ok)
        return fail(u"error"_s, u"internal"_s, db.lastError().text(), nullptr);
    const rows::Stored *was = before ? &*before : nullptr;
    if (before && before->leadScoped && !before->lead.visibleTo(viewer))
        return fail(u"rejected"_s, u"out_of_scope"_s, u"无权修改这条记录"_s, nullptr);
    if (!before && !op.isNew)
        return fail(u"rejected"_s, u"not_found"_s, u"服务器上没有这条记录"_s, nullptr);
    if (!writerMayWrite(*spec, viewer))
        return fail(u"rejected"_s, u"forbidden"_s, u"当前角色不能修改%1"_s.arg(spec->name), was);
    if (const auto bad = protocol::validateFields(*spec, op.fields, !before))
        return fail(u"rejected"_s, bad->code, bad->message, was);
    if (const auto missing = checkReferences(db, *spec, op.fields, &ok))
        return fail(u"rejected"_s, missing->code, missing->message, was);
    if (!ok)
        return fail(u"error"_s, u"internal"_s, db.lastError().text(), nullptr);
    // Who did it is not the client's to claim: an activity or a stage change is
    // recorded under the user who pushes it (an admin may import for others).
    if (const QString &who = rules->authorField; !who.isEmpty() && !viewer.isAdmin()
        && !op.fields.value(who).toString().isEmpty() && op.fields.value(who).toString() != viewer.uid)
        return fail(u"rejected"_s, u"forbidden"_s, u"%1 只能是推送者本人"_s.arg(who), was);

    rows::Stored after;
    protocol::MergeResult merge;
    if (before) {
        merge = protocol::mergeFields(*spec, before->fields, op.fields, op.bases);
        after.fields = merge.row;
        if (!spec->parentField.isEmpty()
            && !protocol::sameValue(before->fields.value(spec->parentField), after.fields.value(spec->parentField)))
            return fail(u"rejected"_s, u"immutable_field"_s, u"%1 不能修改"_s.arg(spec->parentField), was);
    } else {
        after.fields = op.fields;
        if (!after.fields.contains(u"deleted"_s))
            after.fields.insert(u"deleted"_s, 0);
        if (const QString &who = rules->authorField; !who.isEmpty() && after.fields.value(who).toString().isEmpty())
            after.fields.insert(who, viewer.uid); // stamped by the server
        merge.changed = op.fields.keys();
    }
    const QString scopeCode = rows::resolveScope(m_store, db, *spec, op.rowId, after, false);
    if (!scopeCode.isEmpty())
        return fail(u"rejected"_s, scopeCode,
                    scopeCode == u"missing_parent"_s ? u"所属记录在服务器上不存在"_s : u"负责人不是服务器上的用户"_s, was);
    if (after.leadScoped && !after.lead.visibleTo(viewer))
        return fail(u"rejected"_s, u"out_of_scope"_s, u"不能把记录放到自己的权限范围之外"_s, was);
    RuleAmendment amend;
    if (const auto verdict = checkRules(db, viewer, *spec, was, after, m_clock.now(), op.rowId, &amend))
        return fail(u"rejected"_s, verdict->code, verdict->message, was);
    for (auto it = amend.fields.constBegin(); it != amend.fields.constEnd(); ++it)
        after.fields.insert(it.key(), it.value());

    const bool scopeMoved = before && spec->scope == protocol::Scope::Lead
        && (before->lead.ownerId != after.lead.ownerId || before->lead.teamId != after.lead.teamId
            || before->lead.regionId != after.lead.regionId);
    const bool changed = !before || !merge.changed.isEmpty() || scopeMoved;
    after.rev = changed ? *rev : before->rev;
    if (changed) {
        after.fields.insert(u"updated_at"_s, std::max(nowMs(), after.fields.value(u"updated_at"_s).toInteger()));
        if (!rows::write(db, op.entity, op.rowId, after.rev, after, before.has_value(), &error))
            return fail(u"error"_s, u"internal"_s, error, nullptr);
        if (scopeMoved && !moveLead(db, op.rowId, before->lead, after.lead, &error))
            return fail(u"error"_s, u"internal"_s, error, nullptr);
    }
    OpResult r = outcome(op, merge.conflicts.isEmpty() ? u"applied"_s : u"merged"_s, amend.code, amend.message);
    r.conflicts = merge.conflicts;
    r.rev = after.rev;
    r.row = after.fields;
    if (!record(db, viewer, op, r, &error))
        return fail(u"error"_s, u"internal"_s, error, nullptr);
    if (!db.commit())
        return fail(u"error"_s, u"internal"_s, db.lastError().text(), nullptr);
    return r;
}

bool SyncStore::putRow(const QString &entity, const QString &id, const QJsonObject &fields, QString *error)
{
    return putRows({{entity, id, fields}}, error);
}

bool SyncStore::putRows(const QList<RowIn> &in, QString *error)
{
    QSqlDatabase db = m_store.db();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto first = rows::reserveRevs(db, int(in.size()), error);
    if (!first) {
        db.rollback();
        return false;
    }
    qint64 rev = *first;
    for (const RowIn &r : in) {
        const protocol::EntitySpec *spec = protocol::entity(r.entity);
        bool ok = true;
        const auto before = spec ? rows::load(db, r.entity, r.id, &ok) : std::nullopt;
        rows::Stored row;
        row.fields = before ? before->fields : QJsonObject{{u"deleted"_s, 0}};
        for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it)
            row.fields.insert(it.key(), it.value());
        const auto bad = spec ? protocol::validateFields(*spec, row.fields, true) : std::nullopt;
        const QString scope = spec && !bad ? rows::resolveScope(m_store, db, *spec, r.id, row, true) : QString();
        if (!spec || !ok || bad || !scope.isEmpty() || !isValidRowId(r.id)
            || !rows::write(db, r.entity, r.id, rev++, row, before.has_value(), error)) {
            if (error->isEmpty() || bad || !scope.isEmpty() || !spec)
                *error = u"%1 %2: %3"_s.arg(r.entity, r.id,
                                            !spec ? u"unknown entity"_s
                                            : bad ? bad->message
                                                  : (scope.isEmpty() ? u"invalid id"_s : scope));
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace sales::server
