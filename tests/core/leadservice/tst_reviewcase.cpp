// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14.2: what the queue shows of one item, read from a real replica: the
// evidence files (content loaded for text, images and PDFs; recordings listed
// with their size), the checklist pre-checked over evidence and activities
// (which keyword, where), the decisions so far with who made them; a damaged
// file fails the case in words instead of showing it without the file.
#include "leadservicefixture.h"
#include "storage/blobstore.h"
#include "storage/organisationrepository.h"
#include "workspace/reviewcase.h"
#include "workspace/reviewservice.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestReviewCase : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LeadServiceFixture> f;
    QString m_lead;
    static inline const QByteArray Pdf = "%PDF-1.4 需求确认书";
    static inline const QByteArray Audio = QByteArray(300000, 'a');

    ReviewService as(const QString &userId) { return ReviewService(f->db(), f->clock, userId); }

    ReviewQueueEntry onlyEntry()
    {
        const auto queue = as(u"sup-1"_s).queue();
        if (!queue || queue->size() != 1)
            qFatal("expected one item in the queue");
        return queue->first();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::LeadServiceFixture>();
        OrganisationRepository org(f->db(), f->clock);
        QVERIFY(org.saveRegion({u"r1"_s, u"华东"_s}));
        QVERIFY(org.saveTeam({u"t1"_s, u"苏州一组"_s, u"r1"_s, {}}));
        QVERIFY(org.saveUser({test::UserId, u"吴欣怡"_s, {}, UserRole::Rep, u"t1"_s, u"r1"_s}));
        QVERIFY(org.saveUser({u"sup-1"_s, u"孙主管"_s, {}, UserRole::Supervisor, u"t1"_s, u"r1"_s}));
        m_lead = f->createLead(u"苏州恒通精密机械有限公司"_s);
        QSqlQuery q(f->db());
        QVERIFY(q.exec(u"UPDATE lead SET stage_key = 'demo', team_id = 't1', region_id = 'r1' WHERE id = '%1'"_s.arg(m_lead)));
        KnowledgeRepository(f->db(), f->clock).saveCase({u"case-1"_s, u"恒力机床 MES 上线"_s, u"工业设备"_s, {}, {}, {}, {}, {}});
        QVERIFY(f->evidence->linkCase(m_lead, u"similar_case"_s, u"case-1"_s).ok);
        QVERIFY(f->evidence->addFileEvidence(m_lead, u"signed_requirement_confirmation"_s, u"需求确认书.pdf"_s, Pdf,
                                             u"application/pdf"_s).ok);
        QVERIFY(f->activities->logActivity(m_lead, ActivityKind::Call, test::T0.addSecs(-3600),
                                           u"客户说另外一家也在报价，采购负责人周五拍板"_s, true, 120).ok);
        QVERIFY(f->stages->advance(m_lead, u"negotiate"_s).ok);
        // A recording filed after the advance (the rep may add evidence while it waits).
        QVERIFY(f->evidence->addFileEvidence(m_lead, u"quote_sent"_s, u"电话录音.m4a"_s, Audio, u"audio/mp4"_s).ok);
    }
    void cleanup() { f.reset(); }

    void theCaseCarriesFilesChecksAndDecisions()
    {
        const ReviewQueueEntry entry = onlyEntry();
        const auto c = loadReviewCase(f->db(), f->clock.now(), entry);
        QVERIFY2(c, qPrintable(c.message()));
        QCOMPARE(c->detail.lead.id, m_lead);
        const QString pdfSha = BlobStore::addressOf(Pdf);
        const QString audioSha = BlobStore::addressOf(Audio);
        QCOMPARE(c->files.value(pdfSha), Pdf);
        QVERIFY(!c->files.contains(audioSha)); // a recording is listed, not loaded
        QCOMPARE(c->fileSizes.value(audioSha), qint64(Audio.size()));
        QCOMPARE(c->fileSizes.value(pdfSha), qint64(Pdf.size()));
        QCOMPARE(c->caseTitles.value(u"case-1"_s), u"恒力机床 MES 上线"_s);

        // One result per checklist item, in order; the competitor and decision-maker
        // checks found their keywords in the call, the demand check found nothing.
        QCOMPARE(c->checks.size(), entry.rule.checklist.size());
        QHash<QString, PreCheckResult> byKey;
        for (const PreCheckResult &r : c->checks)
            byKey.insert(r.itemKey, r);
        const auto hitOf = [&](const QString &key) {
            return byKey.value(key).hits.isEmpty() ? PreCheckHit{} : byKey.value(key).hits.first();
        };
        bool competitor = false, decisionMaker = false, manual = false;
        for (const ChecklistItem &item : entry.rule.checklist) {
            const PreCheckResult r = byKey.value(item.key);
            if (item.keywords.contains(u"另外一家"_s)) {
                competitor = true;
                QVERIFY(r.passed());
                QCOMPARE(hitOf(item.key).keyword, u"另外一家"_s);
                QVERIFY2(hitOf(item.key).source.startsWith(u"跟进"_s), qPrintable(hitOf(item.key).source));
                QVERIFY(hitOf(item.key).excerpt.contains(u"另外一家"_s));
            } else if (item.keywords.contains(u"拍板"_s)) {
                decisionMaker = true;
                QVERIFY(r.passed());
            } else if (item.keywords.isEmpty()) {
                manual = true;
                QVERIFY(!r.automatic);
                QVERIFY(!r.passed());
            }
        }
        QVERIFY(competitor && decisionMaker && manual);

        // A reject, then the next round: the case shows the reject and who made it.
        QVERIFY(as(u"sup-1"_s).reject(entry.row.item.id, u"缺少预算确认"_s).ok);
        QVERIFY(as(test::UserId).resubmit(m_lead).ok);
        const auto again = loadReviewCase(f->db(), f->clock.now(), onlyEntry());
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->entry.status.round, 2);
        QCOMPARE(again->decisions.size(), 1);
        QCOMPARE(again->decisions.first().kind, ReviewDecisionKind::Reject);
        QCOMPARE(again->decisions.first().reason, u"缺少预算确认"_s);
        QCOMPARE(again->deciderNames.value(again->decisions.first().decidedBy), u"孙主管"_s);
    }

    void aFileWhoseBytesNoLongerMatchFailsTheCase()
    {
        QSqlQuery q(f->db());
        QVERIFY(q.exec(u"UPDATE blob SET data = X'25504446' WHERE sha256 = '%1'"_s.arg(BlobStore::addressOf(Pdf))));
        const auto c = loadReviewCase(f->db(), f->clock.now(), onlyEntry());
        QVERIFY(!c);
        QVERIFY2(c.message().contains(u"损坏"_s), qPrintable(c.message()));
    }

    void aLargeFileIsListedWithoutItsContent()
    {
        const auto c = loadReviewCase(f->db(), f->clock.now(), onlyEntry(), 10);
        QVERIFY2(c, qPrintable(c.message()));
        QVERIFY(c->files.isEmpty());
        QCOMPARE(c->fileSizes.value(BlobStore::addressOf(Pdf)), qint64(Pdf.size()));
    }

    void aFileIsKnownByItsContentBeforeItsName()
    {
        QCOMPARE(evidenceFileKind(u"scan.dat"_s, "%PDF-1.7\n"), EvidenceFileKind::Pdf);
        QCOMPARE(evidenceFileKind(u"photo.pdf"_s, "\x89PNG\r\n\x1a\n"), EvidenceFileKind::Image);
        QCOMPARE(evidenceFileKind(u"photo.JPG"_s, {}), EvidenceFileKind::Image);
        QCOMPARE(evidenceFileKind(u"通话.amr"_s, {}), EvidenceFileKind::Recording);
        QCOMPARE(evidenceFileKind(u"纪要.txt"_s, "hello"), EvidenceFileKind::Text);
        QCOMPARE(evidenceFileKind(u"合同.docx"_s, "PK\x03\x04"), EvidenceFileKind::Other);
    }
};

QTEST_GUILESS_MAIN(TestReviewCase)
#include "tst_reviewcase.moc"
