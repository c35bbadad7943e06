// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/pipelinetemplate.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sales {

// What a stage is called, per (template id, stage key), for every template in the
// replica. A lead on a template the replica lacks, or a key its template lacks,
// reads the default template's name, then the key itself.
class StageNames final
{
public:
    StageNames() = default;
    explicit StageNames(const QList<PipelineTemplate> &templates);
    // Every readable template in the replica (KnowledgeRepository::templates()).
    static StageNames read(const QSqlDatabase &db);

    QString name(const QString &templateId, const QString &stageKey) const;
    // These names win over the default template's own for the same keys.
    void overrideDefault(const QHash<QString, QString> &names);

private:
    QHash<QString, QHash<QString, QString>> m_names; // template id -> stage key -> name
};

} // namespace sales
