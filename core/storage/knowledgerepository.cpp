// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgerepository.h"

#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const auto CaseColumns = u"id, title, industry, background, blocker, actions, result, reflection"_s;

CaseStudy caseFrom(const QSqlQuery &q)
{
    return CaseStudy{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

} // namespace

bool KnowledgeRepository::saveTemplate(const PipelineTemplate &p)
{
    const QString json = QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
    return save(u"pipeline_template"_s, p.id, {{u"name"_s, p.name}, {u"definition"_s, json}});
}

std::optional<PipelineTemplate> KnowledgeRepository::findTemplate(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT definition FROM pipeline_template WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next()) {
        readFailed(q); // an error, or no such row
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!doc.isObject()) {
        m_errorText = QCoreApplication::translate("sales::KnowledgeRepository", "流程模板 %1 无法解析：%2")
                          .arg(id, parseError.errorString());
        return std::nullopt;
    }
    QString error;
    auto pipeline = PipelineTemplate::fromJson(doc.object(), &error);
    if (!pipeline)
        m_errorText =
            QCoreApplication::translate("sales::KnowledgeRepository", "流程模板 %1 无效：%2").arg(id, error);
    return pipeline;
}

QList<PipelineTemplate> KnowledgeRepository::templates() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList ids;
    if (q.exec(u"SELECT id FROM pipeline_template WHERE deleted = 0 ORDER BY id"_s)) {
        while (q.next())
            ids.append(q.value(0).toString());
        if (readFailed(q))
            return {};
    }
    QList<PipelineTemplate> found;
    for (const QString &id : std::as_const(ids)) {
        if (auto pipeline = findTemplate(id))
            found.append(*pipeline);
    }
    const bool hasDefault = std::any_of(found.cbegin(), found.cend(),
                                        [](const PipelineTemplate &p) { return p.id == u"default"_s; });
    if (!hasDefault)
        found.prepend(defaultPipelineTemplate());
    return found;
}

bool KnowledgeRepository::saveCase(const CaseStudy &c)
{
    return save(u"case_study"_s, c.id,
                {{u"title"_s, c.title},
                 {u"industry"_s, sql::fromText(c.industry)},
                 {u"background"_s, sql::fromText(c.background)},
                 {u"blocker"_s, sql::fromText(c.blocker)},
                 {u"actions"_s, sql::fromText(c.actions)},
                 {u"result"_s, sql::fromText(c.result)},
                 {u"reflection"_s, sql::fromText(c.reflection)}});
}

std::optional<CaseStudy> KnowledgeRepository::findCase(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM case_study WHERE id = ? AND deleted = 0"_s.arg(CaseColumns));
    q.addBindValue(id);
    if (!exec(q) || !q.next()) {
        readFailed(q); // an error, or no such row
        return std::nullopt;
    }
    return caseFrom(q);
}

QList<CaseStudy> KnowledgeRepository::casesFor(const QString &industry) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM case_study WHERE industry = ? AND deleted = 0 ORDER BY title"_s.arg(CaseColumns));
    q.addBindValue(industry);
    QList<CaseStudy> out;
    if (exec(q)) {
        while (q.next())
            out.append(caseFrom(q));
        if (readFailed(q))
            return {};
    }
    return out;
}

} // namespace sales
