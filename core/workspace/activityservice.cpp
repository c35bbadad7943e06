// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityservice.h"

#include "clock.h"
#include "domain/ids.h"
#include "leadserviceutil.h"
#include "storage/blobstore.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales {

using namespace leadops;

namespace {

constexpr qint64 FutureToleranceSeconds = 60;
constexpr int BackfillDaysBeforeCreation = 1;
constexpr qsizetype MinActivityTextLength = 2;

} // namespace

Result ActivityService::logActivity(const QString &leadId, ActivityKind kind, const QDateTime &happenedAt,
                                 const QString &text, bool progress, int entrySeconds,
                                 const QList<AttachmentInput> &attachments)
{
    const QSqlDatabase &db = m_context.db();
    const Clock &clock = m_context.clock();
    Transaction tx(db);
    if (!tx.isActive())
        return transactionFailed(db);
    auto context = loadLead(db, leadId);
    if (!context)
        return context.result();
    Lead &lead = context->lead;
    const QDateTime now = clock.now();

    QHash<QString, QString> errors;
    const QDateTime earliest = lead.createdAt.addDays(-BackfillDaysBeforeCreation);
    if (!happenedAt.isValid())
        errors.insert(u"happenedAt"_s, tr("请填写发生时间"));
    else if (happenedAt > now.addSecs(FutureToleranceSeconds))
        errors.insert(u"happenedAt"_s, tr("发生时间不能晚于现在"));
    else if (lead.createdAt.isValid() && happenedAt < earliest)
        errors.insert(u"happenedAt"_s, tr("发生时间不能早于线索创建前一天（%1）")
                                          .arg(earliest.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    const QString body = text.trimmed();
    if (body.size() < MinActivityTextLength)
        errors.insert(u"text"_s, tr("请写下这次跟进的内容（至少 %1 个字）").arg(MinActivityTextLength));
    if (entrySeconds < 0)
        errors.insert(u"entrySeconds"_s, tr("录入用时不能为负数"));
    if (!errors.isEmpty())
        return fieldsFailed(errors);

    const Activity activity{newId(), leadId, m_context.actor(), kind, happenedAt.toUTC(), now, entrySeconds, body, progress};
    LeadHistoryRepository history(db, clock);
    if (!history.saveActivity(activity))
        return failed(history.errorText());
    BlobStore blobs(db, clock);
    for (const AttachmentInput &file : attachments) {
        const QString sha = blobs.put(file.data, file.mimeType);
        if (sha.isEmpty())
            return fieldsFailed({{u"attachments"_s, tr("附件「%1」无法保存：%2").arg(file.fileName, blobs.errorText())}});
        if (!history.saveActivityAttachment(activity.id, sha, QFileInfo(file.fileName).fileName()))
            return failed(history.errorText());
    }
    if (!lead.lastActivityAt.isValid() || activity.happenedAt > lead.lastActivityAt) {
        lead.lastActivityAt = activity.happenedAt;
        LeadRepository leads(db, clock);
        if (!leads.save(lead))
            return failed(leads.errorText());
    }
    return commit(tx, db, succeeded(activity.id));
}

} // namespace sales
