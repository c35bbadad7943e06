// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "sync/conflictstore.h"
#include "testreplica.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QString Sha = QString(64, u'a');

ConflictRecord record(const QString &entity, const QString &rowId, const QString &field, const QJsonValue &mine,
                      const QJsonValue &server, const QJsonValue &base = QJsonValue(u"起始值"_s))
{
    ConflictRecord r;
    r.entity = entity;
    r.rowId = rowId;
    r.field = field;
    r.mine = mine;
    r.server = server;
    r.base = base;
    return r;
}

} // namespace

class TestConflictStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestReplica> m_replica;
    FixedClock m_clock{T0};
    std::unique_ptr<ConflictStore> m_store;

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
    int pendingCount() const { return value(u"SELECT count(*) FROM pending_change"_s).toInt(); }
    QVariant pendingBase(const QString &field) const
    {
        return value(u"SELECT base_value FROM pending_change WHERE entity = 'lead' AND row_id = 'L1' AND field = '%1'"_s
                         .arg(field));
    }
    // Adds r and returns its id (the newest open record).
    qint64 add(const ConflictRecord &r)
    {
        if (!m_store->add(r))
            return 0;
        return m_store->openRecords().constLast().id;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(T0);
        m_replica = std::make_unique<test::TestReplica>();
        // Rows as a pull leaves them: synced (rev > 0), no pending changes.
        exec(u"INSERT INTO pipeline_template (id, name, definition, rev, updated_at) VALUES ('T', '默认', '{}', 1, 1)"_s);
        exec(u"INSERT INTO account (id, name, created_at, rev, updated_at) VALUES ('A1', '杭州恒达机械', 1, 2, 1)"_s);
        exec(u"INSERT INTO contact (id, account_id, name, created_at, rev, updated_at) "
             u"VALUES ('C1', 'A1', '王伟', 1, 3, 1)"_s);
        exec(u"INSERT INTO lead (id, account_id, owner_id, title, template_id, stage_key, stage_entered_at, "
             u"amount_yuan, status, created_at, rev, updated_at) "
             u"VALUES ('L1', 'A1', 'rep-1', '服务器的标题', 'T', 'discover', 1, 600000, 'open', 1, 4, 1)"_s);
        exec(u"INSERT INTO evidence_item (id, lead_id, stage_key, requirement_key, kind, text, created_at, rev, "
             u"updated_at) VALUES ('E1', 'L1', 'discover', 'pain', 'text', '痛点', 1, 5, 1)"_s);
        exec(u"INSERT INTO activity (id, lead_id, kind, happened_at, entered_at, rev, updated_at) "
             u"VALUES ('V1', 'L1', 'call', 1, 1, 6, 1)"_s);
        exec(u"INSERT INTO stage_change (id, lead_id, to_stage, changed_at, rev, updated_at) "
             u"VALUES ('S1', 'L1', 'discover', 1, 7, 1)"_s);
        exec(u"INSERT INTO blob (sha256, size, data, created_at) VALUES ('%1', 1, x'00', 1)"_s.arg(Sha));
        exec(u"INSERT INTO activity_attachment (id, activity_id, blob_sha256, file_name, rev, updated_at) "
             u"VALUES ('F1', 'V1', '%1', '白板.png', 8, 1)"_s.arg(Sha));
        m_store = std::make_unique<ConflictStore>(m_replica->db(), m_clock);
        QCOMPARE(pendingCount(), 0);
    }

    void cleanup()
    {
        m_store.reset();
        m_replica.reset();
    }

    void valuesAreStoredAsOneElementArrays()
    {
        QCOMPARE(ConflictStore::encode(QJsonValue(u"新标题"_s)), u"[\"新标题\"]"_s);
        QCOMPARE(ConflictStore::encode(QJsonValue(650000)), u"[650000]"_s);
        QCOMPARE(ConflictStore::encode(QJsonValue(QJsonValue::Null)), u"[null]"_s);
        QVERIFY(ConflictStore::encode(QJsonValue(QJsonValue::Undefined)).isNull());
        const QJsonObject row{{u"title"_s, u"标题"_s}, {u"amount_yuan"_s, 5}};
        QCOMPARE(ConflictStore::decode(ConflictStore::encode(row)), QJsonValue(row));
        QCOMPARE(ConflictStore::decode(u"[null]"_s), QJsonValue(QJsonValue::Null));
        QVERIFY(ConflictStore::decode(QString()).isUndefined());
        QVERIFY(ConflictStore::decode(u"not json"_s).isUndefined());
        QVERIFY(ConflictStore::decode(u"[1, 2]"_s).isUndefined());
    }

    void addedRecordsComeBackOpenAndInOrder()
    {
        QVERIFY(m_store->add(record(u"lead"_s, u"L1"_s, u"title"_s, u"我的标题"_s, u"服务器的标题"_s)));
        ConflictRecord rejected = record(u"lead"_s, u"L1"_s, u"stage_key"_s, u"proposal"_s, u"discover"_s);
        rejected.kind = ConflictRecord::Kind::Rejected;
        rejected.code = u"stage_gate"_s;
        rejected.message = u"缺少证据：客户痛点"_s;
        rejected.createdAt = T0.addSecs(-3600);
        QVERIFY(m_store->add(rejected));
        ConflictRecord lost = record(u"lead"_s, u"L9"_s, u"*"_s, QJsonObject{{u"title"_s, u"转走的商机"_s}},
                                     QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined));
        lost.kind = ConflictRecord::Kind::LostAccess;
        QVERIFY(m_store->add(lost));

        QCOMPARE(m_store->openCount(), 3);
        const QList<ConflictRecord> open = m_store->openRecords();
        QCOMPARE(open.size(), 3);
        QVERIFY(open[0].id < open[1].id && open[1].id < open[2].id);
        QCOMPARE(open[0].kind, ConflictRecord::Kind::Conflict);
        QCOMPARE(open[0].mine, QJsonValue(u"我的标题"_s));
        QCOMPARE(open[0].server, QJsonValue(u"服务器的标题"_s));
        QCOMPARE(open[0].base, QJsonValue(u"起始值"_s));
        QCOMPARE(open[0].createdAt, T0);
        QCOMPARE(open[1].kind, ConflictRecord::Kind::Rejected);
        QCOMPARE(open[1].code, u"stage_gate"_s);
        QCOMPARE(open[1].message, u"缺少证据：客户痛点"_s);
        QCOMPARE(open[1].createdAt, T0.addSecs(-3600));
        QCOMPARE(open[2].kind, ConflictRecord::Kind::LostAccess);
        QCOMPARE(open[2].field, u"*"_s);
        QCOMPARE(open[2].mine.toObject().value(u"title"_s).toString(), u"转走的商机"_s);
        QVERIFY(open[2].server.isUndefined());
        // The column format of schema 7: JSON text of [value], NULL when absent.
        QCOMPARE(value(u"SELECT mine FROM sync_conflict WHERE id = %1"_s.arg(open[0].id)).toString(),
                 u"[\"我的标题\"]"_s);
        QVERIFY(value(u"SELECT server FROM sync_conflict WHERE id = %1"_s.arg(open[2].id)).isNull());
        QCOMPARE(value(u"SELECT kind FROM sync_conflict WHERE id = %1"_s.arg(open[2].id)).toString(),
                 u"lost_access"_s);
    }

    void keepMineWritesALocalEditBasedOnTheServersValue()
    {
        const qint64 id = add(record(u"lead"_s, u"L1"_s, u"title"_s, u"我的标题"_s, u"服务器的标题"_s));
        QVERIFY(id > 0);
        m_clock.advanceSeconds(60);
        QVERIFY2(m_store->keepMine(id), qPrintable(m_store->errorText()));
        QCOMPARE(value(u"SELECT title FROM lead WHERE id = 'L1'"_s).toString(), u"我的标题"_s);
        QCOMPARE(value(u"SELECT updated_at FROM lead WHERE id = 'L1'"_s).toLongLong(), m_clock.now().toMSecsSinceEpoch());
        QCOMPARE(pendingCount(), 1);
        QCOMPARE(pendingBase(u"title"_s).toString(), u"服务器的标题"_s);
        QCOMPARE(m_store->openCount(), 0);
        QCOMPARE(value(u"SELECT resolved_at FROM sync_conflict WHERE id = %1"_s.arg(id)).toLongLong(),
                 m_clock.now().toMSecsSinceEpoch());
    }

    void keepMineStillPushesWhenTheRowAlreadyHoldsMine()
    {
        // Resolved before the pull replaced the local value: the writer sees no change.
        exec(u"UPDATE lead SET title = '我的标题' WHERE id = 'L1'"_s);
        const qint64 id = add(record(u"lead"_s, u"L1"_s, u"title"_s, u"我的标题"_s, u"服务器的标题"_s));
        QVERIFY2(m_store->keepMine(id), qPrintable(m_store->errorText()));
        QCOMPARE(value(u"SELECT title FROM lead WHERE id = 'L1'"_s).toString(), u"我的标题"_s);
        QCOMPARE(pendingBase(u"title"_s).toString(), u"服务器的标题"_s);
        QCOMPARE(m_store->openCount(), 0);
    }

    void keepServerLeavesTheRowAlone()
    {
        const qint64 id = add(record(u"lead"_s, u"L1"_s, u"title"_s, u"我的标题"_s, u"服务器的标题"_s));
        m_clock.advanceSeconds(60);
        QVERIFY(m_store->keepServer(id));
        QCOMPARE(value(u"SELECT title FROM lead WHERE id = 'L1'"_s).toString(), u"服务器的标题"_s);
        QCOMPARE(value(u"SELECT updated_at FROM lead WHERE id = 'L1'"_s).toLongLong(), 1);
        QCOMPARE(pendingCount(), 0);
        QCOMPARE(m_store->openCount(), 0);
        QVERIFY(!m_store->keepServer(id)); // already resolved
        QVERIFY(!m_store->keepMine(id));
        QVERIFY(!m_store->errorText().isEmpty());
        QCOMPARE(value(u"SELECT title FROM lead WHERE id = 'L1'"_s).toString(), u"服务器的标题"_s);
    }

    void resolveWithTakesTypedTextInTheFieldsType()
    {
        const qint64 id = add(record(u"lead"_s, u"L1"_s, u"amount_yuan"_s, 650000, 600000, 500000));
        QVERIFY(!m_store->resolveWith(id, QJsonValue(u"六十二万"_s)));
        QVERIFY(!m_store->errorText().isEmpty());
        QCOMPARE(value(u"SELECT amount_yuan FROM lead WHERE id = 'L1'"_s).toLongLong(), 600000);
        QCOMPARE(pendingCount(), 0);
        QCOMPARE(m_store->openCount(), 1);

        QVERIFY2(m_store->resolveWith(id, QJsonValue(u" 620000 "_s)), qPrintable(m_store->errorText()));
        QCOMPARE(value(u"SELECT typeof(amount_yuan) FROM lead WHERE id = 'L1'"_s).toString(), u"integer"_s);
        QCOMPARE(value(u"SELECT amount_yuan FROM lead WHERE id = 'L1'"_s).toLongLong(), 620000);
        QCOMPARE(pendingBase(u"amount_yuan"_s).toLongLong(), 600000);
        QCOMPARE(m_store->openCount(), 0);
    }

    void anEmptyMergeClearsAnOptionalField()
    {
        const qint64 id = add(record(u"lead"_s, u"L1"_s, u"industry"_s, u"工业设备"_s, u"汽车零部件"_s));
        exec(u"UPDATE lead SET industry = '汽车零部件' WHERE id = 'L1'"_s);
        QVERIFY2(m_store->resolveWith(id, QJsonValue(u""_s)), qPrintable(m_store->errorText()));
        QVERIFY(value(u"SELECT industry IS NULL FROM lead WHERE id = 'L1'"_s).toBool());
        QCOMPARE(pendingBase(u"industry"_s).toString(), u"汽车零部件"_s);
    }

    void resolveWithRefusesValuesOutsideAClosedSet()
    {
        const qint64 id = add(record(u"lead"_s, u"L1"_s, u"status"_s, u"won"_s, u"lost"_s, u"open"_s));
        QVERIFY(!m_store->resolveWith(id, QJsonValue(u"maybe"_s)));
        QVERIFY(m_store->errorText().contains(u"won"_s));
        QVERIFY(!m_store->resolveWith(id, QJsonValue(QJsonValue::Null))); // required
        QCOMPARE(value(u"SELECT status FROM lead WHERE id = 'L1'"_s).toString(), u"open"_s);
        QCOMPARE(m_store->openCount(), 1);
    }

    void wholeRowsAndMissingRowsAreRefused()
    {
        ConflictRecord lost = record(u"lead"_s, u"L1"_s, u"*"_s, QJsonObject{{u"title"_s, u"整条"_s}},
                                     QJsonValue(QJsonValue::Undefined));
        lost.kind = ConflictRecord::Kind::LostAccess;
        const qint64 whole = add(lost);
        QVERIFY(!m_store->keepMine(whole));
        QVERIFY(!m_store->errorText().isEmpty());
        QVERIFY(!m_store->resolveWith(whole, QJsonValue(u"整条"_s)));

        const qint64 gone = add(record(u"lead"_s, u"L-gone"_s, u"title"_s, u"我的标题"_s, u"服务器的标题"_s));
        m_store->keepServer(-1); // leaves an unrelated error behind
        QVERIFY(!m_store->keepMine(gone));
        QVERIFY(m_store->errorText().contains(u"不在本机"_s));
        QVERIFY(!m_store->resolveWith(gone, QJsonValue(u"合并"_s)));

        QCOMPARE(m_store->openCount(), 2);
        QCOMPARE(pendingCount(), 0);
        QCOMPARE(value(u"SELECT count(*) FROM lead WHERE id = 'L-gone'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT title FROM lead WHERE id = 'L1'"_s).toString(), u"服务器的标题"_s);
        // Acknowledging (keepServer) still closes them.
        QVERIFY(m_store->keepServer(whole));
        QVERIFY(m_store->keepServer(gone));
        QCOMPARE(m_store->openCount(), 0);
    }

    void aFailedWriteLeavesNoTrace()
    {
        // contact_id must name a contact: the UPDATE fails after the writer has
        // already recorded its pending_change, and the transaction takes it back.
        const qint64 id = add(record(u"lead"_s, u"L1"_s, u"contact_id"_s, u"C-missing"_s, u"C1"_s));
        QVERIFY(!m_store->keepMine(id));
        QVERIFY(!m_store->errorText().isEmpty());
        QCOMPARE(pendingCount(), 0);
        QVERIFY(value(u"SELECT contact_id FROM lead WHERE id = 'L1'"_s).isNull());
        QCOMPARE(m_store->openCount(), 1);
        QVERIFY(value(u"SELECT resolved_at FROM sync_conflict WHERE id = %1"_s.arg(id)).isNull());
    }

    void rowLabelsSayWhatTheRowIs()
    {
        QCOMPARE(m_store->rowLabel(u"lead"_s, u"L1"_s), u"服务器的标题"_s);
        QCOMPARE(m_store->rowLabel(u"evidence_item"_s, u"E1"_s), u"服务器的标题 · 证据"_s);
        QCOMPARE(m_store->rowLabel(u"activity"_s, u"V1"_s), u"服务器的标题 · 跟进记录"_s);
        QCOMPARE(m_store->rowLabel(u"stage_change"_s, u"S1"_s), u"服务器的标题 · 阶段变更"_s);
        QCOMPARE(m_store->rowLabel(u"activity_attachment"_s, u"F1"_s), u"服务器的标题 · 跟进记录附件"_s);
        QCOMPARE(m_store->rowLabel(u"account"_s, u"A1"_s), u"杭州恒达机械"_s);
        QCOMPARE(m_store->rowLabel(u"contact"_s, u"C1"_s), u"王伟"_s);
        QCOMPARE(m_store->rowLabel(u"lead"_s, u"L-gone"_s), u"lead L-gone"_s);
        QCOMPARE(m_store->rowLabel(u"case_study"_s, u"K1"_s), u"case_study K1"_s);
    }
};

QTEST_GUILESS_MAIN(TestConflictStore)
#include "tst_conflictstore.moc"
