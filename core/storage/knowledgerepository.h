// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/casestudy.h"
#include "domain/pipelinetemplate.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace sales {

// Shared, mostly read-only data: pipeline templates (stored as JSON, editable)
// and the case library.
class KnowledgeRepository final : public Repository
{
public:
    explicit KnowledgeRepository(QSqlDatabase db, const Clock &clock = systemClock())
        : Repository(std::move(db), clock)
    {
    }

    bool saveTemplate(const PipelineTemplate &pipeline);
    std::optional<PipelineTemplate> findTemplate(const QString &id) const;
    // Every live template that can be read, by id; the built-in default stands in
    // when the replica has no readable "default" (a fresh or damaged replica).
    QList<PipelineTemplate> templates() const;

    bool saveCase(const CaseStudy &c);
    std::optional<CaseStudy> findCase(const QString &id) const;
    QList<CaseStudy> casesFor(const QString &industry) const;
};

} // namespace sales
