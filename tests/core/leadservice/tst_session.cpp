// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The session follows who is signed in, and the lead service writes as whoever
// is signed in when it acts (it used to keep the user id it was built with).
#include "leadservicefixture.h"
#include "storage/localstate.h"
#include "storage/organisationrepository.h"
#include "storage/replicareader.h"
#include "workspace/session.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSession : public QObject
{
    Q_OBJECT

    static User user(const QString &id, UserRole role, const QString &team)
    {
        User u;
        u.id = id;
        u.name = id;
        u.role = role;
        u.teamId = team;
        u.regionId = u"east"_s;
        return u;
    }

    static void seedOrganisation(OrganisationRepository &org)
    {
        QVERIFY(org.saveRegion({u"east"_s, u"华东"_s}));
        QVERIFY(org.saveTeam({u"t1"_s, u"一组"_s, u"east"_s, {}}));
        QVERIFY(org.saveTeam({u"t2"_s, u"二组"_s, u"east"_s, {}}));
        QVERIFY(org.saveUser(user(u"rep-a"_s, UserRole::Rep, u"t1"_s)));
        QVERIFY(org.saveUser(user(u"rep-b"_s, UserRole::Rep, u"t1"_s)));
    }

private Q_SLOTS:
    void announcesSignInSwitchAndRoleChange()
    {
        test::LeadServiceFixture f;
        OrganisationRepository org(f.db(), f.clock);
        seedOrganisation(org);
        Session session(f.db(), f.clock);
        QVERIFY(session.userId().isEmpty());
        QVERIFY(!session.seesOnlyOwnLeads());
        QSignalSpy changed(&session, &Session::userChanged);

        session.reload(); // nothing changed: no announcement
        QCOMPARE(changed.count(), 0);
        QVERIFY(LocalState(f.db()).setValue(LocalState::SignedInUser, u"rep-a"_s));
        session.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.userId(), u"rep-a"_s);
        QVERIFY(session.seesOnlyOwnLeads());

        // A role change that arrives by sync (the app_user row) is announced too.
        QVERIFY(org.saveUser(user(u"rep-a"_s, UserRole::Supervisor, u"t1"_s)));
        session.reload();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!session.seesOnlyOwnLeads());
        QVERIFY(org.saveUser(user(u"rep-a"_s, UserRole::Supervisor, u"t2"_s)));
        session.reload();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(session.user()->teamId, u"t2"_s);
    }

    void serviceWritesAsTheUserSignedInNow()
    {
        test::LeadServiceFixture f;
        OrganisationRepository org(f.db(), f.clock);
        seedOrganisation(org);
        Session session(f.db(), f.clock); // built before anyone signs in, as on a first start
        LeadService leads(session);
        ActivityService activities(session);

        QVERIFY(LocalState(f.db()).setValue(LocalState::SignedInUser, u"rep-a"_s));
        session.reload();
        const Result created = leads.createLead(test::LeadServiceFixture::input(u"杭州测试科技有限公司"_s));
        QVERIFY2(created.ok, qPrintable(created.message));
        QCOMPARE(f.value(u"SELECT owner_id FROM lead WHERE id = '%1'"_s.arg(created.id)).toString(), u"rep-a"_s);
        const auto first = activities.logActivity(created.id, ActivityKind::Call, f.clock.now(), u"电话确认预算，客户同意下周到现场演示"_s, true, 30);
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(f.value(u"SELECT owner_id FROM activity WHERE id = '%1'"_s.arg(first.id)).toString(), u"rep-a"_s);

        // Switch user without a restart: the next activity is the new user's.
        QVERIFY(LocalState(f.db()).setValue(LocalState::SignedInUser, u"rep-b"_s));
        session.reload();
        const auto second = activities.logActivity(created.id, ActivityKind::Call, f.clock.now(), u"再次电话确认演示时间与参会人员名单"_s, true, 30);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(f.value(u"SELECT owner_id FROM activity WHERE id = '%1'"_s.arg(second.id)).toString(), u"rep-b"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM activity WHERE owner_id = ''"_s), 0);
    }

    void sharesOneReaderOverTheSessionsReplica()
    {
        test::LeadServiceFixture f;
        OrganisationRepository org(f.db(), f.clock);
        seedOrganisation(org);
        Session session(f.db(), f.clock);
        const ReplicaConfig config = session.replicaConfig();
        QCOMPARE(config.path, f.replica.config.path);
        QCOMPARE(config.keyHex, f.replica.config.keyHex);
        QVERIFY(!config.create);

        ReplicaReader &reader = session.reader();
        QCOMPARE(&session.reader(), &reader); // one for the whole app
        QCOMPARE(reader.config().path, config.path);
        QVERIFY(!session.setReplicaConfig(f.replica.config)); // too late: the reader has its connection
        std::optional<ReadResult<int>> regions;
        reader.read(
            u"test"_s, &session,
            [](QSqlDatabase &db) {
                QSqlQuery q(db);
                return q.exec(u"SELECT count(*) FROM region"_s) && q.next() ? q.value(0).toInt() : -1;
            },
            [&](ReadResult<int> result) { regions = std::move(result); });
        QTRY_VERIFY(regions.has_value());
        QVERIFY2(regions->ok(), qPrintable(regions->error()));
        QCOMPARE(regions->value(), 1);
    }

    void replicaConfigIsSetBeforeTheFirstReader()
    {
        test::LeadServiceFixture f;
        Session session(f.db(), f.clock);
        ReplicaConfig custom = f.replica.config;
        custom.cacheKiB = 8 * 1024;
        custom.create = true;
        QVERIFY(session.setReplicaConfig(custom));
        QCOMPARE(session.reader().config().cacheKiB, 8 * 1024);
        QVERIFY(!session.reader().config().create); // the reader never creates a file
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
