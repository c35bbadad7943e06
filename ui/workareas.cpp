// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workareas.h"

#include "leads/leadactions.h"
#include "leads/leadsarea.h"
#include "queue/reviewqueuearea.h"
#include "workarea/comingsoonarea.h"
#include "workarea/workarearegistry.h"

#include <QCoreApplication>

namespace sales {

void registerWorkAreas(WorkAreaRegistry &areas, const WorkAreaContext &context)
{
    // One set of lead dialogs and drafts for both lead lists.
    auto *leadActions = new LeadActions(context.session, context.window);
    areas.add(new LeadsArea(context, leadActions, LeadsArea::Preset::AllLeads));
    areas.add(new LeadsArea(context, leadActions, LeadsArea::Preset::DueOrOverdue));
    areas.add(new ReviewQueueArea(context));
    areas.add(new ComingSoonArea(QStringLiteral("dashboards"), QCoreApplication::translate("WorkAreas", "仪表盘")));
}

} // namespace sales
