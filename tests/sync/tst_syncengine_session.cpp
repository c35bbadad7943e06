// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One laptop, two users, no restart: the lead service writes as whoever is signed
// in when it acts (the session), so after a switch of user the next activity is
// the new user's in the replica and the real sales-server accepts it as theirs.
// (It used to keep the user id it was built with: the server refused the old
// author, "owner_id 只能是推送者本人".)
#include "syncfixture.h"
#include "workspace/activityservice.h"
#include "workspace/session.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncEngineSession : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::Org m_org;

    static QString ownerOnServer(test::Device &device, const QString &activityId)
    {
        for (const QJsonObject &row : device.serverRows(u"activity"_s)) {
            if (row[u"id"_s].toString() == activityId)
                return row[u"f"_s][u"owner_id"_s].toString();
        }
        return u"(not on the server)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM"); }

    void theNextActivityAfterASwitchOfUserIsTheNewUsers()
    {
        auto laptop = test::signIn(m_server, u"ann"_s, u"shared-laptop"_s, true);
        QVERIFY(laptop);
        Session session(laptop->db(), systemClock());
        QCOMPARE(session.userId(), m_org.ann);
        LeadService service(session); // built once, as the window builds them
        ActivityService activities(session);

        NewLeadInput in;
        in.accountName = u"嘉兴禾源纺织机械有限公司"_s;
        in.contactName = u"周敏"_s;
        in.contactPhone = u"13900139000"_s;
        in.amountYuan = 280000;
        const Result lead = service.createLead(in);
        QVERIFY2(lead.ok, qPrintable(lead.message));
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-600);
        const Result first = activities.logActivity(lead.id, ActivityKind::Call, earlier,
                                                     u"电话确认预算与采购时间，客户同意下周现场演示"_s, false, 30);
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(laptop->field(u"activity"_s, first.id, u"owner_id"_s).toString(), m_org.ann);
        const SyncReport annSync = laptop->sync();
        QVERIFY2(annSync.ok, test::describe(annSync).constData());
        QCOMPARE(ownerOnServer(*laptop, first.id), m_org.ann);

        // Sue (ann's supervisor) signs in on the same laptop, without a restart.
        QString error;
        const auto sue = test::login(laptop->client(), u"sue"_s, u"shared-laptop"_s, &error);
        QVERIFY2(sue, qPrintable(error));
        laptop->client().setToken(sue->token);
        QVERIFY(LocalState(laptop->db()).setValue(LocalState::SignedInUser, sue->uid));
        QSignalSpy changed(&session, &Session::userChanged);
        session.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.userId(), m_org.sue);
        QVERIFY(!session.seesOnlyOwnLeads());

        const Result second = activities.logActivity(lead.id, ActivityKind::Visit, earlier.addSecs(300),
                                                      u"主管陪同拜访，确认决策链与验收标准"_s, false, 60);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(laptop->field(u"activity"_s, second.id, u"owner_id"_s).toString(), m_org.sue);
        const SyncReport sueSync = laptop->sync();
        QVERIFY2(sueSync.ok, test::describe(sueSync).constData());
        QVERIFY2(laptop->conflicts(second.id).isEmpty(), laptop->conflictText(second.id).constData());
        QCOMPARE(laptop->outboxCount(), 0);
        QCOMPARE(ownerOnServer(*laptop, second.id), m_org.sue);
        QCOMPARE(ownerOnServer(*laptop, first.id), m_org.ann); // the earlier one stays ann's
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineSession)
#include "tst_syncengine_session.moc"
