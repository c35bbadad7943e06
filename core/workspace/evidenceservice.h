// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "servicecontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sales {

// Evidence filed against the entry requirements of the lead's template: each
// item checked against its requirement's kind and rules, and never filed twice
// (the stage gate would not count it twice).
class EvidenceService final
{
    Q_DECLARE_TR_FUNCTIONS(sales::EvidenceService)

public:
    explicit EvidenceService(const Session &session) : m_context(session) {}
    EvidenceService(QSqlDatabase db, const Clock &clock, QString userId)
        : m_context(std::move(db), clock, std::move(userId))
    {
    }

    Result addTextEvidence(const QString &leadId, const QString &requirementKey, const QString &text);
    Result addFileEvidence(const QString &leadId, const QString &requirementKey, const QString &fileName,
                           const QByteArray &data, const QString &mimeType);
    Result linkCase(const QString &leadId, const QString &requirementKey, const QString &caseId);
    Result markRole(const QString &leadId, const QString &requirementKey, const QString &role,
                    const QString &personName);
    Result removeEvidence(const QString &evidenceId);

private:
    ServiceContext m_context;
};

} // namespace sales
