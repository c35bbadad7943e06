// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/activity.h"
#include "domain/evidencekind.h"
#include "domain/lead.h"
#include "domain/organisation.h"

#include <QString>

#include <optional>

// The stable text codes enums are stored (and later synced) as. The schema's
// CHECK constraints list the same codes.
namespace sales::codec {

QString toCode(ActivityKind kind);
std::optional<ActivityKind> activityKind(const QString &code);

QString toCode(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKind(const QString &code);

QString toCode(LeadStatus status);
std::optional<LeadStatus> leadStatus(const QString &code);

QString toCode(UserRole role);
std::optional<UserRole> userRole(const QString &code);

} // namespace sales::codec
