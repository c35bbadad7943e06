// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/entitycatalog.h"
#include "storage/settingsstore.h"
#include "migrationfixture.h"
#include "testreplica.h"

#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QString Zoom = u"test/zoom"_s;

// test/zoom stored an int percentage at version 1; version 2 keeps a factor (double).
SettingRegistry zoomAt(int version, int *migrations = nullptr)
{
    if (version == 1)
        return SettingRegistry({{Zoom, QVariant(100), 1, {}}});
    return SettingRegistry({{Zoom, QVariant(1.0), version, [migrations](int from, const QVariant &v) {
                                 if (migrations)
                                     ++*migrations;
                                 return from == 1 ? QVariant(v.toInt() / 100.0) : QVariant();
                             }}});
}

struct Row
{
    bool exists = false;
    QByteArray value;
    int version = 0;
    qint64 updatedAt = 0;
};

Row rowOf(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value, version, updated_at FROM local_setting WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return {true, q.value(0).toByteArray(), q.value(1).toInt(), q.value(2).toLongLong()};
}

int rowCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM local_setting"_s) && q.next() ? q.value(0).toInt() : -1;
}

const QString LeadColumns = settingKeyFor(SettingKeys::AreaColumns, SettingKeys::LeadsArea);

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultWhenAbsent()
    {
        test::TestReplica r;
        SettingsStore store(r.db());
        QCOMPARE(store.value(SettingKeys::WindowGeometry), QVariant(QByteArray()));
        QCOMPARE(store.value(SettingKeys::WindowGeometry).metaType(), QMetaType::fromType<QByteArray>());
        SettingsStore zoom(r.db(), zoomAt(1));
        QCOMPARE(zoom.value(Zoom), QVariant(100));
        QCOMPARE(rowCount(r.db()), 0); // reading writes nothing
    }

    void roundTripSurvivesReopening()
    {
        test::TestReplica r;
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03geometry\x00", 16);
        const FixedClock clock(QDateTime::fromMSecsSinceEpoch(1700000500000, QTimeZone::utc()));
        {
            SettingsStore store(r.db(), builtInSettings(), clock);
            QVERIFY(store.setValue(SettingKeys::WindowGeometry, geometry));
            QVERIFY(store.setValue(LeadColumns, QByteArray("columns")));
            QVERIFY(store.setValue(SettingKeys::WindowGeometry, geometry)); // again: replaced, not duplicated
        }
        r.connection.reset();
        r.connection = std::make_unique<ReplicaConnection>(r.config);
        QVERIFY2(r.connection->isOpen(), qPrintable(r.connection->errorText()));
        SettingsStore store(r.db());
        QCOMPARE(store.value(SettingKeys::WindowGeometry).toByteArray(), geometry);
        QCOMPARE(store.value(LeadColumns).toByteArray(), QByteArray("columns"));
        QCOMPARE(store.value(SettingKeys::MainSplitter), QVariant(QByteArray()));
        QCOMPARE(rowCount(r.db()), 2);
        const Row row = rowOf(r.db(), SettingKeys::WindowGeometry);
        QCOMPARE(row.version, 1);
        QCOMPARE(row.updatedAt, 1700000500000);
    }

    void areasHaveTheirOwnKeys()
    {
        test::TestReplica r;
        SettingsStore store(r.db());
        const QString overdue = settingKeyFor(SettingKeys::AreaColumns, u"overdue"_s);
        QCOMPARE(overdue, u"layout/overdue/columns"_s);
        QVERIFY(store.setValue(LeadColumns, QByteArray("a")));
        QVERIFY(store.setValue(overdue, QByteArray("b")));
        QCOMPARE(store.value(LeadColumns).toByteArray(), QByteArray("a"));
        QCOMPARE(store.value(overdue).toByteArray(), QByteArray("b"));
        // An area id is exactly one segment.
        QVERIFY(settingKeyFor(SettingKeys::AreaColumns, u"a/b"_s).isEmpty());
        QVERIFY(settingKeyFor(SettingKeys::AreaColumns, QString()).isEmpty());
        QVERIFY(!builtInSettings().find(u"layout//columns"_s));
        QVERIFY(!builtInSettings().find(u"layout/a/b/columns"_s));
        QVERIFY(!builtInSettings().find(u"layout/*/columns/x"_s));
        QVERIFY(!builtInSettings().find(SettingKeys::AreaColumns)); // the pattern is not a key
    }

    void olderValueIsMigratedAndWrittenBack()
    {
        test::TestReplica r;
        QVERIFY(SettingsStore(r.db(), zoomAt(1)).setValue(Zoom, 150));
        QCOMPARE(rowOf(r.db(), Zoom).version, 1);

        int migrations = 0;
        const SettingRegistry v2 = zoomAt(2, &migrations);
        SettingsStore store(r.db(), v2);
        QCOMPARE(store.value(Zoom), QVariant(1.5));
        QCOMPARE(migrations, 1);
        QCOMPARE(rowOf(r.db(), Zoom).version, 2);
        // Written back: the next read (or the next start) does not migrate again.
        QCOMPARE(SettingsStore(r.db(), v2).value(Zoom), QVariant(1.5));
        QCOMPARE(migrations, 1);
    }

    void olderValueWithoutMigrationGivesDefault()
    {
        test::TestReplica r;
        QVERIFY(SettingsStore(r.db(), zoomAt(1)).setValue(Zoom, 150));
        const SettingRegistry v3({{Zoom, QVariant(1.0), 3, {}}});
        QCOMPARE(SettingsStore(r.db(), v3).value(Zoom), QVariant(1.0));
        QVERIFY(!rowOf(r.db(), Zoom).exists); // dropped, not kept half understood
    }

    void newerValueIsLeftAlone()
    {
        test::TestReplica r;
        QVERIFY(SettingsStore(r.db(), zoomAt(2)).setValue(Zoom, 1.25));
        const Row before = rowOf(r.db(), Zoom);
        QCOMPARE(before.version, 2);

        SettingsStore old(r.db(), zoomAt(1));
        QCOMPARE(old.value(Zoom), QVariant(100));
        const Row after = rowOf(r.db(), Zoom);
        QCOMPARE(after.version, 2);
        QCOMPARE(after.value, before.value);
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(SettingsStore(r.db(), zoomAt(2)).value(Zoom), QVariant(1.25));
    }

    void unknownKeyIsRefused()
    {
        test::TestReplica r;
        SettingsStore store(r.db());
        const QRegularExpression refused(u"is not declared.*refused"_s);
        QTest::ignoreMessage(QtCriticalMsg, refused);
        QVERIFY(!store.setValue(u"mainWindow/geometry"_s, QByteArray("x")));
        QTest::ignoreMessage(QtCriticalMsg, refused);
        QVERIFY(!store.value(u"no/such/key"_s).isValid());
        QTest::ignoreMessage(QtCriticalMsg, refused);
        QVERIFY(!store.setValue(u"layout/*/columns"_s.replace(u"*"_s, u"a/b"_s), QByteArray("x")));
        // A known key with a value of another type is refused too.
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"takes QByteArray not QString"_s));
        QVERIFY(!store.setValue(SettingKeys::WindowGeometry, u"text"_s));
        QCOMPARE(rowCount(r.db()), 0);
    }

    void legacyQSettingsAreImportedOnce()
    {
        QSettings legacy;
        QVERIFY(legacy.fileName().contains(u".qttest"_s)); // never the user's own settings
        legacy.clear();
        legacy.setValue(u"mainWindow/geometry"_s, QByteArray("geometry"));
        legacy.setValue(u"mainWindow/splitter"_s, QByteArray("splitter"));
        legacy.setValue(u"mainWindow/leadColumns"_s, QByteArray("columns"));
        legacy.setValue(u"workspace/last"_s, u"/somewhere"_s); // not a setting of ours
        legacy.sync();

        test::TestReplica r;
        SettingsStore store(r.db());
        QVERIFY(store.setValue(LeadColumns, QByteArray("newer"))); // the table wins
        QCOMPARE(store.importLegacy(legacy), 2);
        QCOMPARE(store.value(SettingKeys::WindowGeometry).toByteArray(), QByteArray("geometry"));
        QCOMPARE(store.value(LeadColumns).toByteArray(), QByteArray("newer"));
        // The old three-pane splitter came in at version 1; the key is at 2 (two panes), whose
        // migration drops it: the default applies and the row is gone.
        QCOMPARE(rowOf(r.db(), SettingKeys::MainSplitter).version, 1);
        QCOMPARE(store.value(SettingKeys::MainSplitter).toByteArray(), QByteArray());
        QVERIFY(!rowOf(r.db(), SettingKeys::MainSplitter).exists);

        QSettings reread; // from the file, not the cache
        QVERIFY(!reread.contains(u"mainWindow/geometry"_s));
        QVERIFY(!reread.contains(u"mainWindow/splitter"_s));
        QVERIFY(!reread.contains(u"mainWindow/leadColumns"_s));
        QCOMPARE(reread.value(u"workspace/last"_s).toString(), u"/somewhere"_s);

        QVERIFY(store.setValue(SettingKeys::WindowGeometry, QByteArray("moved")));
        QCOMPARE(store.importLegacy(reread), 0);
        QCOMPARE(store.value(SettingKeys::WindowGeometry).toByteArray(), QByteArray("moved"));
        legacy.clear();
    }

    void upgradeFromVersion8KeepsDataAndAddsTheTable()
    {
        test::EmptyDb old;
        QVERIFY(test::seedReplicaAtVersion(old.db(), 8));
        QVERIFY(!old.db().tables().contains(u"local_setting"_s));
        Migrator migrator(old.db());
        QVERIFY2(migrator.migrate(9), qPrintable(migrator.errorText()));
        QCOMPARE(migrator.currentVersion(), 9);

        QSqlQuery q(old.db());
        QVERIFY(q.exec(u"SELECT l.id, l.title, l.amount_yuan, a.name FROM lead l JOIN account a ON a.id = l.account_id "
                       "ORDER BY l.id"_s));
        QStringList leads;
        while (q.next())
            leads << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u' '
                         + q.value(3).toString();
        QCOMPARE(leads, (QStringList{u"l1 恒通数控加工中心 1280000 苏州恒通精密机械有限公司"_s,
                                     u"l5 恒通自动化产线改造 300000 苏州恒通精密机械有限公司"_s,
                                     u"l8 锦程仓储立体库 450000 无锡锦程物流有限公司"_s}));
        QVERIFY(q.exec(u"SELECT count(*) FROM lead_search WHERE text LIKE '%锦程物流%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT value FROM local_state WHERE key = 'sync.cursor'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"9"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM outbox"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        SettingsStore store(old.db());
        QVERIFY(store.setValue(SettingKeys::WindowGeometry, QByteArray("after upgrade")));
        QCOMPARE(store.value(SettingKeys::WindowGeometry).toByteArray(), QByteArray("after upgrade"));
        // Local only: not an entity the sync protocol knows.
        QVERIFY(!protocol::entity(u"local_setting"_s));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
