// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadfacts.h"

#include "syncrows.h"

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

QDateTime timeOf(const QJsonObject &f, const QString &name)
{
    const qint64 ms = f.value(name).toInteger(-1);
    return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Rows of entity under the lead, live ones only, in rev order.
template<typename Each>
void eachRowOf(QSqlDatabase &db, const QString &entity, const QString &leadId, Each each)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, data FROM sync_row WHERE lead_id = ? AND entity = ? ORDER BY rev"_s);
    q.addBindValue(leadId);
    q.addBindValue(entity);
    if (!q.exec())
        return;
    while (q.next()) {
        const QJsonObject f = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (f.value(u"deleted"_s).toInteger() == 0)
            each(q.value(0).toString(), f);
    }
}

} // namespace

QList<EvidenceItem> evidenceOf(QSqlDatabase &db, const QString &leadId)
{
    QList<EvidenceItem> out;
    eachRowOf(db, u"evidence_item"_s, leadId, [&](const QString &id, const QJsonObject &f) {
        const auto kind = kindOf(f.value(u"kind"_s).toString());
        if (!kind)
            return;
        EvidenceItem e;
        e.id = id;
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
    });
    return out;
}

std::optional<PipelineTemplate> templateOf(QSqlDatabase &db, const QString &templateId, QString *error)
{
    bool ok = true;
    const auto stored = rows::load(db, u"pipeline_template"_s, templateId, &ok);
    if (!stored) {
        *error = u"服务器上没有流程模板 %1"_s.arg(templateId);
        return std::nullopt;
    }
    QString why;
    const QJsonObject definition =
        QJsonDocument::fromJson(stored->fields.value(u"definition"_s).toString().toUtf8()).object();
    auto pipeline = PipelineTemplate::fromJson(definition, &why);
    if (!pipeline)
        *error = u"流程模板 %1 无效：%2"_s.arg(templateId, why);
    return pipeline;
}

ReviewItem reviewItemFrom(const QString &id, const QJsonObject &f)
{
    return ReviewItem{id,
                      f.value(u"lead_id"_s).toString(),
                      f.value(u"stage_key"_s).toString(),
                      int(f.value(u"round"_s).toInteger(1)),
                      f.value(u"submitted_by"_s).toString(),
                      timeOf(f, u"submitted_at"_s)};
}

ReviewDecision reviewDecisionFrom(const QString &id, const QJsonObject &f)
{
    ReviewDecision d;
    d.id = id;
    d.itemId = f.value(u"item_id"_s).toString();
    d.round = int(f.value(u"round"_s).toInteger());
    d.kind = reviewDecisionKindFromKey(f.value(u"kind"_s).toString()).value_or(ReviewDecisionKind::Comment);
    d.reason = f.value(u"reason"_s).toString();
    d.evidenceDigest = f.value(u"evidence_digest"_s).toString();
    d.decidedBy = f.value(u"decided_by"_s).toString();
    d.decidedAt = timeOf(f, u"decided_at"_s);
    return d;
}

std::optional<ReviewItem> reviewItemFor(QSqlDatabase &db, const QString &leadId, const QString &stageKey)
{
    std::optional<ReviewItem> found;
    eachRowOf(db, u"review_item"_s, leadId, [&](const QString &id, const QJsonObject &f) {
        if (f.value(u"stage_key"_s).toString() == stageKey)
            found = reviewItemFrom(id, f);
    });
    return found;
}

QList<ReviewDecision> reviewDecisionsOf(QSqlDatabase &db, const QString &leadId, const QString &itemId)
{
    QList<ReviewDecision> out;
    eachRowOf(db, u"review_decision"_s, leadId, [&](const QString &id, const QJsonObject &f) {
        if (f.value(u"item_id"_s).toString() == itemId)
            out.append(reviewDecisionFrom(id, f));
    });
    return out;
}

User userOf(const QString &uid, const QString &role, const QString &teamId, const QString &regionId)
{
    User u;
    u.id = uid;
    u.role = role == u"admin"_s ? UserRole::Admin
        : role == u"manager"_s  ? UserRole::Manager
        : role == u"supervisor"_s ? UserRole::Supervisor
                                  : UserRole::Rep;
    u.teamId = teamId;
    u.regionId = regionId;
    return u;
}

} // namespace sales::server
