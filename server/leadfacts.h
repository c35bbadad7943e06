// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the server's rules read about a lead from its stored rows (sync_row): its
// evidence, its template, its review item and decisions, as the domain types the
// client's rules take, so both run the same code.

#include "domain/evidenceitem.h"
#include "domain/organisation.h"
#include "domain/pipelinetemplate.h"
#include "domain/review.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sales::server {

QList<EvidenceItem> evidenceOf(QSqlDatabase &db, const QString &leadId);

// The template, or why not (*error: "服务器上没有流程模板 …" / "流程模板 … 无效：…").
std::optional<PipelineTemplate> templateOf(QSqlDatabase &db, const QString &templateId, QString *error);

ReviewItem reviewItemFrom(const QString &id, const QJsonObject &fields);
ReviewDecision reviewDecisionFrom(const QString &id, const QJsonObject &fields);
// The lead's item for stageKey; nullopt when there is none.
std::optional<ReviewItem> reviewItemFor(QSqlDatabase &db, const QString &leadId, const QString &stageKey);
// The item's decisions in the order the server accepted them (rev).
QList<ReviewDecision> reviewDecisionsOf(QSqlDatabase &db, const QString &leadId, const QString &itemId);

// A user as the domain rules take one (role names of the users table).
User userOf(const QString &uid, const QString &role, const QString &teamId, const QString &regionId);

} // namespace sales::server
