// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/activity.h"
#include "result.h"
#include "servicecontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sales {

// A file attached to an activity as the rep picked it.
struct AttachmentInput
{
    QString fileName;
    QByteArray data;
    QString mimeType;
};

// The rep's follow-ups on a lead: checked (no future, no far past), stored with
// their attachments as blobs, and the lead's last activity moved on.
class ActivityService final
{
    Q_DECLARE_TR_FUNCTIONS(sales::ActivityService)

public:
    explicit ActivityService(const Session &session) : m_context(session) {}
    ActivityService(QSqlDatabase db, const Clock &clock, QString userId)
        : m_context(std::move(db), clock, std::move(userId))
    {
    }

    // happenedAt may be earlier than now (back-filled); enteredAt is stamped now.
    // entrySeconds is how long the dialog was open. Updates the lead's last activity.
    Result logActivity(const QString &leadId, ActivityKind kind, const QDateTime &happenedAt, const QString &text,
                       bool progress, int entrySeconds, const QList<AttachmentInput> &attachments = {});

private:
    ServiceContext m_context;
};

} // namespace sales
