// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipelinetemplate.h"
#include "stagechange.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sales {

// Moving to an earlier stage of the template. The first entry (empty from), staying
// put and moves naming a stage the template does not know are not backflow.
bool isBackflow(const PipelineTemplate& pipeline, const QString& fromStage,
                const QString& toStage);

// A StageChange with its backflow flag set from the template.
StageChange withBackflowFlag(const PipelineTemplate& pipeline, StageChange change);

// Counts the stored backflow flags.
int backflowCount(const QList<StageChange>& changes);
// Recomputes from the template, ignoring stored flags (e.g. to check what a client sent).
int backflowCount(const PipelineTemplate& pipeline, const QList<StageChange>& changes);

// Backflows keyed by the stage the lead flowed back FROM.
QHash<QString, int> backflowByStage(const QList<StageChange>& changes);
QHash<QString, int> backflowByStage(const PipelineTemplate& pipeline,
                                    const QList<StageChange>& changes);

} // namespace sales
