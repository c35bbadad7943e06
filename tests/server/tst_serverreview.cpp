// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue on the server (issue 14): crafted pushes that approve their
// own item, decide for another team, edit the audit trail, backdate a decision
// or take a lead out of 待审核 undecided are refused with a stable code and change
// nothing; two supervisors deciding the same round: the first wins, the second is
// kept as a comment and told who; the deadline pass auto-rejects or escalates at
// and not before the deadline. On SQLite, and with SALES_SERVER_STORAGE=postgres.
#include "admin.h"
#include "clock.h"
#include "pgcluster.h"
#include "reviewrules.h"
#include "syncstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::server;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
}

class TestServerReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock{kT0};
    int m_op = 0;
    QString m_lastDecision; // the row id decide() last pushed
    Viewer m_ann, m_sue, m_sam, m_tom, m_max;

    StorageConfig storage()
    {
        StorageConfig config;
        config.driver = u"sqlite"_s;
        config.path = m_dir.filePath(u"server.db"_s);
        if (qEnvironmentVariable("SALES_SERVER_STORAGE") == u"postgres"_s) {
            QString error;
            test::PgCluster *pg = test::PgCluster::instance(&error);
            if (!pg)
                qFatal("%s", qPrintable(error));
            const auto pgConfig = pg->newDatabase(&error);
            if (!pgConfig)
                qFatal("%s", qPrintable(error));
            config = *pgConfig;
        }
        return config;
    }

    Viewer user(const QString &uid, const QString &role, const QString &team, const QString &region)
    {
        UserRecord u;
        u.uid = uid;
        u.name = uid.section(u'-', 0, 0);
        u.role = role;
        u.teamId = team;
        u.regionId = region;
        QString error;
        const auto id = admin::addUserTo(*m_store, u, "secret-password", &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return Viewer{uid, role, team, region, *id};
    }

    OpResult push(const Viewer &who, const QString &entity, const QString &id, const QJsonObject &fields, bool isNew)
    {
        OpRequest op;
        op.opId = u"op-%1"_s.arg(++m_op);
        op.entity = entity;
        op.rowId = id;
        op.isNew = isNew;
        op.fields = fields;
        if (!op.fields.contains(u"updated_at"_s))
            op.fields.insert(u"updated_at"_s, m_clock.now().toMSecsSinceEpoch());
        // An edit is based on the server's current values, as a synced client's is.
        for (const auto &[rowId, row] : SyncStore(*m_store).rowsOf(entity))
            if (rowId == id)
                for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it)
                    op.bases.insert(it.key(), row.value(it.key()));
        op.digest = QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(fields).toJson(), QCryptographicHash::Sha256).toHex());
        return SyncStore(*m_store, m_clock).apply(who, op);
    }

    void put(const QString &entity, const QString &id, const QJsonObject &fields)
    {
        QString error;
        QJsonObject f = fields;
        f.insert(u"updated_at"_s, kT0.toMSecsSinceEpoch());
        if ((entity == u"lead"_s || entity == u"account"_s || entity == u"evidence_item"_s) && !f.contains(u"created_at"_s))
            f.insert(u"created_at"_s, kT0.toMSecsSinceEpoch());
        if (entity == u"lead"_s) { // ann's team and region unless the test says otherwise
            for (const auto &[k, v] : {std::pair{u"stage_entered_at"_s, QJsonValue(kT0.toMSecsSinceEpoch())},
                                       std::pair{u"amount_yuan"_s, QJsonValue(100000)},
                                       std::pair{u"team_id"_s, QJsonValue(u"t1"_s)},
                                       std::pair{u"region_id"_s, QJsonValue(u"r1"_s)}})
                if (!f.contains(k))
                    f.insert(k, v);
        }
        if (!SyncStore(*m_store).putRow(entity, id, f, &error))
            qFatal("%s %s: %s", qPrintable(entity), qPrintable(id), qPrintable(error));
    }

    // A lead of ann's in stage, with its item submitted at kT0 (round 1).
    QString leadInReview(const QString &stage)
    {
        const QString lead = u"lead-%1"_s.arg(++m_op);
        put(u"lead"_s, lead, {{u"account_id"_s, u"acc-1"_s}, {u"owner_id"_s, m_ann.uid}, {u"title"_s, u"试用"_s},
                              {u"template_id"_s, u"default"_s}, {u"stage_key"_s, stage}, {u"status"_s, u"open"_s}});
        put(u"evidence_item"_s, lead + u"-ev"_s, {{u"lead_id"_s, lead}, {u"stage_key"_s, stage},
                                                  {u"requirement_key"_s, u"pain"_s}, {u"kind"_s, u"text"_s},
                                                  {u"text"_s, QString(u"需求：库存周转慢"_s)}});
        put(u"review_item"_s, lead + u"-item"_s, {{u"lead_id"_s, lead}, {u"stage_key"_s, stage}, {u"round"_s, 1},
                                                  {u"submitted_by"_s, m_ann.uid},
                                                  {u"submitted_at"_s, kT0.toMSecsSinceEpoch()}});
        return lead;
    }

    OpResult decide(const Viewer &who, const QString &lead, const QString &kind, const QString &reason = {},
                    qint64 at = 0, int round = 1)
    {
        QJsonObject f{{u"item_id"_s, QString(lead + u"-item"_s)}, {u"lead_id"_s, lead}, {u"round"_s, QJsonValue(round)},
                      {u"kind"_s, kind}, {u"evidence_digest"_s, digestOf(lead)},
                      {u"decided_at"_s, QJsonValue(at ? at : m_clock.now().toMSecsSinceEpoch())}};
        if (!reason.isEmpty())
            f.insert(u"reason"_s, reason);
        m_lastDecision = u"d-%1"_s.arg(++m_op);
        return push(who, u"review_decision"_s, m_lastDecision, f, true);
    }

    QString digestOf(const QString &lead)
    {
        EvidenceItem e;
        e.id = lead + u"-ev"_s;
        e.leadId = lead;
        e.stageKey = u"negotiate"_s;
        e.requirementKey = u"pain"_s;
        e.kind = EvidenceKind::FreeText;
        e.text = u"需求：库存周转慢"_s;
        return evidenceDigest({e});
    }

    QList<QJsonObject> decisionsOf(const QString &lead)
    {
        QList<QJsonObject> out;
        for (const auto &[id, f] : SyncStore(*m_store).rowsOf(u"review_decision"_s))
            if (f.value(u"lead_id"_s).toString() == lead)
                out.append(f);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<Store>(storage());
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        QVERIFY2(admin::seedDefaultTemplate(*m_store, &error), qPrintable(error));
        put(u"region"_s, u"r1"_s, {{u"name"_s, u"华东"_s}});
        put(u"team"_s, u"t1"_s, {{u"name"_s, u"一组"_s}, {u"region_id"_s, u"r1"_s}});
        put(u"team"_s, u"t2"_s, {{u"name"_s, u"二组"_s}, {u"region_id"_s, u"r1"_s}});
        put(u"account"_s, u"acc-1"_s, {{u"name"_s, u"苏州精工"_s}});
        m_ann = user(u"ann-uid"_s, u"rep"_s, u"t1"_s, u"r1"_s);
        m_sue = user(u"sue-uid"_s, u"supervisor"_s, u"t1"_s, u"r1"_s);
        m_sam = user(u"sam-uid"_s, u"supervisor"_s, u"t1"_s, u"r1"_s);
        m_tom = user(u"tom-uid"_s, u"supervisor"_s, u"t2"_s, u"r1"_s);
        m_tom.regionId = u"r1"_s;
        m_max = user(u"max-uid"_s, u"manager"_s, {}, u"r1"_s);
    }

    void leadCannotLeaveReviewUndecided()
    {
        const QString lead = leadInReview(u"negotiate"_s);
        const OpResult out = push(m_ann, u"lead"_s, lead, {{u"stage_key"_s, u"contract"_s}}, false);
        QCOMPARE(out.status, u"rejected"_s);
        QCOMPARE(out.code, u"review_pending"_s);
        QCOMPARE(decide(m_sue, lead, u"approve"_s).status, u"applied"_s);
        const OpResult after = push(m_ann, u"lead"_s, lead, {{u"stage_key"_s, u"contract"_s}}, false);
        QVERIFY2(after.code != u"review_pending"_s, qPrintable(after.message));
    }

    void reviewStageIsNeverSkipped()
    {
        const QString lead = u"lead-skip"_s;
        put(u"lead"_s, lead, {{u"account_id"_s, u"acc-1"_s}, {u"owner_id"_s, m_ann.uid}, {u"title"_s, u"跳过"_s},
                              {u"template_id"_s, u"default"_s}, {u"stage_key"_s, u"demo"_s}, {u"status"_s, u"open"_s}});
        const OpResult out = push(m_ann, u"lead"_s, lead, {{u"stage_key"_s, u"contract"_s}}, false);
        QCOMPARE(out.code, u"review_skipped"_s);
        QCOMPARE(out.row->value(u"stage_key"_s).toString(), u"demo"_s); // unchanged
    }

    void craftedDecisionsAreRefused()
    {
        const QString lead = leadInReview(u"negotiate"_s);
        QCOMPARE(decide(m_ann, lead, u"approve"_s).code, u"forbidden"_s);  // a rep (Writer::Supervisor)
        QCOMPARE(decide(m_tom, lead, u"approve"_s).code, u"out_of_scope"_s); // another team cannot even see it
        QCOMPARE(decide(m_max, lead, u"approve"_s).code, u"not_escalated"_s);
        QCOMPARE(decide(m_sue, lead, u"reject"_s).code, u"bad_value"_s); // no reason
        QCOMPARE(decide(m_sue, lead, u"autoReject"_s, u"超时未审核"_s).code, u"forbidden"_s);
        QCOMPARE(decide(m_sue, lead, u"approve"_s, {}, kT0.addSecs(-60).toMSecsSinceEpoch()).code, u"backdated"_s);
        QCOMPARE(decide(m_sue, lead, u"approve"_s, {}, kT0.addSecs(3600).toMSecsSinceEpoch()).code, u"bad_time"_s);
        QCOMPARE(decide(m_sue, lead, u"approve"_s, {}, 0, 2).code, u"stale_round"_s);
        QVERIFY(decisionsOf(lead).isEmpty()); // nothing was written
        // Nobody approves their own item, not even a supervisor who submitted it.
        const QString own = leadInReview(u"negotiate"_s);
        put(u"review_item"_s, own + u"-item"_s, {{u"submitted_by"_s, m_sue.uid}});
        QCOMPARE(decide(m_sue, own, u"approve"_s).code, u"own_item"_s);
    }

    void auditTrailIsAppendOnly()
    {
        const QString lead = leadInReview(u"negotiate"_s);
        const OpResult first = decide(m_sue, lead, u"reject"_s, u"缺少决策人"_s);
        QCOMPARE(first.status, u"applied"_s);
        const QString id = m_lastDecision;
        QCOMPARE(push(m_sue, u"review_decision"_s, id, {{u"kind"_s, u"approve"_s}}, false).code, u"audit_trail"_s);
        QCOMPARE(push(m_sue, u"review_decision"_s, id, {{u"deleted"_s, 1}}, false).code, u"audit_trail"_s);
        QCOMPARE(push(m_ann, u"review_item"_s, lead + u"-item"_s, {{u"deleted"_s, 1}}, false).code, u"audit_trail"_s);
        QCOMPARE(decisionsOf(lead).size(), 1);
        QCOMPARE(decisionsOf(lead).first().value(u"kind"_s).toString(), u"reject"_s);
    }

    void resubmitIsTheNextRoundAfterADecision()
    {
        const QString lead = leadInReview(u"negotiate"_s);
        const QString item = lead + u"-item"_s;
        m_clock.set(kT0.addSecs(600));
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        // Pending: resubmitting would only move the deadline.
        QCOMPARE(push(m_ann, u"review_item"_s, item, {{u"round"_s, 2}, {u"submitted_at"_s, now}}, false).code,
                 u"review_pending"_s);
        QCOMPARE(decide(m_sue, lead, u"reject"_s, u"缺少竞品信息"_s).status, u"applied"_s);
        QCOMPARE(push(m_ann, u"review_item"_s, item, {{u"round"_s, 3}, {u"submitted_at"_s, now}}, false).code,
                 u"bad_value"_s);
        QCOMPARE(push(m_ann, u"review_item"_s, item, {{u"round"_s, 2}, {u"submitted_at"_s, now}}, false).status,
                 u"applied"_s);
        QCOMPARE(decide(m_sue, lead, u"approve"_s, {}, 0, 1).code, u"stale_round"_s);
        QCOMPARE(decide(m_sue, lead, u"approve"_s, {}, 0, 2).status, u"applied"_s);
        // A second item for the same stage is refused.
        QCOMPARE(push(m_ann, u"review_item"_s, u"other"_s,
                      {{u"lead_id"_s, lead}, {u"stage_key"_s, u"negotiate"_s}, {u"round"_s, 1}, {u"submitted_at"_s, now}},
                      true).code,
                 u"duplicate_item"_s);
        m_clock.set(kT0);
    }

    void secondSupervisorIsKeptAsAComment()
    {
        const QString lead = leadInReview(u"negotiate"_s);
        QCOMPARE(decide(m_sue, lead, u"approve"_s).status, u"applied"_s);
        const OpResult late = decide(m_sam, lead, u"reject"_s, u"金额待确认"_s);
        QCOMPARE(late.status, u"applied"_s);
        QCOMPARE(late.code, u"already_decided"_s);
        QVERIFY2(late.message.contains(u"sue"_s), qPrintable(late.message));
        QCOMPARE(late.row->value(u"kind"_s).toString(), u"comment"_s);
        QCOMPARE(late.row->value(u"reason"_s).toString(), u"金额待确认"_s); // kept, not dropped
        // Someone without the authority is still refused, not turned into a comment.
        QCOMPARE(decide(m_max, lead, u"reject"_s, u"不同意"_s).code, u"not_escalated"_s);
    }

    void deadlineAutoRejectsAndEscalatesAtTheBoundary()
    {
        const QString escalates = leadInReview(u"negotiate"_s); // 24 h, escalate
        const QString rejects = leadInReview(u"contract"_s);    // 24 h, autoReject
        QSqlDatabase db = m_store->db();
        auto madeFor = [&](const QString &lead, const QDateTime &at) {
            bool ok = false;
            QList<TimeoutRow> mine;
            for (const TimeoutRow &r : reviewTimeouts(db, at, &ok))
                if (r.fields.value(u"lead_id"_s).toString() == lead)
                    mine.append(r);
            return mine;
        };
        const QDateTime deadline = kT0.addSecs(24 * 3600);
        QVERIFY(madeFor(escalates, deadline.addMSecs(-1)).isEmpty());
        QVERIFY(madeFor(rejects, deadline.addMSecs(-1)).isEmpty());
        QCOMPARE(madeFor(rejects, deadline).size(), 1); // exactly at counts as past
        int written = 0;
        QString error;
        QVERIFY2(runReviewDeadlines(*m_store, deadline.addSecs(1), &written, &error), qPrintable(error));
        QVERIFY(written >= 2);
        const QList<QJsonObject> rejected = decisionsOf(rejects);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().value(u"kind"_s).toString(), u"autoReject"_s);
        QCOMPARE(rejected.first().value(u"reason"_s).toString(), u"超时未审核"_s);
        QCOMPARE(rejected.first().value(u"decided_at"_s).toInteger(), deadline.toMSecsSinceEpoch());
        QCOMPARE(decisionsOf(escalates).first().value(u"kind"_s).toString(), u"escalate"_s);
        // A second pass writes nothing more.
        QVERIFY(madeFor(rejects, deadline.addSecs(120)).isEmpty());
        QVERIFY(madeFor(escalates, deadline.addSecs(120)).isEmpty());
        // Escalated: the supervisor may no longer decide, the region's manager may.
        m_clock.set(deadline.addSecs(60));
        QCOMPARE(decide(m_sue, escalates, u"approve"_s).code, u"escalated"_s);
        QCOMPARE(decide(m_max, escalates, u"approve"_s).status, u"applied"_s);
        m_clock.set(kT0);
    }
};

QTEST_GUILESS_MAIN(TestServerReview)
#include "tst_serverreview.moc"
