// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The stage choices of the lead filter (see LeadQuery::stageChoices).
#include "leadquery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const auto DefaultTemplateId = u"default"_s;

// The default template first, then the others by name.
QList<const PipelineTemplate *> shownTemplates(const QList<PipelineTemplate> &templates, const QSet<QString> &inUse)
{
    QList<const PipelineTemplate *> shown;
    for (const PipelineTemplate &pipeline : templates) {
        if (pipeline.id == DefaultTemplateId || inUse.contains(pipeline.id))
            shown.append(&pipeline);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const PipelineTemplate *a, const PipelineTemplate *b) {
        return std::make_tuple(a->id != DefaultTemplateId, a->name, a->id)
               < std::make_tuple(b->id != DefaultTemplateId, b->name, b->id);
    });
    return shown;
}

} // namespace

QList<LeadFilterChoice> LeadQuery::stageChoices(const QList<PipelineTemplate> &templates,
                                                const QSet<QString> &templatesInUse)
{
    const QList<const PipelineTemplate *> shown = shownTemplates(templates, templatesInUse);
    QHash<QString, QSet<QString>> namesOfKey, keysOfName;
    for (const PipelineTemplate *pipeline : shown) {
        for (const StageDefinition &stage : pipeline->stages) {
            namesOfKey[stage.key].insert(stage.name);
            keysOfName[stage.name].insert(stage.key);
        }
    }
    // One choice for any template when the key and its name mean one thing
    // everywhere; otherwise one per template, so that filtering by it finds only
    // the leads that show that name.
    QList<std::pair<LeadFilterChoice, QString>> choices; // with the template's name
    QSet<QString> merged;
    for (const PipelineTemplate *pipeline : shown) {
        for (const StageDefinition &stage : pipeline->stages) {
            const bool anyTemplate =
                namesOfKey.value(stage.key).size() == 1 && keysOfName.value(stage.name).size() == 1;
            if (!anyTemplate)
                choices.append({{stage.key, stage.name, pipeline->id}, pipeline->name});
            else if (!merged.contains(stage.key)) {
                merged.insert(stage.key);
                choices.append({{stage.key, stage.name}, pipeline->name});
            }
        }
    }
    QHash<QString, int> uses;
    for (const auto &choice : std::as_const(choices))
        ++uses[choice.first.name];
    QList<LeadFilterChoice> out;
    out.reserve(choices.size());
    for (auto &[choice, templateName] : choices) {
        if (uses.value(choice.name) > 1)
            choice.name = QCoreApplication::translate("sales::LeadQuery", "%1（%2）", "stage name (template name)")
                              .arg(choice.name, templateName);
        out.append(choice);
    }
    return out;
}

} // namespace sales
