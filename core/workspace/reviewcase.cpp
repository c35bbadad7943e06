// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcase.h"

#include "clock.h"
#include "domain/labels.h"
#include "storage/blobstore.h"
#include "storage/knowledgerepository.h"
#include "storage/organisationrepository.h"
#include "storage/replicadamage.h"
#include "storage/reviewrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sales {

namespace {

struct ReviewCaseText
{
    Q_DECLARE_TR_FUNCTIONS(sales::ReviewCase)
};

Result readFailed(const QSqlDatabase &db, const Repository &r, const QString &what)
{
    if (r.isDamaged())
        return Result::failure(ReplicaDamage::messageFor(db));
    return Result::failure(ReviewCaseText::tr("无法读取%1：%2").arg(what, r.errorText()));
}

} // namespace

QString evidenceRequirementLabel(const PipelineTemplate &pipeline, const QString &requirementKey)
{
    if (const StageDefinition *stage = pipeline.stageOfRequirement(requirementKey)) {
        for (const EvidenceRequirement &r : stage->entryRequirements) {
            if (r.key == requirementKey)
                return r.label;
        }
    }
    return requirementKey;
}

EvidenceFileKind evidenceFileKind(const QString &fileName, const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return EvidenceFileKind::Pdf;
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8")
        || (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") || head.startsWith("BM"))
        return EvidenceFileKind::Image;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QSet<QString> audio{u"mp3"_s, u"m4a"_s, u"wav"_s, u"amr"_s, u"aac"_s, u"ogg"_s, u"silk"_s, u"wma"_s};
    if (audio.contains(suffix))
        return EvidenceFileKind::Recording;
    if (suffix == u"pdf"_s)
        return EvidenceFileKind::Pdf;
    static const QSet<QString> images{u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"bmp"_s, u"webp"_s};
    if (images.contains(suffix))
        return EvidenceFileKind::Image;
    static const QSet<QString> text{u"txt"_s, u"md"_s, u"csv"_s};
    if (text.contains(suffix))
        return EvidenceFileKind::Text;
    return EvidenceFileKind::Other;
}

QList<PreCheckSource> preCheckSources(const LeadDetail &detail)
{
    QList<PreCheckSource> sources;
    for (const EvidenceItem &e : detail.evidence) {
        const QString label = ReviewCaseText::tr("证据：%1").arg(evidenceRequirementLabel(detail.pipeline, e.requirementKey));
        QString text = e.text;
        if (!e.role.isEmpty())
            text = e.role + u' ' + text;
        if (!e.fileName.isEmpty())
            text += u' ' + e.fileName;
        if (!text.trimmed().isEmpty())
            sources.append({label, text});
    }
    const QLocale locale;
    for (const Activity &a : detail.recentActivities) {
        if (a.text.trimmed().isEmpty())
            continue;
        sources.append({ReviewCaseText::tr("跟进 %1 %2").arg(locale.toString(a.happenedAt.toLocalTime().date(), ReviewCaseText::tr("M月d日", "date format of an activity's day")),
                                            activityKindLabel(a.kind)),
                        a.text});
    }
    return sources;
}

Expected<ReviewCase> loadReviewCase(const QSqlDatabase &db, const QDateTime &now, const ReviewQueueEntry &entry,
                                    qint64 maxInlineBytes)
{
    Expected<LeadDetail> detail = loadLeadDetail(db, entry.row.item.leadId, now);
    if (!detail)
        return detail.result();
    ReviewCase c;
    c.entry = entry;
    c.detail = *detail;
    c.checks = preCheck(entry.rule, preCheckSources(c.detail));

    const BlobStore blobs(db, systemClock());
    for (const EvidenceItem &e : c.detail.evidence) {
        if (e.kind != EvidenceKind::File || e.blobSha256.isEmpty() || c.fileSizes.contains(e.blobSha256))
            continue;
        const std::optional<qint64> size = blobs.sizeOf(e.blobSha256);
        if (!size) {
            if (!blobs.errorText().isEmpty())
                return Result::failure(blobs.isDamaged() ? ReplicaDamage::messageFor(db)
                                           : ReviewCaseText::tr("无法读取证据文件 %1：%2").arg(e.fileName, blobs.errorText()));
            continue; // not here yet (the file's blob comes with a later sync): listed without content
        }
        c.fileSizes.insert(e.blobSha256, *size);
        if (*size > maxInlineBytes || evidenceFileKind(e.fileName, {}) == EvidenceFileKind::Recording)
            continue; // listed with its size, not loaded
        const std::optional<QByteArray> data = blobs.get(e.blobSha256);
        if (!data)
            return Result::failure(blobs.isDamaged() ? ReplicaDamage::messageFor(db) : ReviewCaseText::tr("无法读取证据文件 %1：%2").arg(e.fileName, blobs.errorText()));
        c.files.insert(e.blobSha256, *data);
    }

    const KnowledgeRepository knowledge(db);
    for (const EvidenceItem &e : c.detail.evidence) {
        if (e.kind != EvidenceKind::CaseLink || c.caseTitles.contains(e.caseId))
            continue;
        if (const std::optional<CaseStudy> found = knowledge.findCase(e.caseId))
            c.caseTitles.insert(e.caseId, found->title);
        else if (!knowledge.errorText().isEmpty())
            return readFailed(db, knowledge, ReviewCaseText::tr("关联案例"));
    }

    const ReviewRepository reviews(db);
    c.decisions = reviews.decisionsOf(entry.row.item.id);
    if (!reviews.errorText().isEmpty())
        return readFailed(db, reviews, ReviewCaseText::tr("审核结论"));
    const OrganisationRepository organisation(db);
    const QList<User> users = organisation.users();
    if (!organisation.errorText().isEmpty())
        return readFailed(db, organisation, ReviewCaseText::tr("人员"));
    for (const User &u : users)
        c.deciderNames.insert(u.id, u.name);
    return c;
}

} // namespace sales
