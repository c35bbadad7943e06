// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadactions.h"
#include "workspace/reviewservice.h"

#include "clock.h"
#include "movebackdialog.h"
#include "storage/leadrepository.h"
#include "workspace/activityservice.h"
#include "workspace/draftstore.h"
#include "workspace/evidenceservice.h"
#include "workspace/leaddetail.h"
#include "workspace/leadservice.h"
#include "workspace/session.h"
#include "workspace/stageservice.h"

#include <QMessageBox>

namespace sales {

LeadActions::LeadActions(const Session &session, QWidget *window)
    : QObject(window), m_session(session), m_db(session.database()), m_window(window),
      m_leads(std::make_unique<LeadService>(session)),
      m_evidence(std::make_unique<EvidenceService>(session)),
      m_stages(std::make_unique<StageService>(session)),
      m_activities(std::make_unique<ActivityService>(session)),
      m_drafts(std::make_unique<DraftStore>(m_db, session.clock()))
{
}

LeadActions::~LeadActions() = default;

void LeadActions::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("actionError"));
    box->open();
}

void LeadActions::advance(const QString &leadId)
{
    const auto lead = LeadRepository(m_db).find(leadId);
    if (!lead)
        return;
    const auto detail = loadLeadDetail(m_db, leadId, m_session.clock().now(), 0);
    const StageDefinition *next = detail ? detail->pipeline.nextStage(lead->stageKey) : nullptr;
    if (!next)
        return showError(tr("无法推进"), detail.message().isEmpty() ? tr("该线索已在最后阶段。") : detail.message());
    const StageMoveResult result = m_stages->advance(leadId, next->key);
    if (!result.ok)
        return showError(tr("阶段锁：无法推进到「%1」").arg(next->name), result.message);
    Q_EMIT leadChanged(leadId);
}

void LeadActions::resubmit(const QString &leadId)
{
    const Result result = ReviewService(m_session).resubmit(leadId);
    if (!result.ok)
        return showError(tr("无法提交审核"), result.message);
    Q_EMIT leadChanged(leadId);
}

void LeadActions::moveBack(const QString &leadId)
{
    const auto detail = loadLeadDetail(m_db, leadId, m_session.clock().now(), 0);
    if (!detail)
        return showError(tr("无法退回"), detail.message());
    QList<QPair<QString, QString>> earlier;
    const int current = detail->pipeline.indexOf(detail->lead.stageKey);
    for (int i = 0; i < current; ++i)
        earlier.append({detail->pipeline.stages.at(i).key, detail->pipeline.stages.at(i).name});
    if (earlier.isEmpty())
        return showError(tr("无法退回"), tr("该线索已在第一个阶段。"));
    auto *dialog = new MoveBackDialog(detail->lead.title, earlier, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, leadId] {
        const StageMoveResult result = m_stages->moveBack(leadId, dialog->stageKey(), dialog->reason());
        if (!result.ok)
            return showError(tr("无法退回"), result.fieldErrors.value(QStringLiteral("reason"), result.message));
        Q_EMIT leadChanged(leadId);
    });
    dialog->open();
}

} // namespace sales
