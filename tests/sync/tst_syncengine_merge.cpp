// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Real replicas and SyncEngine against the real sales-server process: two devices
// editing one lead offline merge field by field; a reassigned lead leaves the old
// owner's replica (pending edits kept as records) and arrives in the new owner's.
#include "sync/conflictstore.h"
#include "syncfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncEngineMerge : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::Org m_org;

    std::unique_ptr<test::Device> device(const QString &user, const QString &name)
    {
        return test::signIn(m_server, user, name, true);
    }
    static QJsonValue decoded(const QSqlRecord &r, const char *column)
    {
        return ConflictStore::decode(r.value(QString::fromLatin1(column)).toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM"); }

    void twoDevicesMergeFieldsAndKeepConflicts()
    {
        auto one = device(u"ann"_s, u"laptop"_s);
        auto two = device(u"ann"_s, u"phone"_s);
        QVERIFY(one && two);
        QCOMPARE(one->uid(), m_org.ann);
        const QString lead = one->createLead(u"杭州恒达机械"_s, 100000);
        QVERIFY(!lead.isEmpty());
        SyncReport r = one->sync();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(r.rejected, 0);
        QVERIFY(r.pushed >= 4); // account, contact, lead, stage_change
        QVERIFY2(two->sync().ok, "second device pull");
        QCOMPARE(two->field(u"lead"_s, lead, u"owner_id"_s).toString(), m_org.ann);
        QCOMPARE(two->field(u"lead"_s, lead, u"team_id"_s).toString(), m_org.team); // set by the server
        const qint64 rev = two->field(u"lead"_s, lead, u"rev"_s).toLongLong();
        QVERIFY(rev > 0);
        QCOMPARE(one->field(u"lead"_s, lead, u"rev"_s).toLongLong(), rev);

        // Offline, different fields: both merge, on both sides after a second sync.
        QVERIFY(one->writer().save(u"lead"_s, lead, {{u"title"_s, u"恒达 二期改造"_s}}));
        QVERIFY(two->writer().save(u"lead"_s, lead, {{u"amount_yuan"_s, 250000}}));
        QVERIFY2((r = one->sync()).ok, test::describe(r).constData());
        QCOMPARE(r.pushed, 1);
        QVERIFY2((r = two->sync()).ok, test::describe(r).constData());
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 0);
        QVERIFY2((r = one->sync()).ok, test::describe(r).constData());
        for (const test::Device *d : {one.get(), two.get()}) {
            QCOMPARE(d->field(u"lead"_s, lead, u"title"_s).toString(), u"恒达 二期改造"_s);
            QCOMPARE(d->field(u"lead"_s, lead, u"amount_yuan"_s).toLongLong(), 250000);
            QCOMPARE(d->count(u"SELECT count(*) FROM sync_conflict"_s), 0);
            QCOMPARE(d->count(u"SELECT count(*) FROM pending_change"_s), 0);
            QCOMPARE(d->outboxCount(), 0);
        }
        QCOMPARE(one->field(u"lead"_s, lead, u"rev"_s), two->field(u"lead"_s, lead, u"rev"_s));

        // The same field, differently: the second pusher keeps the server's value
        // and gets a conflict record with all three values.
        QVERIFY(one->writer().save(u"lead"_s, lead, {{u"title"_s, u"恒达 三期（张总版）"_s}}));
        QVERIFY(two->writer().save(u"lead"_s, lead, {{u"title"_s, u"恒达 三期（李工版）"_s}, {u"source"_s, u"展会名片"_s}}));
        QVERIFY2((r = one->sync()).ok, test::describe(r).constData());
        QCOMPARE(r.conflicts, 0);
        QVERIFY2((r = two->sync()).ok, test::describe(r).constData());
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(two->field(u"lead"_s, lead, u"title"_s).toString(), u"恒达 三期（张总版）"_s);
        QCOMPARE(two->field(u"lead"_s, lead, u"source"_s).toString(), u"展会名片"_s); // merged
        const QList<QSqlRecord> conflicts = two->conflicts(lead);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().value(u"kind"_s).toString(), u"conflict"_s);
        QCOMPARE(conflicts.first().value(u"entity"_s).toString(), u"lead"_s);
        QCOMPARE(conflicts.first().value(u"field"_s).toString(), u"title"_s);
        QCOMPARE(decoded(conflicts.first(), "mine"), QJsonValue(u"恒达 三期（李工版）"_s));
        QCOMPARE(decoded(conflicts.first(), "server"), QJsonValue(u"恒达 三期（张总版）"_s));
        QCOMPARE(decoded(conflicts.first(), "base"), QJsonValue(u"恒达 二期改造"_s));
        QVERIFY2((r = one->sync()).ok, test::describe(r).constData());
        QCOMPARE(one->field(u"lead"_s, lead, u"title"_s).toString(), u"恒达 三期（张总版）"_s);
        QCOMPARE(one->field(u"lead"_s, lead, u"source"_s).toString(), u"展会名片"_s);
        QCOMPARE(one->count(u"SELECT count(*) FROM sync_conflict"_s), 0);
        const HttpResult row = one->client().get(u"/api/v1/rows/lead/"_s + lead);
        QCOMPARE(row.status, 200);
        QCOMPARE(row.json()[u"f"_s][u"title"_s].toString(), u"恒达 三期（张总版）"_s);
        QCOMPARE(row.json()[u"rev"_s].toInteger(), one->field(u"lead"_s, lead, u"rev"_s).toLongLong());
    }

    void reassignedLeadMovesWithItsChildren()
    {
        auto ann = device(u"ann"_s, u"ann-laptop"_s);
        auto sue = device(u"sue"_s, u"sue-desk"_s);
        auto bob = device(u"bob"_s, u"bob-laptop"_s);
        QVERIFY(ann && sue && bob);
        const QString lead = ann->createLead(u"苏州启明电子"_s);
        QVERIFY(!lead.isEmpty());
        QVERIFY(ann->logActivity(lead, u"电话沟通了采购需求，约下周上门拜访"_s));
        const QByteArray png = QByteArrayLiteral("\x89PNG screenshot of qiming.example.cn");
        const QString sha = ann->fileEvidence(lead, u"diagnose"_s, u"website_screenshot"_s, png, u"官网.png"_s);
        QVERIFY(!sha.isEmpty());
        SyncReport r = ann->sync();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(r.rejected, 0);
        auto rowsOfLead = [&lead](const test::Device &d) {
            return d.count(u"SELECT (SELECT count(*) FROM lead WHERE id = ?) + (SELECT count(*) FROM activity "
                           "WHERE lead_id = ?) + (SELECT count(*) FROM evidence_item WHERE lead_id = ?) + "
                           "(SELECT count(*) FROM stage_change WHERE lead_id = ?)"_s,
                           {lead, lead, lead, lead});
        };
        QCOMPARE(rowsOfLead(*ann), 4);
        QVERIFY2((r = sue->sync()).ok, test::describe(r).constData());
        QCOMPARE(rowsOfLead(*sue), 4); // the supervisor sees the team's leads
        QVERIFY2((r = bob->sync()).ok, test::describe(r).constData());
        QCOMPARE(rowsOfLead(*bob), 0); // not bob's

        // Ann edits offline; meanwhile sue gives the lead to bob.
        QVERIFY(ann->writer().save(u"lead"_s, lead, {{u"title"_s, u"启明 — ann 未上传的修改"_s}}));
        QVERIFY(sue->writer().save(u"lead"_s, lead, {{u"owner_id"_s, m_org.bob}}));
        QVERIFY2((r = sue->sync()).ok, test::describe(r).constData());
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sue->field(u"lead"_s, lead, u"owner_id"_s).toString(), m_org.bob);

        r = ann->engine().pull();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(r.removed, 4);
        QCOMPARE(rowsOfLead(*ann), 0);
        QCOMPARE(ann->count(u"SELECT count(*) FROM lead_search WHERE lead_id = ?"_s, {lead}), 0);
        QCOMPARE(ann->count(u"SELECT count(*) FROM pending_change"_s), 0);
        const QList<QSqlRecord> lost = ann->conflicts(lead);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().value(u"kind"_s).toString(), u"lost_access"_s);
        QCOMPARE(lost.first().value(u"field"_s).toString(), u"*"_s);
        QCOMPARE(decoded(lost.first(), "mine")[u"title"_s].toString(), u"启明 — ann 未上传的修改"_s);
        QVERIFY2((r = ann->sync()).ok, test::describe(r).constData()); // nothing left to push, nothing comes back
        QCOMPARE(r.pushed, 0);
        QCOMPARE(rowsOfLead(*ann), 0);
        QCOMPARE(ann->client().get(u"/api/v1/rows/lead/"_s + lead).errorCode(), u"out_of_scope"_s);

        QVERIFY2((r = bob->sync()).ok, test::describe(r).constData());
        QCOMPARE(rowsOfLead(*bob), 4);
        QCOMPARE(bob->field(u"lead"_s, lead, u"owner_id"_s).toString(), m_org.bob);
        QCOMPARE(bob->field(u"lead"_s, lead, u"title"_s).toString(), u"苏州启明电子 采购项目"_s);
        QCOMPARE(bob->value(u"SELECT data FROM blob WHERE sha256 = ?"_s, {sha}).toByteArray(), png);
        QVERIFY2((r = sue->sync()).ok, test::describe(r).constData());
        QCOMPARE(rowsOfLead(*sue), 4); // still the team's
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineMerge)
#include "tst_syncengine_merge.moc"
