// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "domain/sla.h"
#include "domain/stagegate.h"
#include "protocol/fieldmerge.h"
#include "storage/knowledgerepository.h"
#include "storage/leadhistoryrepository.h"
#include "storage/leadrepository.h"
#include "sync/outbox.h"
#include "testreplica.h"

#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

DemoSummary generate(const QSqlDatabase &db, quint32 seed, int leads = 400)
{
    DemoOptions options;
    options.seed = seed;
    options.leads = leads;
    options.now = Now;
    DemoGenerator generator(db, options);
    if (!generator.run())
        qWarning() << generator.errorText();
    return generator.summary();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        const DemoSummary s = generate(r->db(), 7);
        QCOMPARE(s.leads, 400);
    }
    void cleanupTestCase() { delete r; }

    void countsMatchTheSummaryAndTheRecipe()
    {
        const QSqlDatabase db = r->db();
        QVERIFY(DemoGenerator::isComplete(db));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM region"_s), 6);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM app_user WHERE role = 'supervisor'"_s), 4);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM app_user WHERE role = 'rep'"_s), 40);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM lead"_s), 400);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT industry) FROM lead"_s), 5);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT source) FROM lead"_s), 6);
        const int activities = scalar(db, u"SELECT count(*) FROM activity"_s);
        QVERIFY2(activities > 400 * 7 && activities < 400 * 13, qPrintable(QString::number(activities)));
        // Demo rows arrive as server data: nothing is pending upload.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM pending_change"_s), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM lead WHERE rev = 0"_s), 0);
        // About 37% of activities carry real progress.
        const int progress = scalar(db, u"SELECT count(*) * 100 / (SELECT count(*) FROM activity) FROM activity WHERE progress = 1"_s);
        QVERIFY2(progress >= 25 && progress <= 45, qPrintable(QString::number(progress)));
        // Chinese text throughout.
        QVERIFY(scalar(db, u"SELECT count(*) FROM account WHERE name LIKE '%有限公司'"_s) > 0);
    }

    void isDeterministicPerSeed()
    {
        test::TestReplica again;
        generate(again.db(), 7);
        test::TestReplica other;
        generate(other.db(), 8);
        auto firstIds = [](const QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(u"SELECT id || title || stage_key FROM lead ORDER BY id LIMIT 20"_s);
            QStringList ids;
            while (q.next())
                ids << q.value(0).toString();
            return ids;
        };
        QCOMPARE(firstIds(again.db()), firstIds(r->db()));
        QCOMPARE(scalar(again.db(), u"SELECT count(*) FROM activity"_s), scalar(r->db(), u"SELECT count(*) FROM activity"_s));
        QVERIFY(firstIds(other.db()) != firstIds(r->db()));
    }

    void idsAreVersion7InTheOrderRowsWereWritten()
    {
        // As an import made at Now: version-7 ids, each later than the one
        // written before it, so that a pull appends to every id index.
        const QSqlDatabase db = r->db();
        for (const QString &table : {u"account"_s, u"contact"_s, u"lead"_s, u"activity"_s, u"stage_change"_s}) {
            QCOMPARE(scalar(db, u"SELECT count(*) FROM %1 WHERE substr(id, 15, 1) <> '7'"_s.arg(table)), 0);
            QCOMPARE(scalar(db, u"SELECT count(*) FROM %1 a JOIN %1 b ON b.rowid = a.rowid + 1 WHERE b.id <= a.id"_s.arg(table)), 0);
            QVERIFY(scalar(db, u"SELECT count(*) FROM %1"_s.arg(table)) > 1);
        }
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT min(id) FROM app_user"_s) && q.next());
        const QString first = q.value(0).toString();
        const qint64 ms = QStringView(first).left(8).toLongLong(nullptr, 16) << 16 | QStringView(first).mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY2(ms >= Now.toMSecsSinceEpoch() && ms < Now.toMSecsSinceEpoch() + 1000, qPrintable(first));
    }

    void everyLeadEarnedItsStage()
    {
        const QSqlDatabase db = r->db();
        const PipelineTemplate pipeline = *KnowledgeRepository(db).findTemplate(u"default"_s);
        LeadHistoryRepository history(db);
        const auto leads = LeadRepository(db).listPage(0, 400);
        QCOMPARE(leads.size(), 400);
        int missingForNext = 0;
        for (const LeadListRow &row : leads) {
            const auto evidence = history.evidenceOf(row.id);
            const GateResult gate = checkAdvance(pipeline, pipeline.stages.first().key, row.stageKey, evidence);
            QVERIFY2(gate.passed, qPrintable(row.id));
            if (const StageDefinition *next = pipeline.nextStage(row.stageKey))
                missingForNext += checkStageGate(pipeline, next->key, evidence).passed ? 0 : 1;
        }
        QVERIFY(missingForNext > 100); // plenty of leads still lack something for the next stage
    }

    void someSlasAreOverdueAndSomeLeadsFlowedBack()
    {
        const QSqlDatabase db = r->db();
        const PipelineTemplate pipeline = *KnowledgeRepository(db).findTemplate(u"default"_s);
        LeadRepository leads(db);
        LeadHistoryRepository history(db);
        int late = 0, onTime = 0;
        for (const LeadListRow &row : leads.listPage(0, 400)) {
            const Lead lead = *leads.find(row.id);
            const SlaStatus sla = evaluateSla(*pipeline.stage(lead.stageKey),
                                              slaClockStart(lead.stageEnteredAt, history.evidenceOf(lead.id), pipeline, lead.stageKey),
                                              Now);
            (sla.state == SlaState::OnTrack || sla.state == SlaState::Due ? onTime : late)++;
        }
        QVERIFY2(late > 40 && onTime > 40, qPrintable(u"late %1 on time %2"_s.arg(late).arg(onTime)));
        QVERIFY(scalar(db, u"SELECT count(*) FROM stage_change WHERE backflow = 1"_s) > 0);
    }

    void backfilledBurstsLookLikeTheSeeds()
    {
        // Many visits entered by one rep within one afternoon, each in under 40 s,
        // covering several days.
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT owner_id, count(*), max(happened_at) - min(happened_at), "
                       u"max(entered_at) - min(entered_at) FROM activity "
                       u"WHERE entry_seconds < 40 GROUP BY owner_id, entered_at / 86400000 HAVING count(*) >= 40"_s));
        int bursts = 0;
        while (q.next()) {
            ++bursts;
            QVERIFY(q.value(2).toLongLong() > 2 * 86400000LL);  // covering days
            QVERIFY(q.value(3).toLongLong() < 5 * 3600000LL);   // entered in one sitting
        }
        QVERIFY(bursts >= 3);
    }

    void searchIndexIsWhatTheTriggersWouldBuild()
    {
        // Generation keeps lead_search by one rebuild at the end, with the
        // triggers suspended: they must be back, and recomputing every lead's
        // text through them must change nothing.
        const QSqlDatabase db = r->db();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                            "AND substr(name, 1, 12) = 'lead_search_'"_s), 7);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM lead_search"_s), 400);
        const auto texts = [&db] {
            QStringList out;
            QSqlQuery q(db);
            q.exec(u"SELECT lead_id || ':' || text FROM lead_search ORDER BY lead_id"_s);
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        const QStringList built = texts();
        QVERIFY(built.first().contains(u' '));
        QSqlQuery touch(db);
        QVERIFY(touch.exec(u"UPDATE lead SET title = title"_s)); // lead_search_update for every lead
        QCOMPARE(texts(), built);
        // And a contact's phone digits find its account's leads.
        QVERIFY(scalar(db, u"SELECT count(*) FROM lead_search s JOIN lead l ON l.id = s.lead_id "
                           "JOIN contact c ON c.account_id = l.account_id AND c.deleted = 0 AND c.phone IS NOT NULL "
                           "WHERE instr(s.text, replace(replace(replace(c.phone, ' ', ''), '-', ''), '+', '')) = 0"_s)
                == 0);
    }

    void everyRowObeysTheRuleTable()
    {
        // The demo reaches a server through `sales-server import`, which checks
        // values as a push does: every row must pass, and name rows that exist.
        const QSqlDatabase db = r->db();
        QHash<QString, QSet<QString>> ids;
        for (const protocol::EntitySpec &spec : protocol::entities()) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT id FROM %1"_s.arg(spec.name)));
            while (q.next())
                ids[spec.name].insert(q.value(0).toString());
        }
        int rows = 0, references = 0;
        for (const protocol::EntitySpec &spec : protocol::entities()) {
            QStringList columns;
            for (const protocol::FieldSpec &f : spec.fields)
                columns << f.name;
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT id, %1 FROM %2"_s.arg(columns.join(u", "_s), spec.name)));
            while (q.next()) {
                QJsonObject fields;
                for (qsizetype i = 0; i < spec.fields.size(); ++i)
                    fields.insert(spec.fields.at(i).name,
                                  Outbox::toJson(q.value(int(i) + 1),
                                                 spec.fields.at(i).type == protocol::FieldType::Integer));
                const QString where = spec.name + u' ' + q.value(0).toString();
                const auto bad = protocol::validateFields(spec, fields, true);
                QVERIFY2(!bad, qPrintable(where + u": "_s + (bad ? bad->message : QString())));
                for (const protocol::Reference &ref : protocol::referencesIn(spec, fields)) {
                    ++references;
                    QVERIFY2(ids.value(ref.field->references).contains(ref.id),
                             qPrintable(protocol::missingReference(spec, ref).message));
                }
                ++rows;
            }
        }
        QVERIFY(rows > 5000);
        QVERIFY(references > rows);
    }

    void rerunReplacesPartialData()
    {
        test::TestReplica partial;
        DemoOptions options;
        options.leads = 4000;
        options.now = Now;
        int calls = 0;
        DemoGenerator cancelled(partial.db(), options);
        QVERIFY(!cancelled.run([&](int) { return ++calls < 1; })); // cancel after the first chunk
        QVERIFY(!DemoGenerator::isComplete(partial.db()));
        QVERIFY(scalar(partial.db(), u"SELECT count(*) FROM lead"_s) > 0);
        options.leads = 50;
        DemoGenerator complete(partial.db(), options);
        QVERIFY(complete.run());
        QCOMPARE(scalar(partial.db(), u"SELECT count(*) FROM lead"_s), 50);
        QVERIFY(DemoGenerator::isComplete(partial.db()));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
