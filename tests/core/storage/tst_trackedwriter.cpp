// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TrackedWriter refuses what the catalog's rules refuse, so a bad value never
// reaches pending_change and the outbox.
#include "clock.h"
#include "storage/trackedwriter.h"
#include "testreplica.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {
const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const qint64 Now = T0.toMSecsSinceEpoch();
} // namespace

class TestTrackedWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestReplica> m_replica;
    FixedClock m_clock{T0};
    std::unique_ptr<TrackedWriter> m_writer;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_replica->db());
        if (!q.exec(sql))
            QFAIL(qPrintable(q.lastError().text() + u" in "_s + sql));
    }
    int count(const QString &sql) const
    {
        QSqlQuery q(m_replica->db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QVariantMap lead(const QString &account = u"A1"_s) const
    {
        return {{u"account_id"_s, account}, {u"owner_id"_s, u"rep-1"_s}, {u"title"_s, u"新线索"_s},
                {u"template_id"_s, u"T"_s}, {u"stage_key"_s, u"discover"_s}, {u"stage_entered_at"_s, Now},
                {u"amount_yuan"_s, 100}, {u"status"_s, u"open"_s}, {u"created_at"_s, Now}};
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(T0);
        m_replica = std::make_unique<test::TestReplica>();
        exec(u"INSERT INTO pipeline_template (id, name, definition, rev, updated_at) VALUES ('T', '默认', '{}', 1, 1)"_s);
        exec(u"INSERT INTO account (id, name, created_at, rev, updated_at) VALUES ('A1', '杭州恒达机械', 1, 2, 1)"_s);
        exec(u"INSERT INTO case_study (id, title, rev, updated_at) VALUES ('CS1', '某纺织厂', 3, 1)"_s);
        exec(u"INSERT INTO lead (id, account_id, owner_id, title, template_id, stage_key, stage_entered_at, "
             u"amount_yuan, status, created_at, rev, updated_at) "
             u"VALUES ('L1', 'A1', 'rep-1', '服务器的标题', 'T', 'discover', 1, 600000, 'open', 1, 4, 1)"_s);
        m_writer = std::make_unique<TrackedWriter>(m_replica->db(), m_clock);
    }
    void cleanup()
    {
        m_writer.reset();
        m_replica.reset();
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QString>("named"); // the field the message names
        QTest::newRow("blank title") << u"lead"_s << u"L1"_s << QVariantMap{{u"title"_s, u"  "_s}} << u"lead.title"_s;
        QTest::newRow("empty title") << u"lead"_s << u"L1"_s << QVariantMap{{u"title"_s, u""_s}} << u"lead.title"_s;
        QTest::newRow("stage_entered_at -1")
            << u"lead"_s << u"L1"_s << QVariantMap{{u"stage_entered_at"_s, -1}} << u"lead.stage_entered_at"_s;
        QTest::newRow("deleted -1") << u"lead"_s << u"L1"_s << QVariantMap{{u"deleted"_s, -1}} << u"lead.deleted"_s;
        QTest::newRow("deleted null") << u"lead"_s << u"L1"_s
                                      << QVariantMap{{u"deleted"_s, QVariant(QMetaType::fromType<qlonglong>())}}
                                      << u"lead.deleted"_s;
        QTest::newRow("amount not a number")
            << u"lead"_s << u"L1"_s << QVariantMap{{u"amount_yuan"_s, u"很多"_s}} << u"lead.amount_yuan"_s;
        QTest::newRow("status outside the set")
            << u"lead"_s << u"L1"_s << QVariantMap{{u"status"_s, u"maybe"_s}} << u"lead.status"_s;
        QTest::newRow("new account created before 1970")
            << u"account"_s << u"A2"_s << QVariantMap{{u"name"_s, u"苏州新材"_s}, {u"created_at"_s, -1}}
            << u"account.created_at"_s;
        QTest::newRow("new account without a name")
            << u"account"_s << u"A2"_s << QVariantMap{{u"created_at"_s, Now}} << u"name"_s;
        // References the replica can check: the rows it holds.
        QTest::newRow("lead of a missing account") << u"lead"_s << u"L2"_s << lead(u"x"_s) << u"lead.account_id"_s;
        QTest::newRow("lead moved to a missing team")
            << u"lead"_s << u"L1"_s << QVariantMap{{u"team_id"_s, u"no-team"_s}} << u"lead.team_id"_s;
        QTest::newRow("evidence naming a missing case")
            << u"evidence_item"_s << u"E1"_s
            << QVariantMap{{u"lead_id"_s, u"L1"_s}, {u"stage_key"_s, u"discover"_s}, {u"requirement_key"_s, u"case"_s},
                           {u"kind"_s, u"case"_s}, {u"case_id"_s, u"no-case"_s}, {u"created_at"_s, Now}}
            << u"evidence_item.case_id"_s;
    }
    void refusesBadValues()
    {
        QFETCH(QString, table);
        QFETCH(QString, id);
        QFETCH(QVariantMap, fields);
        QFETCH(QString, named);
        const int rows = count(u"SELECT count(*) FROM %1"_s.arg(table));
        QVERIFY(!m_writer->save(table, id, fields));
        QVERIFY2(m_writer->errorText().startsWith(u"保存失败："_s), qPrintable(m_writer->errorText()));
        QVERIFY2(m_writer->errorText().contains(named), qPrintable(m_writer->errorText()));
        QCOMPARE(count(u"SELECT count(*) FROM pending_change"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM %1"_s.arg(table)), rows);
        QCOMPARE(count(u"SELECT count(*) FROM lead WHERE title = '服务器的标题' AND deleted = 0 AND updated_at = 1"_s), 1);
    }

    void acceptsGoodValues()
    {
        QVERIFY2(m_writer->save(u"lead"_s, u"L2"_s, lead()), qPrintable(m_writer->errorText()));
        QVERIFY2(m_writer->save(u"lead"_s, u"L1"_s, {{u"title"_s, u"二期"_s}, {u"amount_yuan"_s, 0},
                                                      {u"contact_id"_s, QVariant(QMetaType::fromType<QString>())}}),
                 qPrintable(m_writer->errorText()));
        QVERIFY2(m_writer->save(u"evidence_item"_s, u"E1"_s,
                                {{u"lead_id"_s, u"L1"_s}, {u"stage_key"_s, u"discover"_s},
                                 {u"requirement_key"_s, u"case"_s}, {u"kind"_s, u"case"_s}, {u"case_id"_s, u"CS1"_s},
                                 {u"created_at"_s, Now}}),
                 qPrintable(m_writer->errorText()));
        QVERIFY(m_writer->remove(u"evidence_item"_s, u"E1"_s));
        // Users are known from the sign-in before their rows arrive: an owner is not looked up here.
        QVERIFY2(m_writer->save(u"lead"_s, u"L1"_s, {{u"owner_id"_s, u"rep-2"_s}}), qPrintable(m_writer->errorText()));
        QCOMPARE(count(u"SELECT count(*) FROM pending_change WHERE row_id IN ('L1', 'L2', 'E1')"_s), 6);
    }

    void anUnchangedStoredValueIsNotRechecked()
    {
        // A row as an older version left it: only what a save changes is checked.
        exec(u"UPDATE lead SET stage_entered_at = -5 WHERE id = 'L1'"_s);
        QVERIFY2(m_writer->save(u"lead"_s, u"L1"_s, {{u"title"_s, u"改名"_s}, {u"stage_entered_at"_s, -5}}),
                 qPrintable(m_writer->errorText()));
        QVERIFY(!m_writer->save(u"lead"_s, u"L1"_s, {{u"stage_entered_at"_s, -6}}));
    }

    void aClockBefore1970CannotStampARow()
    {
        m_clock.set(QDateTime::fromMSecsSinceEpoch(-1000, Qt::UTC));
        QVERIFY(!m_writer->save(u"region"_s, u"R1"_s, {{u"name"_s, u"华东"_s}}));
        QVERIFY2(m_writer->errorText().contains(u"region.updated_at"_s), qPrintable(m_writer->errorText()));
        QCOMPARE(count(u"SELECT count(*) FROM region"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestTrackedWriter)
#include "tst_trackedwriter.moc"
