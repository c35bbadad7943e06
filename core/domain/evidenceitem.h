// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidencekind.h"

#include <QDateTime>
#include <QString>

namespace sales {

// 证据动作: one piece of evidence filed against a requirement of a stage.
// Exactly one payload field is used, according to kind.
struct EvidenceItem
{
    QString id;
    QString leadId;
    QString stageKey;
    QString requirementKey;
    EvidenceKind kind = EvidenceKind::FreeText;
    QString text;       // FreeText: e.g. one concrete pain point
    QString blobSha256; // File: content address of the blob in the replica
    QString fileName;   // File: the name the user gave it
    QString caseId;     // CaseLink
    QString role;       // Role: e.g. 决策人, with text naming the person
    QDateTime createdAt;
};

} // namespace sales
