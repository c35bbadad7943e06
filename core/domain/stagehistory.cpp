// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagehistory.h"

#include <algorithm>

namespace sales {

bool isBackflow(const PipelineTemplate& pipeline, const QString& fromStage, const QString& toStage)
{
    if (fromStage.isEmpty())
        return false;
    const int from = pipeline.indexOf(fromStage);
    const int to = pipeline.indexOf(toStage);
    return from >= 0 && to >= 0 && to < from;
}

StageChange withBackflowFlag(const PipelineTemplate& pipeline, StageChange change)
{
    change.backflow = isBackflow(pipeline, change.fromStage, change.toStage);
    return change;
}

int backflowCount(const QList<StageChange>& changes)
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(),
                                          [](const StageChange& c) { return c.backflow; }));
}

int backflowCount(const PipelineTemplate& pipeline, const QList<StageChange>& changes)
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(), [&](const StageChange& c) {
        return isBackflow(pipeline, c.fromStage, c.toStage);
    }));
}

QHash<QString, int> backflowByStage(const QList<StageChange>& changes)
{
    QHash<QString, int> byStage;
    for (const StageChange& c : changes) {
        if (c.backflow)
            ++byStage[c.fromStage];
    }
    return byStage;
}

QHash<QString, int> backflowByStage(const PipelineTemplate& pipeline,
                                    const QList<StageChange>& changes)
{
    QHash<QString, int> byStage;
    for (const StageChange& c : changes) {
        if (isBackflow(pipeline, c.fromStage, c.toStage))
            ++byStage[c.fromStage];
    }
    return byStage;
}

} // namespace sales
