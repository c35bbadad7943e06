// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "testreplica.h"
#include "workspace/draftstore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    FixedClock clock{T0};

private Q_SLOTS:
    void init()
    {
        r = new test::TestReplica;
        clock.set(T0);
    }
    void cleanup()
    {
        delete r;
        r = nullptr;
    }

    void saveAndLoad()
    {
        DraftStore drafts(r->db(), clock);
        const QJsonObject payload{{u"accountName"_s, u"杭州恒通精密机械有限公司"_s}, {u"amountYuan"_s, 500000}};
        const Result saved = drafts.save(u"new-lead"_s, u"new-lead"_s, payload);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const auto loaded = drafts.load(u"new-lead"_s);
        QVERIFY(loaded && *loaded);
        const Draft &draft = **loaded;
        QCOMPARE(draft.key, u"new-lead"_s);
        QCOMPARE(draft.kind, u"new-lead"_s);
        QCOMPARE(draft.payload, payload);
        QCOMPARE(draft.updatedAt, T0);
        const auto nothing = drafts.load(u"activity:nothing"_s);
        QVERIFY(!nothing.value());
        QVERIFY(nothing.ok() && nothing.message().isEmpty());
    }

    void saveReplaces()
    {
        DraftStore drafts(r->db(), clock);
        QVERIFY(drafts.save(u"activity:1"_s, u"activity"_s, {{u"text"_s, u"与采购"_s}}).ok);
        clock.advanceSeconds(5);
        QVERIFY(drafts.save(u"activity:1"_s, u"activity"_s, {{u"text"_s, u"与采购经理确认预算"_s}}).ok);
        QCOMPARE(count(r->db(), u"SELECT count(*) FROM draft"_s), 1);
        const auto draft = drafts.load(u"activity:1"_s).valueOr(std::nullopt);
        QVERIFY(draft);
        QCOMPARE(draft->payload.value(u"text"_s).toString(), u"与采购经理确认预算"_s);
        QCOMPARE(draft->updatedAt, T0.addSecs(5));
    }

    void allNewestFirst()
    {
        DraftStore drafts(r->db(), clock);
        QVERIFY(drafts.save(u"a"_s, u"activity"_s, {}).ok);
        clock.advanceSeconds(60);
        QVERIFY(drafts.save(u"b"_s, u"new-lead"_s, {}).ok);
        clock.advanceSeconds(60);
        QVERIFY(drafts.save(u"c"_s, u"evidence-text"_s, {}).ok);
        clock.advanceSeconds(60);
        QVERIFY(drafts.save(u"a"_s, u"activity"_s, {{u"x"_s, 1}}).ok); // touched again: newest
        const QList<Draft> all = drafts.all().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).key, u"a"_s);
        QCOMPARE(all.at(1).key, u"c"_s);
        QCOMPARE(all.at(2).key, u"b"_s);
    }

    void remove()
    {
        DraftStore drafts(r->db(), clock);
        QVERIFY(drafts.save(u"a"_s, u"activity"_s, {}).ok);
        QVERIFY(drafts.remove(u"a"_s).ok);
        QVERIFY(!drafts.load(u"a"_s).value());
        QVERIFY(drafts.remove(u"a"_s).ok); // already gone: nothing to do, not an error
        QVERIFY(drafts.all().value().isEmpty());
    }

    void refusesNamelessDraft()
    {
        DraftStore drafts(r->db(), clock);
        QVERIFY(!drafts.save(QString(), u"activity"_s, {}).ok);
        const Result nameless = drafts.save(u"a"_s, QString(), {});
        QVERIFY(!nameless.ok);
        QVERIFY(!nameless.message.isEmpty());
        QCOMPARE(count(r->db(), u"SELECT count(*) FROM draft"_s), 0);
    }

    void malformedPayloadIsSkipped()
    {
        DraftStore drafts(r->db(), clock);
        QVERIFY(drafts.save(u"good"_s, u"activity"_s, {{u"text"_s, u"完好"_s}}).ok);
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"INSERT INTO draft (key, kind, payload, updated_at) VALUES "
                       u"('torn', 'activity', '{\"text\": \"半截', 99999999999999), "
                       u"('array', 'activity', '[1, 2]', 99999999999998)"_s));
        const QRegularExpression skipped(u"skipping a draft whose payload is malformed"_s);
        QTest::ignoreMessage(QtWarningMsg, skipped);
        QTest::ignoreMessage(QtWarningMsg, skipped);
        const QList<Draft> all = drafts.all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().key, u"good"_s);
        QTest::ignoreMessage(QtWarningMsg, skipped);
        const auto torn = drafts.load(u"torn"_s);
        QVERIFY(!torn.ok());
        QVERIFY(!torn.message().isEmpty());
        QVERIFY(drafts.save(u"torn"_s, u"activity"_s, {{u"text"_s, u"重写"_s}}).ok); // can be overwritten
        QCOMPARE(drafts.load(u"torn"_s).value()->payload.value(u"text"_s).toString(), u"重写"_s);
    }

    void draftsAreNeverSynced()
    {
        DraftStore drafts(r->db(), clock);
        QVERIFY(drafts.save(u"a"_s, u"activity"_s, {{u"text"_s, u"x"_s}}).ok);
        QVERIFY(drafts.remove(u"a"_s).ok);
        QCOMPARE(count(r->db(), u"SELECT count(*) FROM pending_change"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
