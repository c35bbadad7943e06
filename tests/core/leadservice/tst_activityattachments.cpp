// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadservicefixture.h"
#include "storage/blobstore.h"
#include "storage/leadhistoryrepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestActivityAttachments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attachmentsAreStoredAsBlobsWithTheActivity()
    {
        test::LeadServiceFixture f;
        const QString lead = f.createLead(u"温州东方管业有限公司"_s);
        QVERIFY(!lead.isEmpty());
        const QByteArray photo("\x89PNG whiteboard", 15);
        const Result r = f.activities->logActivity(lead, ActivityKind::Meeting, test::T0.addSecs(-3600),
                                                    u"方案会，白板照片见附件"_s, true, 95,
                                                    {{u"/home/rep/白板.png"_s, photo, u"image/png"_s},
                                                     {u"纪要.txt"_s, "notes", u"text/plain"_s}});
        QVERIFY2(r.ok, qPrintable(r.message));
        const auto counts = LeadHistoryRepository(f.db()).attachmentCountsOf(lead);
        QCOMPARE(counts.value(r.id), 2);
        QCOMPARE(f.value(u"SELECT file_name FROM activity_attachment WHERE blob_sha256 = '%1'"_s
                             .arg(BlobStore::addressOf(photo))).toString(),
                 u"白板.png"_s); // no local path
        QCOMPARE(BlobStore(f.db(), f.clock).get(BlobStore::addressOf(photo)).value(), photo);
        QCOMPARE(f.value(u"SELECT count(*) FROM pending_change WHERE entity = 'activity_attachment'"_s).toInt(), 2);
    }

    void aRefusedAttachmentLeavesNoActivity()
    {
        test::LeadServiceFixture f;
        const QString lead = f.createLead(u"温州东方管业有限公司"_s);
        const int before = f.value(u"SELECT count(*) FROM activity"_s).toInt();
        const Result r = f.activities->logActivity(lead, ActivityKind::Visit, test::T0, u"现场拜访"_s, false, 30,
                                                    {{u"empty.bin"_s, QByteArray(), u"application/octet-stream"_s}});
        QVERIFY(!r.ok);
        QVERIFY(r.fieldErrors.contains(u"attachments"_s));
        QCOMPARE(f.value(u"SELECT count(*) FROM activity"_s).toInt(), before);
        QCOMPARE(f.value(u"SELECT count(*) FROM activity_attachment"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityAttachments)
#include "tst_activityattachments.moc"
