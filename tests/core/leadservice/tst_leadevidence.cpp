// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/casestudy.h"
#include "domain/ids.h"
#include "domain/stagegate.h"
#include "leadservicefixture.h"
#include "storage/blobstore.h"
#include "storage/leadhistoryrepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestLeadEvidence : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LeadServiceFixture> f;
    QString leadId;

    QList<EvidenceItem> evidence() const { return LeadHistoryRepository(f->db()).evidenceOf(leadId); }
    int have(const QString &requirementKey) const
    {
        const PipelineTemplate t = defaultPipelineTemplate();
        const StageDefinition *stage = t.stageOfRequirement(requirementKey);
        for (const EvidenceRequirement &req : stage->entryRequirements) {
            if (req.key == requirementKey)
                return countEvidence(req, evidence());
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::LeadServiceFixture>();
        leadId = f->createLead(u"杭州恒通精密机械有限公司"_s, u"13800138000"_s);
        QVERIFY(!leadId.isEmpty());
    }
    void cleanup() { f.reset(); }

    void textEvidenceIsFiledUnderTheStageThatNeedsIt()
    {
        const Result r = f->evidence->addTextEvidence(leadId, u"pain_points"_s, u"  换型一次要停机6小时 "_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        const QList<EvidenceItem> items = evidence();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().id, r.id);
        QCOMPARE(items.first().stageKey, u"demo"_s);
        QCOMPARE(items.first().kind, EvidenceKind::FreeText);
        QCOMPARE(items.first().text, u"换型一次要停机6小时"_s);
        QCOMPARE(items.first().createdAt, test::T0);
        QCOMPARE(f->count(u"SELECT count(*) FROM pending_change WHERE entity = 'evidence_item' AND row_id = '%1'"_s
                              .arg(r.id)),
                 1);
        QCOMPARE(have(u"pain_points"_s), 1);
    }

    void textEvidenceIsChecked()
    {
        QVERIFY(f->evidence->addTextEvidence(leadId, u"pain_points"_s, u"  "_s).fieldErrors.contains(u"text"_s));
        const Result vague = f->evidence->addTextEvidence(leadId, u"pain_points"_s, u"价格！"_s);
        QVERIFY2(vague.fieldErrors.value(u"text"_s).contains(u"至少要有 4 个字"_s), qPrintable(vague.message));
        QVERIFY(f->evidence->addTextEvidence(leadId, u"pain_points"_s, u"老设备数据无法采集"_s).ok);
        QVERIFY(!f->evidence->addTextEvidence(leadId, u"pain_points"_s, u"老设备数据无法采集 "_s).ok); // twice

        const Result unknown = f->evidence->addTextEvidence(leadId, u"budget"_s, u"预算已批三百万"_s);
        QVERIFY(!unknown.ok);
        QVERIFY2(unknown.message.contains(u"budget"_s), qPrintable(unknown.message));
        const Result wrongKind = f->evidence->addTextEvidence(leadId, u"website_screenshot"_s, u"官网很好看的"_s);
        QVERIFY(!wrongKind.ok);
        QVERIFY2(wrongKind.message.contains(u"客户官网截图"_s) && wrongKind.message.contains(u"文件"_s),
                 qPrintable(wrongKind.message));
        QVERIFY(!f->evidence->addTextEvidence(u"no-such-lead"_s, u"pain_points"_s, u"老设备数据无法采集"_s).ok);
        QCOMPARE(evidence().size(), 1);
        QCOMPARE(f->count(u"SELECT count(*) FROM evidence_item"_s), 1);
    }

    void fileEvidenceIsStoredOnce()
    {
        const QByteArray png("\x89PNG fake screenshot bytes");
        const Result r = f->evidence->addFileEvidence(leadId, u"website_screenshot"_s, u"/home/rep/桌面/官网.png"_s,
                                                         png, u"image/png"_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        const EvidenceItem item = evidence().first();
        QCOMPARE(item.fileName, u"官网.png"_s); // no local path
        QCOMPARE(item.blobSha256, BlobStore::addressOf(png));
        QCOMPARE(item.stageKey, u"diagnose"_s);
        const auto stored = BlobStore(f->db(), f->clock).get(item.blobSha256);
        QVERIFY(stored);
        QCOMPARE(*stored, png);

        // Same bytes for another requirement: a second item, one blob.
        QVERIFY(f->evidence->addFileEvidence(leadId, u"quote_sent"_s, u"报价.png"_s, png, u"image/png"_s).ok);
        QCOMPARE(f->count(u"SELECT count(*) FROM blob"_s), 1);
        QCOMPARE(evidence().size(), 2);
        // Same bytes again for the same requirement: refused.
        QVERIFY(f->evidence->addFileEvidence(leadId, u"website_screenshot"_s, u"again.png"_s, png, {})
                    .fieldErrors.contains(u"data"_s));
    }

    void fileEvidenceIsChecked()
    {
        const QString before = f->footprint();
        QVERIFY(f->evidence->addFileEvidence(leadId, u"website_screenshot"_s, u"a.png"_s, {}, {})
                    .fieldErrors.contains(u"data"_s));
        QVERIFY(f->evidence->addFileEvidence(leadId, u"website_screenshot"_s, u" "_s, "x", {})
                    .fieldErrors.contains(u"fileName"_s));
        const QByteArray huge(BlobStore::MaxBytes + 1, 'x');
        const Result tooBig = f->evidence->addFileEvidence(leadId, u"website_screenshot"_s, u"big.png"_s, huge, {});
        QVERIFY(!tooBig.ok);
        QVERIFY2(tooBig.message.contains(u"过大"_s), qPrintable(tooBig.message));
        QVERIFY(!f->evidence->addFileEvidence(leadId, u"pain_points"_s, u"a.png"_s, "x", {}).ok); // wants text
        QCOMPARE(f->footprint(), before);
    }

    void linkCaseNeedsAnExistingCase()
    {
        const CaseStudy study{newId(), u"恒通产线改造复盘"_s, u"工业设备"_s, {}, {}, {}, {}, {}};
        QVERIFY(KnowledgeRepository(f->db(), f->clock).saveCase(study));
        const QString before = f->footprint();
        QVERIFY(f->evidence->linkCase(leadId, u"similar_case"_s, newId()).fieldErrors.contains(u"caseId"_s));
        QVERIFY(f->evidence->linkCase(leadId, u"similar_case"_s, QString()).fieldErrors.contains(u"caseId"_s));
        QVERIFY(!f->evidence->linkCase(leadId, u"decision_maker"_s, study.id).ok); // wants a role
        QCOMPARE(f->footprint(), before);
        const Result r = f->evidence->linkCase(leadId, u"similar_case"_s, study.id);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(evidence().first().caseId, study.id);
        QCOMPARE(evidence().first().stageKey, u"negotiate"_s);
        QVERIFY(!f->evidence->linkCase(leadId, u"similar_case"_s, study.id).ok); // twice
        QCOMPARE(have(u"similar_case"_s), 1);
    }

    void markRoleNeedsTheRequiredRoleAndAName()
    {
        const QString before = f->footprint();
        const Result wrong = f->evidence->markRole(leadId, u"decision_maker"_s, u"采购"_s, QString());
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.fieldErrors.value(u"role"_s).contains(u"决策人"_s), qPrintable(wrong.message));
        QVERIFY(wrong.fieldErrors.contains(u"personName"_s));
        QVERIFY(!f->evidence->markRole(leadId, u"pain_points"_s, u"决策人"_s, u"王伟"_s).ok); // wants text
        QCOMPARE(f->footprint(), before);

        const Result r = f->evidence->markRole(leadId, u"decision_maker"_s, u"决策人"_s, u" 王  伟 "_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(evidence().first().role, u"决策人"_s);
        QCOMPARE(evidence().first().text, u"王 伟"_s);
        QCOMPARE(have(u"decision_maker"_s), 1);
        QVERIFY(f->evidence->markRole(leadId, u"decision_maker"_s, u"决策人"_s, u"王 伟"_s)
                    .fieldErrors.contains(u"personName"_s));
    }

    void removeEvidenceIsATrackedTombstone()
    {
        const Result r = f->evidence->addTextEvidence(leadId, u"pain_points"_s, u"质检靠人工目检漏检率3%"_s);
        QVERIFY(r.ok);
        QCOMPARE(have(u"pain_points"_s), 1);
        const Result removed = f->evidence->removeEvidence(r.id);
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QCOMPARE(removed.id, r.id);
        QCOMPARE(have(u"pain_points"_s), 0);
        QCOMPARE(f->count(u"SELECT deleted FROM evidence_item WHERE id = '%1'"_s.arg(r.id)), 1);
        QCOMPARE(f->count(u"SELECT count(*) FROM pending_change WHERE row_id = '%1' AND field = 'deleted'"_s.arg(r.id)),
                 1);
        QVERIFY(!f->evidence->removeEvidence(r.id).ok);
        QVERIFY(!f->evidence->removeEvidence(newId()).ok);
        // Removed text can be filed again.
        QVERIFY(f->evidence->addTextEvidence(leadId, u"pain_points"_s, u"质检靠人工目检漏检率3%"_s).ok);
    }
};

QTEST_GUILESS_MAIN(TestLeadEvidence)
#include "tst_leadevidence.moc"
