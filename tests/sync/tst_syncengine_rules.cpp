// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the real sales-server decides for real replicas: scope (a rep never sees
// or changes another rep's lead), the stage gate (a forced advance is refused,
// the replica goes back to the server's stage and keeps the reason; with the
// evidence filed and uploaded it passes), and certificate pinning.
#include "sync/conflictstore.h"
#include "syncfixture.h"

#include <QJsonArray>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncEngineRules : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::Org m_org;

    std::unique_ptr<test::Device> device(const QString &user, const QString &name)
    {
        return test::signIn(m_server, user, name, true);
    }
    static QByteArray opJson(const QString &lead, const QJsonObject &fields, const QJsonObject &bases)
    {
        const QJsonObject op{{u"op"_s, newId()}, {u"e"_s, u"lead"_s}, {u"id"_s, lead}, {u"f"_s, fields},
                             {u"b"_s, bases}};
        return QJsonDocument(QJsonObject{{u"ops"_s, QJsonArray{op}}}).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM"); }

    void repCannotSeeOrChangeAnotherRepsLead()
    {
        auto ann = device(u"ann"_s, u"ann-laptop"_s);
        auto bob = device(u"bob"_s, u"bob-laptop"_s);
        QVERIFY(ann && bob);
        const QString lead = ann->createLead(u"常州瑞丰新材料"_s);
        QVERIFY(!lead.isEmpty());
        SyncReport r = ann->sync();
        QVERIFY2(r.ok, test::describe(r).constData());
        const QString title = ann->field(u"lead"_s, lead, u"title"_s).toString();

        const HttpResult get = bob->client().get(u"/api/v1/rows/lead/"_s + lead);
        QCOMPARE(get.status, 403);
        QCOMPARE(get.errorCode(), u"out_of_scope"_s);
        QVERIFY(!get.body.contains(title.toUtf8()));

        const HttpResult push = bob->client().post(u"/api/v1/sync/push"_s,
                                                   opJson(lead, {{u"title"_s, u"bob 抢过来的"_s}}, {{u"title"_s, title}}));
        QCOMPARE(push.status, 200);
        const QJsonObject result = push.json()[u"results"_s][0].toObject();
        QCOMPARE(result[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(result[u"code"_s].toString(), u"out_of_scope"_s);
        QVERIFY(!result.contains(u"row"_s)); // nothing of the lead is shown to bob

        // The same through bob's engine: the server refuses, the reason is kept.
        QVERIFY2((r = bob->sync()).ok, test::describe(r).constData());
        QCOMPARE(bob->count(u"SELECT count(*) FROM lead WHERE id = ?"_s, {lead}), 0);
        {
            // A local copy bob should not have (the account is in the shared customer directory).
            QSqlQuery q(bob->db());
            q.prepare(u"INSERT INTO lead (id, account_id, owner_id, title, template_id, stage_key, stage_entered_at, "
                      "created_at, rev, updated_at) VALUES (?, ?, ?, ?, 'default', 'qualify', 1, 1, 1, 1)"_s);
            q.addBindValue(lead);
            q.addBindValue(ann->field(u"lead"_s, lead, u"account_id"_s));
            q.addBindValue(m_org.bob);
            q.addBindValue(title);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(bob->writer().save(u"lead"_s, lead, {{u"title"_s, u"bob 抢过来的"_s}}));
        QVERIFY2((r = bob->engine().push()).ok, test::describe(r).constData());
        QCOMPARE(r.rejected, 1);
        const QList<QSqlRecord> refused = bob->conflicts(lead);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().value(u"kind"_s).toString(), u"rejected"_s);
        QCOMPARE(refused.first().value(u"code"_s).toString(), u"out_of_scope"_s);

        QCOMPARE(ann->client().get(u"/api/v1/rows/lead/"_s + lead).json()[u"f"_s][u"title"_s].toString(), title);
        for (const QJsonObject &c : bob->serverRows(u"lead"_s))
            QVERIFY(c[u"id"_s].toString() != lead);
        QCOMPARE(bob->serverRows(u"activity"_s).size(), 0);
        QVERIFY2((r = ann->sync()).ok, test::describe(r).constData());
        QCOMPARE(ann->field(u"lead"_s, lead, u"title"_s).toString(), title);
    }

    void stageGateIsDecidedByTheServer()
    {
        auto ann = device(u"ann"_s, u"ann-gate"_s);
        auto sue = device(u"sue"_s, u"sue-gate"_s);
        QVERIFY(ann && sue);
        const QString lead = ann->createLead(u"嘉兴华宇纺织"_s);
        QVERIFY(!lead.isEmpty());
        SyncReport r = ann->sync();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(ann->field(u"lead"_s, lead, u"stage_key"_s).toString(), u"qualify"_s);

        // Past the gate by writing the row directly (LeadService would refuse).
        QVERIFY(ann->writer().save(u"lead"_s, lead, {{u"stage_key"_s, u"diagnose"_s},
                                                     {u"stage_entered_at"_s, QDateTime::currentMSecsSinceEpoch()}}));
        QVERIFY2((r = ann->sync()).ok, test::describe(r).constData());
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.pushed, 0);
        QCOMPARE(ann->field(u"lead"_s, lead, u"stage_key"_s).toString(), u"qualify"_s);
        QCOMPARE(ann->outboxCount(), 0);
        bool named = false;
        for (const QSqlRecord &c : ann->conflicts(lead)) {
            QCOMPARE(c.value(u"kind"_s).toString(), u"rejected"_s);
            QCOMPARE(c.value(u"code"_s).toString(), u"stage_gate"_s);
            QVERIFY2(c.value(u"message"_s).toString().contains(u"客户官网截图"_s), qPrintable(c.value(u"message"_s).toString()));
            if (c.value(u"field"_s).toString() == u"stage_key"_s) {
                named = true;
                QCOMPARE(ConflictStore::decode(c.value(u"mine"_s).toString()), QJsonValue(u"diagnose"_s));
                QCOMPARE(ConflictStore::decode(c.value(u"server"_s).toString()), QJsonValue(u"qualify"_s));
            }
        }
        QVERIFY(named);
        QCOMPARE(sue->client().get(u"/api/v1/rows/lead/"_s + lead).json()[u"f"_s][u"stage_key"_s].toString(),
                 u"qualify"_s);

        // With the evidence filed (files in the replica's blob store) the advance
        // passes, even when filing and advancing share one millisecond.
        const FixedClock sameMs(QDateTime::currentDateTimeUtc());
        const QByteArray shot = QByteArrayLiteral("\x89PNG huayu-textile.example.cn homepage with address bar");
        const QByteArray call = QByteArrayLiteral("ID3 recording: procurement call with 华宇纺织采购部");
        const QString shotSha =
            ann->fileEvidence(lead, u"diagnose"_s, u"website_screenshot"_s, shot, u"官网.png"_s, sameMs);
        const QString callSha =
            ann->fileEvidence(lead, u"diagnose"_s, u"procurement_call_recording"_s, call, u"采购通话.mp3"_s, sameMs);
        QVERIFY(!shotSha.isEmpty() && !callSha.isEmpty());
        const StageMoveResult advanced = StageService(ann->db(), sameMs, ann->uid()).advance(lead, u"diagnose"_s);
        QVERIFY2(advanced.ok, qPrintable(advanced.message));
        QCOMPARE(sue->client().get(u"/api/v1/blobs/"_s + shotSha).status, 404); // not uploaded yet
        QVERIFY2((r = ann->sync()).ok, test::describe(r).constData());
        QVERIFY2(r.rejected == 0, ann->conflictText(lead).constData());
        QCOMPARE(ann->field(u"lead"_s, lead, u"stage_key"_s).toString(), u"diagnose"_s);
        const HttpResult row = sue->client().get(u"/api/v1/rows/lead/"_s + lead);
        QCOMPARE(row.json()[u"f"_s][u"stage_key"_s].toString(), u"diagnose"_s);
        const HttpResult blob = sue->client().get(u"/api/v1/blobs/"_s + shotSha);
        QCOMPARE(blob.status, 200);
        QCOMPARE(blob.body, shot);
        QCOMPARE(sue->client().get(u"/api/v1/blobs/"_s + callSha).body, call);
        QVERIFY2((r = sue->sync()).ok, test::describe(r).constData());
        QCOMPARE(sue->field(u"lead"_s, lead, u"stage_key"_s).toString(), u"diagnose"_s);
        QCOMPARE(sue->count(u"SELECT count(*) FROM evidence_item WHERE lead_id = ?"_s, {lead}), 2);
        QCOMPARE(BlobStore(sue->db(), systemClock()).get(shotSha).value_or(QByteArray()), shot);
        QCOMPARE(sue->count(u"SELECT count(*) FROM stage_change WHERE lead_id = ? AND to_stage = 'diagnose'"_s, {lead}), 1);
    }

    void whoDidItIsStampedByTheServer()
    {
        auto ann = device(u"ann"_s, u"ann-author"_s);
        QVERIFY(ann);
        const QString lead = ann->createLead(u"作者测试"_s);
        QVERIFY(ann->logActivity(lead, u"电话确认需求"_s));
        QVERIFY(ann->sync().ok);
        // The service leaves owner_id empty; the server records the pusher.
        QCOMPARE(ann->value(u"SELECT owner_id FROM activity WHERE lead_id = ?"_s, {lead}).toString(), ann->uid());
        // Claiming someone else did it is refused.
        const QString forged = newId();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(ann->writer().save(u"activity"_s, forged,
                                   {{u"lead_id"_s, lead}, {u"owner_id"_s, m_org.bob}, {u"kind"_s, u"call"_s},
                                    {u"happened_at"_s, now}, {u"entered_at"_s, now}, {u"entry_seconds"_s, 5},
                                    {u"progress"_s, 0}}));
        const SyncReport r = ann->sync();
        QCOMPARE(r.rejected, 1);
        const auto records = ann->conflicts(forged);
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first().value(u"code"_s).toString(), u"forbidden"_s);
        QVERIFY(ann->serverRows(u"activity"_s).size() == 1);
    }

    void wrongFingerprintSendsNothing()
    {
        const QString devicesBefore = m_server.admin({u"devices"_s, u"list"_s}).out;
        const qsizetype from = m_server.log().size();
        SyncClient impostor(m_server.url(), QString(64, u'0'));
        const QJsonObject body{{u"user"_s, u"ann"_s}, {u"password"_s, QString::fromUtf8(test::kPassword)},
                               {u"device"_s, u"mitm"_s}};
        const HttpResult r = impostor.post(u"/api/v1/auth/login"_s, QJsonDocument(body).toJson());
        QVERIFY(r.pinRefused);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());

        // The engine says so, and that it is not a network failure to retry.
        test::TestReplica replica;
        impostor.setToken(QByteArrayLiteral("not-a-real-token"));
        SyncEngine engine(replica.db(), systemClock(), impostor);
        const SyncReport report = engine.run();
        QVERIFY(!report.ok);
        QVERIFY(report.pinRefused);
        QVERIFY(!report.network);

        // The server saw no request: the next one it logs is this health check.
        SyncClient genuine(m_server.url(), m_server.fingerprint());
        QCOMPARE(genuine.get(u"/healthz"_s).status, 200);
        QVERIFY(m_server.waitForLog(from, [](const QJsonObject &o) { return test::ServerProcess::isRequest(o, u"/healthz"_s); }));
        const QList<QJsonObject> lines = m_server.log();
        for (qsizetype i = from; i < lines.size(); ++i) {
            const QJsonObject &line = lines.at(i);
            QVERIFY2(line.value(u"msg"_s).toString() != u"request"_s || test::ServerProcess::isRequest(line, u"/healthz"_s),
                     QJsonDocument(line).toJson().constData());
            QVERIFY(line.value(u"msg"_s).toString() != u"login"_s);
        }
        QCOMPARE(m_server.admin({u"devices"_s, u"list"_s}).out, devicesBefore);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineRules)
#include "tst_syncengine_rules.moc"
