// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrules.h"

#include "domain/stagegate.h"
#include "protocol/fieldmerge.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales::server {
namespace {

std::optional<EvidenceKind> kindOf(const QString &code)
{
    if (code == u"text"_s)
        return EvidenceKind::FreeText;
    if (code == u"file"_s)
        return EvidenceKind::File;
    if (code == u"case"_s)
        return EvidenceKind::CaseLink;
    if (code == u"role"_s)
        return EvidenceKind::Role;
    return std::nullopt;
}

QList<EvidenceItem> evidenceOf(QSqlDatabase &db, const QString &leadId)
{
    QList<EvidenceItem> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, data FROM sync_row WHERE lead_id = ? AND entity = 'evidence_item'"_s);
    q.addBindValue(leadId);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QJsonObject f = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const auto kind = kindOf(f.value(u"kind"_s).toString());
        if (f.value(u"deleted"_s).toInteger() != 0 || !kind)
            continue;
        EvidenceItem e;
        e.id = q.value(0).toString();
        e.leadId = leadId;
        e.stageKey = f.value(u"stage_key"_s).toString();
        e.requirementKey = f.value(u"requirement_key"_s).toString();
        e.kind = *kind;
        e.text = f.value(u"text"_s).toString();
        e.blobSha256 = f.value(u"blob_sha256"_s).toString();
        e.fileName = f.value(u"file_name"_s).toString();
        e.caseId = f.value(u"case_id"_s).toString();
        e.role = f.value(u"role"_s).toString();
        out.append(e);
    }
    return out;
}

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
    bool ok = true;
    const auto stored = rows::load(db, u"pipeline_template"_s, templateId, &ok);
    if (!stored)
        return RuleVerdict{u"unknown_template"_s, u"服务器上没有流程模板 %1"_s.arg(templateId)};
    QString error;
    const QJsonObject definition =
        QJsonDocument::fromJson(stored->fields.value(u"definition"_s).toString().toUtf8()).object();
    const auto pipeline = PipelineTemplate::fromJson(definition, &error);
    if (!pipeline)
        return RuleVerdict{u"unknown_template"_s, u"流程模板 %1 无效：%2"_s.arg(templateId, error)};
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
    {u"lead"_s, {}, {checkLead}},
    {u"evidence_item"_s, {}, {fileEvidenceNamesFile}},
    {u"activity"_s, u"owner_id"_s, {}},
    {u"stage_change"_s, u"by_user_id"_s, {}},
    {u"review_item"_s, u"submitted_by"_s, {}},
    {u"review_decision"_s, u"decided_by"_s, {}},
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
                                      const rows::Stored *before, const rows::Stored &after)
{
    const EntityRules *rules = entityRules(spec.name);
    if (!rules)
        return RuleVerdict{u"unknown_entity"_s, u"unknown entity %1"_s.arg(spec.name)};
    const RuleInput in{db, viewer, spec, before, after};
    for (const RuleCheck check : rules->checks)
        if (auto verdict = check(in))
            return verdict;
    return std::nullopt;
}

} // namespace sales::server
