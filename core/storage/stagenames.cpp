// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagenames.h"

#include "knowledgerepository.h"

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const auto DefaultTemplateId = u"default"_s;

} // namespace

StageNames::StageNames(const QList<PipelineTemplate> &templates)
{
    for (const PipelineTemplate &pipeline : templates) {
        QHash<QString, QString> &names = m_names[pipeline.id];
        for (const StageDefinition &stage : pipeline.stages)
            names.insert(stage.key, stage.name);
    }
}

StageNames StageNames::read(const QSqlDatabase &db)
{
    return StageNames(KnowledgeRepository(db).templates());
}

QString StageNames::name(const QString &templateId, const QString &stageKey) const
{
    const auto own = m_names.constFind(templateId);
    if (own != m_names.cend()) {
        const auto it = own->constFind(stageKey);
        if (it != own->cend())
            return *it;
    }
    const auto fallback = m_names.constFind(DefaultTemplateId);
    if (fallback != m_names.cend() && fallback != own)
        return fallback->value(stageKey, stageKey);
    return stageKey;
}

void StageNames::overrideDefault(const QHash<QString, QString> &names)
{
    QHash<QString, QString> &own = m_names[DefaultTemplateId];
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        own.insert(it.key(), it.value());
}

} // namespace sales
