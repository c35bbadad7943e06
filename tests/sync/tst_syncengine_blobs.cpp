// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence files of every allowed size, against the real sales-server process.
// A 21 MiB file is refused when it is attached (LeadService) and nothing of it
// enters the outbox or reaches the server. A 19 MiB file syncs and another
// device downloads the same bytes. On a server with a smaller
// limits.max_blob_bytes, an op naming a file it refuses stays in the outbox
// (held back, not rejected) while every other edit reaches the server; the
// report names the file, its size and the server's limit, and the next sync does
// not send the file again. Before, one refused file failed the whole push.
#include "syncfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::test;

namespace {
constexpr qint64 MiB = 1024 * 1024;

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// The peak resident size of this process so far, in MiB (VmHWM).
qint64 peakRssMiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    return -1;
}

QStringList missingOnServer(Device &d, const QStringList &shas)
{
    const HttpResult r = d.client().post(u"/api/v1/blobs/missing"_s,
                                         QJsonDocument(QJsonObject{{u"sha256"_s, QJsonArray::fromStringList(shas)}})
                                             .toJson(QJsonDocument::Compact));
    QStringList out;
    for (const QJsonValue &v : r.json().value(u"missing"_s).toArray())
        out << v.toString();
    return r.ok() ? out : QStringList{u"error %1"_s.arg(r.status)};
}

bool setBlobLimit(const ServerProcess &server, qint64 bytes)
{
    QFile f(server.dataDir() + u"/server.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject limits = config.value(u"limits"_s).toObject();
    limits.insert(u"max_blob_bytes"_s, bytes);
    config.insert(u"limits"_s, limits);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(config).toJson()) > 0;
}
} // namespace

class TestSyncEngineBlobs : public QObject
{
    Q_OBJECT

    ServerProcess m_server; // default limits: files up to 20 MiB
    Org m_org;
    std::unique_ptr<Device> m_ann;
    std::unique_ptr<Device> m_sue;
    QString m_lead;

    int putsOf(ServerProcess &server, const QString &sha)
    {
        int n = 0;
        for (const QJsonObject &line : server.log())
            n += ServerProcess::isRequest(line, u"/api/v1/blobs/"_s + sha) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
        m_ann = signIn(m_server, u"ann"_s, u"ann-laptop"_s, true);
        m_sue = signIn(m_server, u"sue"_s, u"sue-desk"_s, true);
        QVERIFY(m_ann && m_sue);
        m_lead = m_ann->createLead(u"嘉兴南湖纺织机械"_s);
        QVERIFY(!m_lead.isEmpty());
        QVERIFY(m_ann->sync().ok);
    }
    void cleanupTestCase()
    {
        m_ann.reset();
        m_sue.reset();
        QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM");
    }

    void fileOverTwentyMiBIsRefusedWhenAttached()
    {
        const QByteArray bytes = randomBytes(21 * MiB);
        const Result r = m_ann->evidence().addFileEvidence(m_lead, u"procurement_call_recording"_s,
                                                            u"通话录音.m4a"_s, bytes, u"audio/mp4"_s);
        QVERIFY(!r.ok);
        const QString why = r.fieldErrors.value(u"data"_s);
        QVERIFY2(why.contains(u"过大"_s) && why.contains(u"20"_s), qPrintable(why));
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM evidence_item WHERE lead_id = ?"_s, {m_lead}), 0);
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM blob"_s), 0);
        QCOMPARE(m_ann->outboxCount() + Outbox(m_ann->db()).pendingRows(), 0);
        const SyncReport s = m_ann->sync();
        QVERIFY2(s.ok, describe(s).constData());
        QCOMPARE(s.pushed, 0);
        QCOMPARE(missingOnServer(*m_ann, {BlobStore::addressOf(bytes)}), QStringList{BlobStore::addressOf(bytes)});
        QCOMPARE(m_ann->serverRows(u"evidence_item"_s).size(), 0);
    }

    void nineteenMiBFileReachesAnotherDevice()
    {
        const qint64 before = peakRssMiB();
        const QByteArray bytes = randomBytes(19 * MiB);
        const QString sha = BlobStore::addressOf(bytes);
        const Result added = m_ann->evidence().addFileEvidence(m_lead, u"procurement_call_recording"_s,
                                                                u"采购通话.m4a"_s, bytes, u"audio/mp4"_s);
        QVERIFY2(added.ok, qPrintable(added.message));
        SyncReport r = m_ann->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(r.held, 0);
        QCOMPARE(r.heldFiles, QStringList());
        QCOMPARE(r.pushed, 1);
        QCOMPARE(m_ann->outboxCount(), 0);
        QCOMPARE(missingOnServer(*m_ann, {sha}), QStringList());

        r = m_sue->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(m_sue->value(u"SELECT blob_sha256 FROM evidence_item WHERE id = ?"_s, {added.id}).toString(), sha);
        QCOMPARE(m_sue->value(u"SELECT file_name FROM evidence_item WHERE id = ?"_s, {added.id}).toString(),
                 u"采购通话.m4a"_s);
        QCOMPARE(m_sue->value(u"SELECT size FROM blob WHERE sha256 = ?"_s, {sha}).toLongLong(), 19 * MiB);
        QVERIFY(m_sue->value(u"SELECT data FROM blob WHERE sha256 = ?"_s, {sha}).toByteArray() == bytes);
        qInfo("19 MiB file: peak RSS %lld MiB before, %lld MiB after upload and download", before, peakRssMiB());
    }

    void refusedFileHoldsBackOnlyItsOwnOps()
    {
        // A server that takes files up to 1 MiB.
        ServerProcess small;
        Org org;
        QString error;
        QVERIFY2(small.init(&error), qPrintable(error));
        QVERIFY(setBlobLimit(small, 1 * MiB));
        QVERIFY2(org.create(small, &error), qPrintable(error));
        QVERIFY2(small.start(&error), qPrintable(error));
        auto ann = signIn(small, u"ann"_s, u"ann-small"_s, true);
        QVERIFY(ann);
        const QString lead = ann->createLead(u"湖州吴兴丝绸"_s);
        QVERIFY(ann->sync().ok);

        const QByteArray big = randomBytes(3 * MiB / 2), shot = randomBytes(100 * 1024);
        const QString bigSha = BlobStore::addressOf(big), shotSha = BlobStore::addressOf(shot);
        const Result call = ann->evidence().addFileEvidence(lead, u"procurement_call_recording"_s, u"通话录音.m4a"_s,
                                                             big, u"audio/mp4"_s);
        QVERIFY2(call.ok, qPrintable(call.message));
        // Edits before and after it: neither waits for it.
        QVERIFY(ann->writer().save(u"lead"_s, lead, {{u"title"_s, u"丝绸二期"_s}}));
        QVERIFY(ann->evidence().addFileEvidence(lead, u"website_screenshot"_s, u"官网.png"_s, shot, u"image/png"_s).ok);
        const QString other = ann->createLead(u"绍兴柯桥印染"_s);

        const QString expected = u"文件「通话录音.m4a」(1.5 MB) 超过服务器允许的 1 MB，相关修改暂未上传"_s;
        SyncReport r = ann->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(r.held, 1);
        QCOMPARE(r.heldFiles, QStringList{expected});
        QCOMPARE(r.rejected + r.conflicts, 0);
        QCOMPARE(r.pushed, 6); // the title, the screenshot, the new lead's account, contact, lead, stage change
        QCOMPARE(ann->outboxCount(), 1);
        QCOMPARE(ann->count(u"SELECT count(*) FROM sync_conflict"_s), 0);
        QCOMPARE(missingOnServer(*ann, {bigSha, shotSha}), QStringList{bigSha});
        QCOMPARE(putsOf(small, bigSha), 1);
        QStringList onServer;
        for (const QJsonObject &e : ann->serverRows(u"evidence_item"_s))
            onServer << e.value(u"f"_s).toObject().value(u"file_name"_s).toString();
        QCOMPARE(onServer, QStringList{u"官网.png"_s});
        bool found = false;
        for (const QJsonObject &l : ann->serverRows(u"lead"_s)) {
            if (l.value(u"id"_s).toString() == lead)
                QCOMPARE(l.value(u"f"_s).toObject().value(u"title"_s).toString(), u"丝绸二期"_s);
            found = found || l.value(u"id"_s).toString() == other;
        }
        QVERIFY(found);
        // The held item stays in the replica as the rep filed it, through the pull too.
        QCOMPARE(ann->field(u"evidence_item"_s, call.id, u"file_name"_s).toString(), u"通话录音.m4a"_s);
        QCOMPARE(ann->field(u"evidence_item"_s, call.id, u"blob_sha256"_s).toString(), bigSha);

        // The next sync does not send the file again, and still says why the edit waits.
        r = ann->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(r.held, 1);
        QCOMPARE(r.heldFiles, QStringList{expected});
        QCOMPARE(r.pushed, 0);
        QCOMPARE(ann->outboxCount(), 1);
        QVERIFY(small.waitForLog(0, [](const QJsonObject &o) { return ServerProcess::isRequest(o, u"/api/v1/sync/pull"_s); }));
        QCOMPARE(putsOf(small, bigSha), 1);
        ann.reset();
        QVERIFY(small.stop());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineBlobs)
#include "tst_syncengine_blobs.moc"
