// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "protocol/entitycatalog.h"
#include "storage/trackedwriter.h"
#include "sync/conflictstore.h"
#include "sync/outbox.h"
#include "sync/rowapplier.h"
#include "testreplica.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
qint64 ms(qint64 offset) { return T0.toMSecsSinceEpoch() + offset; }

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QStringList fieldNames(const QString &entity)
{
    QStringList names;
    for (const protocol::FieldSpec &f : protocol::entity(entity)->fields)
        names << f.name;
    names.sort();
    return names;
}

// What a pull brings for a lead, every field.
QJsonObject serverLead(const QString &title)
{
    return {{u"account_id"_s, u"A1"_s}, {u"contact_id"_s, u"C1"_s},    {u"owner_id"_s, u"rep-1"_s},
            {u"title"_s, title},        {u"industry"_s, u"汽车零部件"_s}, {u"template_id"_s, u"T"_s},
            {u"stage_key"_s, u"discover"_s}, {u"stage_entered_at"_s, 1}, {u"amount_yuan"_s, 800000},
            {u"status"_s, u"open"_s},   {u"created_at"_s, 1},           {u"updated_at"_s, 50},
            {u"deleted"_s, 0}};
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestReplica> m_replica;
    FixedClock m_clock{T0};
    std::unique_ptr<TrackedWriter> m_writer;
    std::unique_ptr<Outbox> m_outbox;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_replica->db());
        if (!q.exec(sql))
            QFAIL(qPrintable(q.lastError().text() + u" in "_s + sql));
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(m_replica->db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    // Saves through the tracked writer at T0 + offset ms.
    bool save(qint64 offset, const QString &table, const QString &id, const QVariantMap &fields)
    {
        m_clock.set(T0.addMSecs(offset));
        if (m_writer->save(table, id, fields))
            return true;
        qWarning() << m_writer->errorText();
        return false;
    }
    bool newEvidence(qint64 offset, const QString &id)
    {
        return save(offset, u"evidence_item"_s, id,
                    {{u"lead_id"_s, u"L1"_s}, {u"stage_key"_s, u"discover"_s}, {u"requirement_key"_s, u"pain"_s},
                     {u"kind"_s, u"text"_s}, {u"text"_s, u"预算紧张"_s}, {u"created_at"_s, ms(offset)}});
    }
    // Seals (failing the test if it cannot) and returns every op.
    QList<OutboxOp> seal()
    {
        QString error;
        if (!m_outbox->seal(&error)) {
            QTest::qFail(qPrintable(u"seal: "_s + error), __FILE__, __LINE__);
            return {};
        }
        return m_outbox->ops(1000);
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(T0);
        m_replica = std::make_unique<test::TestReplica>();
        // Synced rows (rev > 0) as a pull leaves them.
        exec(u"INSERT INTO pipeline_template (id, name, definition, rev, updated_at) VALUES ('T', '默认', '{}', 1, 1)"_s);
        exec(u"INSERT INTO account (id, name, created_at, rev, updated_at) VALUES ('A1', '杭州恒达机械', 1, 2, 1)"_s);
        exec(u"INSERT INTO contact (id, account_id, name, created_at, rev, updated_at) "
             u"VALUES ('C1', 'A1', '王伟', 1, 3, 1)"_s);
        exec(u"INSERT INTO lead (id, account_id, owner_id, title, template_id, stage_key, stage_entered_at, "
             u"amount_yuan, status, created_at, rev, updated_at) "
             u"VALUES ('L1', 'A1', 'rep-1', '服务器的标题', 'T', 'discover', 1, 600000, 'open', 1, 4, 1)"_s);
        exec(u"INSERT INTO evidence_item (id, lead_id, stage_key, requirement_key, kind, text, created_at, rev, "
             u"updated_at) VALUES ('E1', 'L1', 'discover', 'pain', 'text', '痛点', 1, 5, 1)"_s);
        m_writer = std::make_unique<TrackedWriter>(m_replica->db(), m_clock);
        m_outbox = std::make_unique<Outbox>(m_replica->db());
    }
    void cleanup() { m_outbox.reset(); m_writer.reset(); m_replica.reset(); }

    void aNewRowIsOneOpWithEveryField()
    {
        QVERIFY(save(1, u"account"_s, u"A2"_s, {{u"name"_s, u"苏州新材"_s}, {u"city"_s, u"苏州"_s}, {u"created_at"_s, ms(1)}}));
        QCOMPARE(m_outbox->pendingRows(), 1);
        const QList<OutboxOp> ops = seal();
        QCOMPARE(ops.size(), 1);
        const OutboxOp &op = ops.constFirst();
        QVERIFY(op.isNew);
        QCOMPARE(op.entity, u"account"_s);
        QCOMPARE(op.rowId, u"A2"_s);
        QCOMPARE(keys(op.fields), fieldNames(u"account"_s));
        QCOMPARE(op.fields.value(u"name"_s).toString(), u"苏州新材"_s);
        QCOMPARE(op.fields.value(u"city"_s).toString(), u"苏州"_s);
        QVERIFY(op.fields.value(u"industry"_s).isNull());
        QCOMPARE(op.fields.value(u"created_at"_s).toInteger(), ms(1));
        QCOMPARE(op.fields.value(u"updated_at"_s).toInteger(), ms(1));
        QCOMPARE(op.fields.value(u"deleted"_s).toInteger(), 0);
        QVERIFY(op.bases.isEmpty());
        const QJsonObject json = op.toJson();
        QCOMPARE(json.value(u"new"_s), QJsonValue(true));
        QVERIFY(!json.contains(u"b"_s));
        QCOMPARE(json.value(u"op"_s).toString(), op.opId);
        QCOMPARE(json.value(u"f"_s).toObject(), op.fields);
    }

    void aNewRowEditedLaterIsACreateAndAnUpdate()
    {
        QVERIFY(save(1, u"lead"_s, u"L2"_s,
                     {{u"account_id"_s, u"A1"_s}, {u"owner_id"_s, u"rep-1"_s}, {u"title"_s, u"原标题"_s},
                      {u"template_id"_s, u"T"_s}, {u"stage_key"_s, u"discover"_s}, {u"stage_entered_at"_s, ms(1)},
                      {u"amount_yuan"_s, 100}, {u"status"_s, u"open"_s}, {u"created_at"_s, ms(1)}}));
        QVERIFY(save(5, u"lead"_s, u"L2"_s, {{u"title"_s, u"新标题"_s}, {u"amount_yuan"_s, 200}}));
        QVERIFY(save(6, u"lead"_s, u"L2"_s, {{u"title"_s, u"最终标题"_s}}));
        const QList<OutboxOp> ops = seal();
        QCOMPARE(ops.size(), 2);
        const OutboxOp &create = ops.at(0);
        QVERIFY(create.isNew);
        QCOMPARE(keys(create.fields), fieldNames(u"lead"_s));
        QCOMPARE(create.fields.value(u"title"_s).toString(), u"原标题"_s);
        QCOMPARE(create.fields.value(u"amount_yuan"_s).toInteger(), 100);
        QCOMPARE(create.fields.value(u"stage_key"_s).toString(), u"discover"_s);
        const OutboxOp &update = ops.at(1);
        QVERIFY(!update.isNew);
        QCOMPARE(update.rowId, u"L2"_s);
        QCOMPARE(update.fields, (QJsonObject{{u"title"_s, u"最终标题"_s}, {u"amount_yuan"_s, 200}}));
        QCOMPARE(update.bases, (QJsonObject{{u"title"_s, u"原标题"_s}, {u"amount_yuan"_s, 100}}));
        QVERIFY(!update.toJson().contains(u"new"_s));
    }

    void anUpdateCarriesCurrentValuesAndFirstBases()
    {
        QVERIFY(save(1, u"lead"_s, u"L1"_s, {{u"title"_s, u"第一次"_s}}));
        QVERIFY(save(2, u"lead"_s, u"L1"_s, {{u"title"_s, u"第二次"_s}, {u"amount_yuan"_s, 650000}}));
        QVERIFY(save(3, u"evidence_item"_s, u"E1"_s, {{u"text"_s, QVariant()}}));
        m_clock.set(T0.addMSecs(4));
        QVERIFY(m_writer->remove(u"evidence_item"_s, u"E1"_s));
        const QList<OutboxOp> ops = seal();
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(0).entity, u"lead"_s);
        QVERIFY(!ops.at(0).isNew);
        QCOMPARE(ops.at(0).fields, (QJsonObject{{u"title"_s, u"第二次"_s}, {u"amount_yuan"_s, 650000}}));
        QCOMPARE(ops.at(0).bases, (QJsonObject{{u"title"_s, u"服务器的标题"_s}, {u"amount_yuan"_s, 600000}}));
        QCOMPARE(ops.at(0).toJson().value(u"b"_s).toObject(), ops.at(0).bases);
        // A cleared field is sent as null; a delete is a tombstone.
        QCOMPARE(ops.at(1).entity, u"evidence_item"_s);
        QCOMPARE(ops.at(1).fields,
                 (QJsonObject{{u"text"_s, QJsonValue(QJsonValue::Null)}, {u"deleted"_s, 1}}));
        QCOMPARE(ops.at(1).bases, (QJsonObject{{u"text"_s, u"痛点"_s}, {u"deleted"_s, 0}}));
    }

    void opsFollowEachRowsLastChange()
    {
        QVERIFY(save(1, u"lead"_s, u"L1"_s, {{u"amount_yuan"_s, 700000}}));
        QVERIFY(newEvidence(2, u"E2"_s));
        QVERIFY(save(3, u"lead"_s, u"L1"_s, {{u"stage_key"_s, u"qualify"_s}, {u"stage_entered_at"_s, ms(3)}}));
        QVERIFY(save(4, u"activity"_s, u"V2"_s,
                     {{u"lead_id"_s, u"L1"_s}, {u"kind"_s, u"call"_s}, {u"happened_at"_s, ms(4)},
                      {u"entered_at"_s, ms(4)}, {u"entry_seconds"_s, 30}, {u"progress"_s, 1}}));
        const QList<OutboxOp> ops = seal();
        QCOMPARE(ops.size(), 3);
        QCOMPARE(ops.at(0).entity, u"evidence_item"_s); // the evidence the advance needs goes first
        QVERIFY(ops.at(0).isNew);
        QCOMPARE(ops.at(1).entity, u"lead"_s);
        QCOMPARE(keys(ops.at(1).fields), (QStringList{u"amount_yuan"_s, u"stage_entered_at"_s, u"stage_key"_s}));
        QCOMPARE(ops.at(2).entity, u"activity"_s);
        QVERIFY(ops.at(0).seq < ops.at(1).seq && ops.at(1).seq < ops.at(2).seq);
    }

    void opsFollowTheOrderOfChangesNotTheClock()
    {
        // The same millisecond, and then a clock that steps back: ops still go in
        // the order the changes were made (pending_change.seq).
        QVERIFY(save(7, u"evidence_item"_s, u"E1"_s, {{u"text"_s, u"新痛点"_s}}));
        QVERIFY(save(7, u"lead"_s, u"L1"_s, {{u"title"_s, u"新标题"_s}}));
        QVERIFY(save(7, u"contact"_s, u"C2"_s, {{u"account_id"_s, u"A1"_s}, {u"name"_s, u"李娜"_s}, {u"created_at"_s, ms(7)}}));
        QVERIFY(save(5, u"account"_s, u"A1"_s, {{u"city"_s, u"杭州"_s}}));
        const QList<OutboxOp> ops = seal();
        QStringList order;
        for (const OutboxOp &op : ops)
            order << op.entity;
        QCOMPARE(order, (QStringList{u"evidence_item"_s, u"lead"_s, u"contact"_s, u"account"_s}));
    }

    void anAdvanceGoesAfterEvidenceFiledInTheSameMillisecond()
    {
        // A new lead and its evidence: the parent first. Evidence filed for L1 and
        // L1's advance: the evidence first, or the server's stage gate refuses it.
        QVERIFY(newEvidence(7, u"E2"_s));
        QVERIFY(save(7, u"lead"_s, u"L1"_s, {{u"stage_key"_s, u"qualify"_s}}));
        QVERIFY(save(7, u"lead"_s, u"L3"_s,
                     {{u"account_id"_s, u"A1"_s}, {u"owner_id"_s, u"rep-1"_s}, {u"title"_s, u"新商机"_s},
                      {u"template_id"_s, u"T"_s}, {u"stage_key"_s, u"discover"_s}, {u"stage_entered_at"_s, ms(7)},
                      {u"amount_yuan"_s, 1}, {u"status"_s, u"open"_s}, {u"created_at"_s, ms(7)}}));
        QVERIFY(save(7, u"evidence_item"_s, u"E3"_s,
                     {{u"lead_id"_s, u"L3"_s}, {u"stage_key"_s, u"discover"_s}, {u"requirement_key"_s, u"pain"_s},
                      {u"kind"_s, u"text"_s}, {u"created_at"_s, ms(7)}}));
        QStringList order;
        for (const OutboxOp &op : seal())
            order << op.rowId;
        QCOMPARE(order.size(), 4);
        // Evidence before the advance it allows; a new lead before its evidence.
        QCOMPARE(order, (QStringList{u"E2"_s, u"L1"_s, u"L3"_s, u"E3"_s}));
    }

    void sealMovesEverythingWithUniqueIds()
    {
        QVERIFY(save(1, u"lead"_s, u"L1"_s, {{u"title"_s, u"新标题"_s}, {u"amount_yuan"_s, 1}}));
        QVERIFY(newEvidence(2, u"E2"_s));
        QVERIFY(newEvidence(3, u"E3"_s));
        QVERIFY(save(4, u"evidence_item"_s, u"E3"_s, {{u"text"_s, u"改过"_s}}));
        QCOMPARE(m_outbox->pendingRows(), 3); // rows, not fields
        QCOMPARE(m_outbox->count(), 0);
        const QList<OutboxOp> ops = seal();
        QCOMPARE(ops.size(), 4);
        QCOMPARE(m_outbox->count(), 4);
        QCOMPARE(m_outbox->pendingRows(), 0);
        QCOMPARE(value(u"SELECT count(*) FROM pending_change"_s).toInt(), 0);
        QSet<QString> ids;
        for (const OutboxOp &op : ops) {
            QVERIFY2(!QUuid::fromString(op.opId).isNull(), qPrintable(op.opId));
            ids.insert(op.opId);
        }
        QCOMPARE(ids.size(), 4);

        // Nothing new: a second seal adds nothing and keeps the ids a retry sends.
        const QList<OutboxOp> again = seal();
        QCOMPARE(again.size(), 4);
        for (qsizetype i = 0; i < again.size(); ++i)
            QCOMPARE(again.at(i).opId, ops.at(i).opId);
        // A later edit of the same row becomes a new op after them.
        QVERIFY(save(9, u"lead"_s, u"L1"_s, {{u"title"_s, u"再改"_s}}));
        const QList<OutboxOp> more = seal();
        QCOMPARE(more.size(), 5);
        QCOMPARE(more.constLast().fields, (QJsonObject{{u"title"_s, u"再改"_s}}));
        QCOMPARE(more.constLast().bases, (QJsonObject{{u"title"_s, u"新标题"_s}}));
    }

    void aFailedSealChangesNothing()
    {
        QVERIFY(save(1, u"lead"_s, u"L1"_s, {{u"title"_s, u"新标题"_s}}));
        QVERIFY(newEvidence(2, u"E2"_s));
        // The lead's op is written first; the evidence's then fails.
        exec(u"CREATE TRIGGER refuse BEFORE INSERT ON outbox WHEN NEW.entity = 'evidence_item' "
             u"BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s);
        QString error;
        QVERIFY(!m_outbox->seal(&error));
        QVERIFY2(error.contains(u"refused by test"_s), qPrintable(error));
        QCOMPARE(m_outbox->count(), 0);
        QCOMPARE(m_outbox->pendingRows(), 2);
        QCOMPARE(value(u"SELECT count(*) FROM pending_change"_s).toInt(), 2);
        exec(u"DROP TRIGGER refuse"_s);
        QVERIFY2(m_outbox->seal(&error), qPrintable(error));
        QCOMPARE(m_outbox->count(), 2);
    }

    void opsLimitRemoveAndFailures()
    {
        QVERIFY(newEvidence(1, u"E2"_s));
        QVERIFY(newEvidence(2, u"E3"_s));
        QVERIFY(newEvidence(3, u"E4"_s));
        const QList<OutboxOp> all = seal();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).rowId, u"E2"_s);
        QCOMPARE(all.at(2).rowId, u"E4"_s);
        const QList<OutboxOp> two = m_outbox->ops(2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(1).opId, all.at(1).opId);
        QCOMPARE(two.at(1).fields, all.at(1).fields); // the JSON round trip keeps the values

        QVERIFY(m_outbox->noteFailure(all.at(0).opId, u"超时"_s));
        QCOMPARE(value(u"SELECT attempts FROM outbox WHERE op_id = '%1'"_s.arg(all.at(0).opId)).toInt(), 1);
        QCOMPARE(value(u"SELECT last_error FROM outbox WHERE op_id = '%1'"_s.arg(all.at(0).opId)).toString(), u"超时"_s);

        QVERIFY(m_outbox->remove(all.at(1).opId));
        QCOMPARE(m_outbox->count(), 2);
        const QList<OutboxOp> left = m_outbox->ops(10);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).opId, all.at(0).opId);
        QCOMPARE(left.at(1).opId, all.at(2).opId);
    }

    void applyInsertsThenUpdatesWithRev()
    {
        RowApplier rows(m_replica->db());
        QVERIFY(rows.loadPending());
        QJsonObject f{{u"name"_s, u"宁波港机"_s}, {u"industry"_s, u"港口"_s}, {u"created_at"_s, 5},
                      {u"updated_at"_s, 6}, {u"deleted"_s, 0}};
        QVERIFY2(rows.apply(u"account"_s, u"A9"_s, 10, f), qPrintable(rows.errorText()));
        QCOMPARE(value(u"SELECT rev FROM account WHERE id = 'A9'"_s).toLongLong(), 10);
        QCOMPARE(value(u"SELECT typeof(created_at) FROM account WHERE id = 'A9'"_s).toString(), u"integer"_s);
        f.insert(u"name"_s, u"宁波港机集团"_s);
        f.insert(u"industry"_s, u"物流"_s);
        QVERIFY2(rows.apply(u"account"_s, u"A9"_s, 12, f), qPrintable(rows.errorText()));
        QCOMPARE(value(u"SELECT count(*) FROM account WHERE id = 'A9'"_s).toInt(), 1);
        QCOMPARE(value(u"SELECT rev FROM account WHERE id = 'A9'"_s).toLongLong(), 12);
        QCOMPARE(value(u"SELECT name FROM account WHERE id = 'A9'"_s).toString(), u"宁波港机集团"_s);
        QCOMPARE(value(u"SELECT industry FROM account WHERE id = 'A9'"_s).toString(), u"物流"_s);
        QCOMPARE(rows.applied(), 2);
        QVERIFY(rows.apply(u"no_such_entity"_s, u"X"_s, 13, f)); // a newer server's entity: skipped
        QCOMPARE(value(u"SELECT count(*) FROM pending_change"_s).toInt(), 0);
        QCOMPARE(m_outbox->pendingRows(), 0);
    }

    void aPendingFieldKeepsTheLocalValue()
    {
        QVERIFY(save(1, u"lead"_s, u"L1"_s, {{u"title"_s, u"我的标题"_s}}));
        RowApplier rows(m_replica->db());
        QVERIFY(rows.loadPending());
        QVERIFY2(rows.apply(u"lead"_s, u"L1"_s, 20, serverLead(u"服务器新标题"_s)), qPrintable(rows.errorText()));
        QCOMPARE(value(u"SELECT title FROM lead WHERE id = 'L1'"_s).toString(), u"我的标题"_s);
        QCOMPARE(value(u"SELECT industry FROM lead WHERE id = 'L1'"_s).toString(), u"汽车零部件"_s);
        QCOMPARE(value(u"SELECT amount_yuan FROM lead WHERE id = 'L1'"_s).toLongLong(), 800000);
        QCOMPARE(value(u"SELECT rev FROM lead WHERE id = 'L1'"_s).toLongLong(), 4); // the push is still owed
        QCOMPARE(value(u"SELECT base_value FROM pending_change WHERE row_id = 'L1'"_s).toString(), u"服务器的标题"_s);
        const QList<OutboxOp> ops = seal();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.constFirst().fields, (QJsonObject{{u"title"_s, u"我的标题"_s}}));
    }

    void removingARowWithPendingEditsKeepsThemAsLostAccess()
    {
        exec(u"INSERT INTO lead (id, account_id, owner_id, title, template_id, stage_key, stage_entered_at, "
             u"amount_yuan, status, created_at, rev, updated_at) "
             u"VALUES ('L2', 'A1', 'rep-1', '转走的商机', 'T', 'discover', 1, 300000, 'open', 1, 9, 1)"_s);
        QCOMPARE(value(u"SELECT count(*) FROM lead_search WHERE lead_id = 'L2'"_s).toInt(), 1);
        QVERIFY(save(1, u"lead"_s, u"L2"_s, {{u"amount_yuan"_s, 350000}}));
        QVERIFY(save(2, u"account"_s, u"A1"_s, {{u"city"_s, u"杭州"_s}}));
        RowApplier rows(m_replica->db());
        QVERIFY(rows.loadPending());
        QVERIFY2(rows.remove(u"lead"_s, u"L2"_s, ms(100)), qPrintable(rows.errorText()));
        QCOMPARE(rows.removed(), 1);
        QCOMPARE(value(u"SELECT count(*) FROM lead WHERE id = 'L2'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT count(*) FROM lead_search WHERE lead_id = 'L2'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT count(*) FROM pending_change WHERE row_id = 'L2'"_s).toInt(), 0);
        QCOMPARE(m_outbox->pendingRows(), 1); // the account's edit is another row's

        ConflictStore store(m_replica->db(), m_clock);
        const QList<ConflictRecord> open = store.openRecords();
        QCOMPARE(open.size(), 1);
        const ConflictRecord &r = open.constFirst();
        QCOMPARE(r.kind, ConflictRecord::Kind::LostAccess);
        QCOMPARE(r.entity, u"lead"_s);
        QCOMPARE(r.rowId, u"L2"_s);
        QCOMPARE(r.field, u"*"_s);
        QCOMPARE(r.code, u"out_of_scope"_s);
        QCOMPARE(r.createdAt.toMSecsSinceEpoch(), ms(100));
        const QJsonObject mine = r.mine.toObject();
        QCOMPARE(keys(mine), fieldNames(u"lead"_s));
        QCOMPARE(mine.value(u"amount_yuan"_s).toInteger(), 350000);
        QCOMPARE(mine.value(u"title"_s).toString(), u"转走的商机"_s);
        QVERIFY2(r.server.isUndefined(), "the server's side of a lost row is absent, not empty");
        QVERIFY(r.base.isUndefined());

        // Without pending edits a removal leaves no record; a lead still takes its search row along.
        QVERIFY(rows.remove(u"evidence_item"_s, u"E1"_s, ms(101)));
        QVERIFY(rows.remove(u"lead"_s, u"L1"_s, ms(101)));
        QCOMPARE(value(u"SELECT count(*) FROM lead WHERE id = 'L1'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT count(*) FROM lead_search"_s).toInt(), 0);
        QCOMPARE(store.openCount(), 1);
        QCOMPARE(rows.removed(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
