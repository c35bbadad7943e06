// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrules.h"

#include "domain/stagegate.h"
#include "leadfacts.h"
#include "reviewrules.h"
#include "protocol/fieldmerge.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales::server {
namespace {

// A lead's stage and template: the stage gate, as the client runs it.
std::optional<RuleVerdict> checkLead(const RuleInput &in)
{
    QSqlDatabase &db = in.db;
    const rows::Stored *before = in.before;
    const rows::Stored &after = in.after;
    const QJsonObject &f = after.fields;
    const QString to = f.value(u"stage_key"_s).toString();
    const QString from = before ? before->fields.value(u"stage_key"_s).toString() : QString();
    const QString templateId = f.value(u"template_id"_s).toString();
    if (before && to == from && templateId == before->fields.value(u"template_id"_s).toString())
        return std::nullopt;
    QString error;
    const auto pipeline = templateOf(db, templateId, &error);
    if (!pipeline)
        return RuleVerdict{u"unknown_template"_s, error};
    const GateResult gate = checkAdvance(*pipeline, from, to, evidenceOf(db, after.lead.leadId));
    if (gate.unknownStage)
        return RuleVerdict{u"unknown_stage"_s, u"流程模板 %1 中没有阶段 %2"_s.arg(templateId, to)};
    if (gate.passed)
        return std::nullopt;
    QStringList missing;
    for (const MissingEvidence &m : gate.missing)
        missing << describeMissing(m);
    const auto *stage = pipeline->stage(to);
    return RuleVerdict{u"stage_gate"_s, u"阶段锁：进入「%1」还缺 %2"_s.arg(stage ? stage->name : to,
                                                                              missing.join(u"；"_s))};
}

bool blobExists(QSqlDatabase &db, const QString &sha)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM blob WHERE sha256 = ?"_s);
    q.addBindValue(sha);
    return q.exec() && q.next();
}

std::optional<RuleVerdict> fileEvidenceNamesFile(const RuleInput &in)
{
    if (in.after.fields.value(u"kind"_s).toString() == u"file"_s
        && in.after.fields.value(in.spec.blobField).toString().isEmpty())
        return RuleVerdict{u"bad_value"_s, u"文件证据缺少文件"_s};
    return std::nullopt;
}

std::optional<RuleVerdict> namedFileIsKnown(const RuleInput &in)
{
    const QString sha = in.after.fields.value(in.spec.blobField).toString();
    if (sha.isEmpty())
        return std::nullopt;
    // Naming a file is not a way to read someone else's: it must be one this user
    // sent, or one a row they can already see names.
    const bool named = in.before && in.before->fields.value(in.spec.blobField).toString() == sha;
    if (named ? blobExists(in.db, sha) : mayNameBlob(in.db, in.viewer, sha))
        return std::nullopt;
    return RuleVerdict{u"missing_blob"_s, u"文件 %1 尚未上传到服务器"_s.arg(sha.left(12))};
}

// The rule table: one row per entity with rules of its own.
const EntityRules kTable[] = {
    {u"lead"_s, {}, {checkLeadReview, checkLead}},
    {u"evidence_item"_s, {}, {fileEvidenceNamesFile}},
    {u"activity"_s, u"owner_id"_s, {}},
    {u"stage_change"_s, u"by_user_id"_s, {}},
    {u"review_item"_s, u"submitted_by"_s, {checkReviewItem}},
    {u"review_decision"_s, u"decided_by"_s, {checkReviewDecision}},
};

QHash<QString, EntityRules> buildTable()
{
    QHash<QString, EntityRules> table;
    for (const protocol::EntitySpec &spec : protocol::entities())
        table.insert(spec.name, EntityRules{spec.name, {}, {}});
    for (const EntityRules &row : kTable) {
        const auto it = table.find(row.entity);
        if (it == table.end())
            qFatal("syncrules: the rule table names %s, which the entity catalog does not know",
                   qPrintable(row.entity));
        *it = row;
    }
    for (const protocol::EntitySpec &spec : protocol::entities())
        if (!spec.blobField.isEmpty())
            table[spec.name].checks.append(namedFileIsKnown);
    return table;
}

} // namespace

const EntityRules *entityRules(const QString &entity)
{
    static const QHash<QString, EntityRules> table = buildTable();
    const auto it = table.constFind(entity);
    return it == table.cend() ? nullptr : &*it;
}

std::optional<RuleVerdict> checkReferences(QSqlDatabase &db, const protocol::EntitySpec &spec,
                                           const QJsonObject &fields, bool *ok)
{
    *ok = true;
    for (const protocol::Reference &ref : protocol::referencesIn(spec, fields)) {
        if (ref.field->name == spec.parentField
            || (spec.scope == protocol::Scope::Lead && ref.field->name == u"owner_id"_s))
            continue;
        if (rows::exists(db, ref.field->references, ref.id, ok))
            continue;
        if (!*ok)
            return std::nullopt;
        const protocol::Rejection missing = protocol::missingReference(spec, ref);
        return RuleVerdict{missing.code, missing.message};
    }
    return std::nullopt;
}

std::optional<RuleVerdict> checkRules(QSqlDatabase &db, const Viewer &viewer, const protocol::EntitySpec &spec,
                                      const rows::Stored *before, const rows::Stored &after, const QDateTime &now,
                                      const QString &rowId, RuleAmendment *amend)
{
    const EntityRules *rules = entityRules(spec.name);
    if (!rules)
        return RuleVerdict{u"unknown_entity"_s, u"unknown entity %1"_s.arg(spec.name)};
    const RuleInput in{db, viewer, spec, before, after, now, rowId, amend};
    for (const RuleCheck check : rules->checks)
        if (auto verdict = check(in))
            return verdict;
    return std::nullopt;
}

} // namespace sales::server
