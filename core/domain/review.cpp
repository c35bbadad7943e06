// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review.h"

#include "pipelinetemplate.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sales {

namespace {

constexpr qint64 kSecondsPerHour = 3600;
// Characters of context kept on each side of a keyword: enough to recognise the
// sentence in the queue, short enough for one line of the checklist.
constexpr qsizetype kExcerptContext = 12;

bool isSettling(ReviewDecisionKind kind)
{
    return kind == ReviewDecisionKind::Approve || kind == ReviewDecisionKind::Reject
        || kind == ReviewDecisionKind::AutoReject;
}

// What the server's deadline pass will write, so an offline client can show it now.
ReviewDecision timeoutDecision(const ReviewItem& item, const StageReviewRule& rule,
                               const QDateTime& deadline, const QString& currentDigest)
{
    ReviewDecision d;
    d.itemId = item.id;
    d.round = item.round;
    d.kind = rule.onTimeout == ReviewTimeout::Escalate ? ReviewDecisionKind::Escalate
                                                       : ReviewDecisionKind::AutoReject;
    if (d.kind == ReviewDecisionKind::AutoReject)
        d.reason = autoRejectReason();
    d.evidenceDigest = currentDigest;
    d.decidedAt = deadline;
    return d;
}

// Length-prefixed so that no two different field lists encode alike ("ab"+"c" vs "a"+"bc").
void appendField(QByteArray* out, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    out->append(QByteArray::number(utf8.size()));
    out->append(':');
    out->append(utf8);
}

QByteArray encodeEvidence(const EvidenceItem& e)
{
    QByteArray out;
    // fileName, leadId and createdAt are left out: renaming a file or re-filing the
    // same content does not change what the decider saw.
    for (const QString& field : {e.id, e.stageKey, e.requirementKey, evidenceKindKey(e.kind), e.text,
                                 e.blobSha256, e.caseId, e.role})
        appendField(&out, field);
    return out;
}

// Keeps a cut from splitting a surrogate pair (a rare CJK extension character or an emoji).
qsizetype safeStart(const QString& text, qsizetype start)
{
    return start > 0 && text.at(start).isLowSurrogate() ? start - 1 : start;
}

qsizetype safeEnd(const QString& text, qsizetype end)
{
    return end < text.size() && text.at(end).isLowSurrogate() ? end + 1 : end;
}

QString excerptAround(const QString& text, qsizetype pos, qsizetype length)
{
    const qsizetype start = safeStart(text, std::max<qsizetype>(0, pos - kExcerptContext));
    const qsizetype end = safeEnd(text, std::min(text.size(), pos + length + kExcerptContext));
    QString excerpt = text.mid(start, end - start);
    // The excerpt is shown on one line of the checklist.
    for (QChar& c : excerpt) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    if (start > 0)
        excerpt.prepend(u'…');
    if (end < text.size())
        excerpt.append(u'…');
    return excerpt;
}

} // namespace

QDateTime reviewDeadline(const QDateTime& submittedAt, const StageReviewRule& rule)
{
    if (!submittedAt.isValid())
        return {};
    return submittedAt.addSecs(rule.deadlineHours * kSecondsPerHour);
}

ReviewStatus reviewStatus(const ReviewItem& item, const QList<ReviewDecision>& decisions,
                          const StageReviewRule& rule, const QString& currentDigest, const QDateTime& now)
{
    ReviewStatus status;
    status.round = item.round;
    status.deadline = reviewDeadline(item.submittedAt, rule);

    // Server order decides: the first counted decision wins, whoever reached it later
    // is kept as a comment (two supervisors deciding offline).
    bool settled = false;
    for (const ReviewDecision& d : decisions) {
        if (d.round != item.round)
            continue;
        const bool answers = d.kind == ReviewDecisionKind::Approve || d.kind == ReviewDecisionKind::Reject;
        if (settled && answers && status.decision->kind == ReviewDecisionKind::Approve
            && d.evidenceDigest != status.decision->evidenceDigest) {
            // The evidence changed after the approval (which that voided) and this one
            // decided on what is there now: it counts, the old approval is history.
            status.decision = d;
        } else if (settled || d.kind == ReviewDecisionKind::Comment) {
            status.comments.append(d);
        } else if (status.escalation) {
            // Waiting for the manager: only an approve or a reject answers; the deadline
            // has already acted once, so a second timeout decision is not counted.
            if (d.kind == ReviewDecisionKind::Approve || d.kind == ReviewDecisionKind::Reject) {
                status.decision = d;
                settled = true;
            } else {
                status.comments.append(d);
            }
        } else if (isSettling(d.kind)) {
            status.decision = d;
            settled = true;
        } else if (d.kind == ReviewDecisionKind::Escalate) {
            status.escalation = d;
        }
    }

    if (status.deadline.isValid() && now.isValid()) {
        // Milliseconds decide, as in evaluateSla: half a second past is past.
        const qint64 msLeft = now.msecsTo(status.deadline);
        status.secondsLeft = msLeft >= 0 ? msLeft / 1000 : -((-msLeft + 999) / 1000);
    }
    const bool pastDeadline = status.deadline.isValid() && now.isValid() && now >= status.deadline;

    if (settled) {
        switch (status.decision->kind) {
        case ReviewDecisionKind::Approve:
            if (status.decision->evidenceDigest == currentDigest) {
                status.state = ReviewState::Approved;
            } else {
                // Bound to content: the approval covered other evidence than there is now.
                status.state = ReviewState::Pending;
                status.approvalVoided = true;
            }
            break;
        default:
            status.state = ReviewState::Rejected;
            break;
        }
    } else if (status.escalation) {
        status.state = ReviewState::Escalated;
        status.decision = status.escalation;
    } else if (pastDeadline) {
        const ReviewDecision made = timeoutDecision(item, rule, status.deadline, currentDigest);
        status.state = made.kind == ReviewDecisionKind::Escalate ? ReviewState::Escalated
                                                                 : ReviewState::Rejected;
        status.decision = made;
        if (made.kind == ReviewDecisionKind::Escalate)
            status.escalation = made;
        status.provisional = true;
    }
    return status;
}

QString evidenceDigest(const QList<EvidenceItem>& evidence)
{
    // Sorted by id (then by content, should two items ever share an id) so that the
    // order a replica happens to read them in does not matter.
    QList<std::pair<QString, QByteArray>> encoded;
    encoded.reserve(evidence.size());
    for (const EvidenceItem& e : evidence)
        encoded.append({e.id, encodeEvidence(e)});
    std::sort(encoded.begin(), encoded.end());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The count first, then each item length-prefixed: no two lists encode alike.
    hash.addData(QByteArray::number(encoded.size()).append(';'));
    for (const auto& [id, bytes] : std::as_const(encoded)) {
        hash.addData(QByteArray::number(bytes.size()).append(';'));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QList<PreCheckResult> preCheck(const StageReviewRule& rule, const QList<PreCheckSource>& sources)
{
    QList<PreCheckResult> results;
    results.reserve(rule.checklist.size());
    for (const ChecklistItem& item : rule.checklist) {
        PreCheckResult result;
        result.itemKey = item.key;
        // An empty keyword would match every text; the template parser refuses one,
        // and here it is simply no keyword.
        QStringList keywords;
        for (const QString& k : item.keywords) {
            if (!k.isEmpty())
                keywords.append(k);
        }
        result.automatic = !keywords.isEmpty();
        for (const PreCheckSource& source : sources) {
            // One hit per source: the first keyword of the item's list that it contains.
            for (const QString& keyword : std::as_const(keywords)) {
                const qsizetype pos = source.text.indexOf(keyword, 0, Qt::CaseInsensitive);
                if (pos < 0)
                    continue;
                result.hits.append({keyword, source.label, excerptAround(source.text, pos, keyword.size())});
                break;
            }
        }
        results.append(result);
    }
    return results;
}

QString reviewTimeoutKey(ReviewTimeout timeout)
{
    switch (timeout) {
    case ReviewTimeout::AutoReject: return u"autoReject"_s;
    case ReviewTimeout::Escalate: return u"escalate"_s;
    }
    return {};
}

std::optional<ReviewTimeout> reviewTimeoutFromKey(QStringView key)
{
    for (ReviewTimeout t : {ReviewTimeout::AutoReject, ReviewTimeout::Escalate}) {
        if (key == reviewTimeoutKey(t))
            return t;
    }
    return std::nullopt;
}

QString reviewDecisionKindKey(ReviewDecisionKind kind)
{
    switch (kind) {
    case ReviewDecisionKind::Approve: return u"approve"_s;
    case ReviewDecisionKind::Reject: return u"reject"_s;
    case ReviewDecisionKind::Escalate: return u"escalate"_s;
    case ReviewDecisionKind::AutoReject: return u"autoReject"_s;
    case ReviewDecisionKind::Comment: return u"comment"_s;
    }
    return {};
}

std::optional<ReviewDecisionKind> reviewDecisionKindFromKey(QStringView key)
{
    for (ReviewDecisionKind k : {ReviewDecisionKind::Approve, ReviewDecisionKind::Reject,
                                 ReviewDecisionKind::Escalate, ReviewDecisionKind::AutoReject,
                                 ReviewDecisionKind::Comment}) {
        if (key == reviewDecisionKindKey(k))
            return k;
    }
    return std::nullopt;
}

QString reviewStateKey(ReviewState state)
{
    switch (state) {
    case ReviewState::Pending: return u"pending"_s;
    case ReviewState::Escalated: return u"escalated"_s;
    case ReviewState::Approved: return u"approved"_s;
    case ReviewState::Rejected: return u"rejected"_s;
    }
    return {};
}

std::optional<ReviewState> reviewStateFromKey(QStringView key)
{
    for (ReviewState s : {ReviewState::Pending, ReviewState::Escalated, ReviewState::Approved,
                          ReviewState::Rejected}) {
        if (key == reviewStateKey(s))
            return s;
    }
    return std::nullopt;
}

QString autoRejectReason()
{
    return u"超时未审核"_s;
}

} // namespace sales
