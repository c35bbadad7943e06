// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/leadsearchbatch.h"
#include "storage/transaction.h"
#include "testreplica.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

using Rows = QList<QPair<QString, QString>>;

const QStringList LeadSearchTriggers = {
    u"lead_search_account"_s,        u"lead_search_account_insert"_s, u"lead_search_contact_delete"_s,
    u"lead_search_contact_insert"_s, u"lead_search_contact_update"_s, u"lead_search_insert"_s,
    u"lead_search_update"_s,
};

Rows select(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    Rows rows;
    if (!q.exec(sql)) {
        rows.append({u"<error>"_s, q.lastError().text()});
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString()});
    return rows;
}

Rows searchRows(const QSqlDatabase &db) { return select(db, u"SELECT lead_id, text FROM lead_search ORDER BY lead_id"_s); }
Rows triggers(const QSqlDatabase &db) { return select(db, u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s); }

QString searchText(const QSqlDatabase &db, const QString &leadId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT text FROM lead_search WHERE lead_id = ?"_s);
    q.addBindValue(leadId);
    return q.exec() && q.next() ? q.value(0).toString() : u"<no row>"_s;
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &args = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &arg : args)
        q.addBindValue(arg);
    if (q.exec())
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

// Writes rows the way a writer does: with a batch it names what it wrote.
struct Writer
{
    QSqlDatabase db;
    LeadSearchBatch *batch = nullptr;
    bool ok = true;

    void account(const QString &id, const QString &name)
    {
        ok &= exec(db, u"INSERT INTO account (id, name, created_at, updated_at) VALUES (?, ?, 1, 1)"_s, {id, name});
        if (batch)
            batch->noteAccount(id);
    }
    void contact(const QString &id, const QString &accountId, const QString &name, const QVariant &phone,
                 bool deleted = false)
    {
        ok &= exec(db, u"INSERT INTO contact (id, account_id, name, phone, created_at, updated_at, deleted) "
                       "VALUES (?, ?, ?, ?, 1, 1, ?)"_s,
                   {id, accountId, name, phone, int(deleted)});
        if (batch)
            batch->noteAccount(accountId);
    }
    void lead(const QString &id, const QString &accountId, const QString &title)
    {
        ok &= exec(db, u"INSERT INTO lead (id, account_id, title, template_id, stage_key, stage_entered_at, "
                       "created_at, updated_at) VALUES (?, ?, ?, 'default', 'qualify', 1, 1, 1)"_s,
                   {id, accountId, title});
        if (batch)
            batch->noteLead(id, accountId);
    }
    void update(const QString &sql, const QVariantList &args, const QString &noteAccount)
    {
        ok &= exec(db, sql, args);
        if (batch)
            batch->noteAccount(noteAccount);
    }
};

QString accountId(int i) { return u"A%1"_s.arg(i, 2, 10, QChar(u'0')); }
QString accountName(int i) { return u"杭州智联%1科技有限公司"_s.arg(i); }
QString leadId(int i, int k) { return u"L%1%2"_s.arg(i, 2, 10, QChar(u'0')).arg(k); }
QString leadTitle(int i, int k) { return u"项目%1-%2"_s.arg(i).arg(k); }

// A few dozen leads written in an order that exercises every trigger.
void writeWorkspace(Writer &w)
{
    static const QString names[] = {u"张伟"_s, u"王芳"_s, u"李娜"_s, u"刘洋"_s, u"陈静"_s, u"杨磊"_s};
    const auto contacts = [&](int i, int count) {
        for (int j = 0; j < count; ++j) {
            QVariant phone; // NULL
            switch ((i + j) % 4) {
            case 0: phone = u"+86 138-0013-80%1%2"_s.arg(i % 10).arg(j); break;
            case 1: phone = u"021 6288-12%1%2"_s.arg(i % 10).arg(j); break;
            case 3: phone = u""_s; break;
            }
            w.contact(u"C%1%2"_s.arg(i, 2, 10, QChar(u'0')).arg(j), accountId(i),
                      names[(i * 3 + j) % 6] + QString::number(i), phone, (i + j) % 5 == 0);
        }
    };
    const auto leads = [&](int i, int count) {
        for (int k = 0; k < count; ++k)
            w.lead(leadId(i, k), accountId(i), leadTitle(i, k));
    };
    // Accounts 0, 4 and 8 have no contacts; odd accounts get their contacts after their leads.
    for (int i = 0; i < 12; ++i) {
        w.account(accountId(i), accountName(i));
        if (i % 2 == 0) {
            contacts(i, i % 4);
            leads(i, 3);
        } else {
            leads(i, 3);
            contacts(i, i % 4);
        }
    }
    // Leads that arrive before their account (a sync page in id order can do that).
    leads(12, 3);
    w.account(accountId(12), accountName(12));
    contacts(12, 2);
    leads(13, 1);
    w.account(accountId(13), accountName(13)); // and never a contact
    // Later edits.
    w.update(u"UPDATE contact SET phone = ? WHERE id = 'C021'"_s, {u"+86 139-0000-1111"_s}, accountId(2));
    w.update(u"UPDATE account SET name = ? WHERE id = 'A03'"_s, {u"更名后的公司"_s}, accountId(3));
    w.update(u"UPDATE contact SET deleted = 1 WHERE id = 'C031'"_s, {}, accountId(3));
    w.ok &= exec(w.db, u"UPDATE lead SET title = ? WHERE id = 'L050'"_s, {u"项目5-0 二期"_s});
    if (w.batch)
        w.batch->noteLead(u"L050"_s, accountId(5));
}

// The rebuild statement of migration 0004 itself, read from the file: an oracle
// that does not share code with LeadSearchBatch::refreshSql().
QString migrationRebuildSql()
{
    QFile f(QStringLiteral(SALES_SOURCE_DIR "/resources/migrations/0004_rep_desktop.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString sql = QString::fromUtf8(f.readAll());
    const qsizetype from = sql.indexOf(u"INSERT INTO lead_search"_s);
    const qsizetype to = sql.indexOf(u';', from);
    return from < 0 || to < 0 ? QString() : sql.mid(from, to - from);
}

} // namespace

class TestLeadSearchBatch : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    Rows before; // the triggers as migrated

private:
    // Foreign keys off: a lead may be written before its account, as a pull page can.
    static bool prepare(const QSqlDatabase &db) { return exec(db, u"PRAGMA foreign_keys = OFF"_s); }

    void smallWorkspace(const QSqlDatabase &db)
    {
        Writer w{db};
        w.account(u"A1"_s, u"甲公司"_s);
        w.contact(u"C1"_s, u"A1"_s, u"张三"_s, u"+86 138-0013-8000"_s);
        w.contact(u"C2"_s, u"A1"_s, u"李四"_s, QVariant());
        w.account(u"A2"_s, u"乙公司"_s);
        w.contact(u"C3"_s, u"A2"_s, u"王五"_s, u"010 6552-9988"_s);
        w.lead(u"L1"_s, u"A1"_s, u"甲项目"_s);
        w.lead(u"L1b"_s, u"A1"_s, u"甲二期"_s);
        w.lead(u"L2"_s, u"A2"_s, u"乙项目"_s);
        QVERIFY(w.ok);
        QCOMPARE(searchText(db, u"L1"_s), u"甲项目 甲公司 张三 8613800138000 李四 "_s);
        QCOMPARE(searchText(db, u"L2"_s), u"乙项目 乙公司 王五 01065529988"_s);
    }

private Q_SLOTS:
    void init()
    {
        r = new test::TestReplica;
        QVERIFY(r->connection->isOpen());
        QVERIFY(prepare(r->db()));
        before = triggers(r->db());
        QCOMPARE(before.size(), LeadSearchTriggers.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(before.at(i).first, LeadSearchTriggers.at(i));
            QVERIFY(before.at(i).second.startsWith(u"CREATE TRIGGER "_s + LeadSearchTriggers.at(i)));
        }
    }
    void cleanup()
    {
        delete r;
        r = nullptr;
    }

    void rebuildMatchesTriggers()
    {
        Writer plain{r->db()};
        writeWorkspace(plain);
        QVERIFY(plain.ok);
        const Rows byTriggers = searchRows(r->db());

        test::TestReplica other;
        QVERIFY(prepare(other.db()));
        {
            Transaction tx(other.db());
            LeadSearchBatch batch(other.db());
            QVERIFY(batch.suspend());
            Writer w{other.db(), &batch};
            writeWorkspace(w);
            QVERIFY(w.ok);
            QVERIFY(searchRows(other.db()).isEmpty()); // no trigger ran
            QVERIFY2(batch.finish(), qPrintable(batch.errorText()));
            QVERIFY(tx.commit());
        }
        const Rows byBatch = searchRows(other.db());
        QCOMPARE(byBatch.size(), 12 * 3 + 3 + 1);

        // L130 was written before its account: lead_search_insert found no account,
        // and since schema 8 the account's insert refreshes it (before, it never got
        // a row). L12x get theirs from the contact inserts after account A12.
        QCOMPARE(byTriggers, byBatch);
        QCOMPARE(searchText(other.db(), u"L130"_s), u"项目13-0 杭州智联13科技有限公司 "_s);
        QCOMPARE(searchText(r->db(), u"L130"_s), u"项目13-0 杭州智联13科技有限公司 "_s);

        // And the batch equals a full rebuild by the migration's own statement.
        const QString rebuild = migrationRebuildSql();
        QVERIFY(!rebuild.isEmpty());
        QVERIFY(exec(r->db(), u"DELETE FROM lead_search"_s));
        QVERIFY(exec(r->db(), rebuild));
        QCOMPARE(searchRows(r->db()), byBatch);

        // Spot checks against text written out by hand: phone digits only, a NULL
        // phone leaves the name and a space, deleted contacts are left out, later
        // edits (phone, account name, deletion, lead title) are in.
        QCOMPARE(searchText(other.db(), u"L020"_s), u"项目2-0 杭州智联2科技有限公司 张伟2  王芳2 8613900001111"_s);
        QCOMPARE(searchText(other.db(), u"L031"_s), u"项目3-1 更名后的公司 刘洋3 "_s);
        QCOMPARE(searchText(other.db(), u"L050"_s), u"项目5-0 二期 杭州智联5科技有限公司 "_s);
        QCOMPARE(searchText(other.db(), u"L120"_s),
                 u"项目12-0 杭州智联12科技有限公司 张伟12 8613800138020 王芳12 02162881221"_s);
        QCOMPARE(searchText(other.db(), u"L080"_s), u"项目8-0 杭州智联8科技有限公司 "_s);
    }

    void finishRecreatesTriggersVerbatim()
    {
        Transaction tx(r->db());
        LeadSearchBatch batch(r->db());
        QVERIFY(!batch.isSuspended());
        QVERIFY(batch.suspend());
        QVERIFY(batch.isSuspended());
        QVERIFY(triggers(r->db()).isEmpty());
        QVERIFY(batch.suspend()); // a second call keeps the SQL saved by the first
        Writer w{r->db(), &batch};
        w.account(u"A1"_s, u"甲公司"_s);
        w.lead(u"L1"_s, u"A1"_s, u"甲项目"_s);
        QVERIFY(w.ok);
        QVERIFY2(batch.finish(), qPrintable(batch.errorText()));
        QVERIFY(!batch.isSuspended());
        QCOMPARE(triggers(r->db()), before);
        QVERIFY(tx.commit());
        QCOMPARE(triggers(r->db()), before);
        QCOMPARE(searchText(r->db(), u"L1"_s), u"甲项目 甲公司 "_s);
    }

    void destructorRestoresTriggers()
    {
        {
            Transaction tx(r->db());
            {
                LeadSearchBatch batch(r->db());
                QVERIFY(batch.suspend());
                QVERIFY(triggers(r->db()).isEmpty());
            } // no finish()
            QCOMPARE(triggers(r->db()), before);
            QVERIFY(tx.commit());
        }
        QCOMPARE(triggers(r->db()), before);
        smallWorkspace(r->db()); // the triggers fire
    }

    void rollbackRestoresTriggers()
    {
        {
            LeadSearchBatch batch(r->db()); // outlives the transaction
            {
                Transaction tx(r->db());
                QVERIFY(batch.suspend());
                Writer w{r->db(), &batch};
                w.account(u"A9"_s, u"丙公司"_s);
                QVERIFY(w.ok);
                QVERIFY(triggers(r->db()).isEmpty());
            } // rolled back
            QCOMPARE(triggers(r->db()), before);
        }
        QCOMPARE(triggers(r->db()), before);
        QCOMPARE(select(r->db(), u"SELECT id, name FROM account"_s), Rows());
        smallWorkspace(r->db());
    }

    void triggersWorkAfterFinish()
    {
        {
            Transaction tx(r->db());
            LeadSearchBatch batch(r->db());
            QVERIFY(batch.suspend());
            Writer w{r->db(), &batch};
            w.account(u"A1"_s, u"甲公司"_s);
            w.contact(u"C1"_s, u"A1"_s, u"张三"_s, u"+86 138-0013-8000"_s);
            w.lead(u"L1"_s, u"A1"_s, u"甲项目"_s);
            QVERIFY(w.ok);
            QVERIFY(batch.finish());
            QVERIFY(tx.commit());
        }
        QCOMPARE(searchText(r->db(), u"L1"_s), u"甲项目 甲公司 张三 8613800138000"_s);
        QVERIFY(exec(r->db(), u"UPDATE contact SET phone = '+86 139-1234-5678' WHERE id = 'C1'"_s));
        QCOMPARE(searchText(r->db(), u"L1"_s), u"甲项目 甲公司 张三 8613912345678"_s);
        QVERIFY(exec(r->db(), u"UPDATE account SET name = '甲集团' WHERE id = 'A1'"_s));
        QCOMPARE(searchText(r->db(), u"L1"_s), u"甲项目 甲集团 张三 8613912345678"_s);
        Writer plain{r->db()};
        plain.lead(u"L2"_s, u"A1"_s, u"甲二期"_s);
        QVERIFY(plain.ok);
        QCOMPARE(searchText(r->db(), u"L2"_s), u"甲二期 甲集团 张三 8613912345678"_s);
    }

    void contactMovedRefreshesBothAccounts()
    {
        smallWorkspace(r->db());
        // Inside a batch the triggers are gone: only the noted accounts are rebuilt.
        Transaction tx(r->db());
        LeadSearchBatch batch(r->db());
        QVERIFY(batch.suspend());
        QVERIFY(exec(r->db(), u"UPDATE contact SET account_id = 'A2' WHERE id = 'C1'"_s));
        batch.noteAccount(u"A1"_s);
        batch.noteAccount(u"A2"_s);
        QVERIFY2(batch.finish(), qPrintable(batch.errorText()));
        QVERIFY(tx.commit());
        QCOMPARE(searchText(r->db(), u"L1"_s), u"甲项目 甲公司 李四 "_s);
        QCOMPARE(searchText(r->db(), u"L1b"_s), u"甲二期 甲公司 李四 "_s);
        QCOMPARE(searchText(r->db(), u"L2"_s), u"乙项目 乙公司 张三 8613800138000 王五 01065529988"_s);
    }

    void onlyNotedLeadsAreRebuilt()
    {
        smallWorkspace(r->db());
        QVERIFY(exec(r->db(), u"UPDATE lead_search SET text = 'stale'"_s));
        {
            Transaction tx(r->db());
            LeadSearchBatch batch(r->db());
            QVERIFY(batch.suspend());
            QVERIFY(exec(r->db(), u"UPDATE lead SET title = '甲项目（新）' WHERE id = 'L1'"_s));
            batch.noteLead(u"L1"_s, u"A1"_s); // the lead, not its account
            QVERIFY(batch.finish());
            QVERIFY(tx.commit());
        }
        QCOMPARE(searchText(r->db(), u"L1"_s), u"甲项目（新） 甲公司 张三 8613800138000 李四 "_s);
        QCOMPARE(searchText(r->db(), u"L1b"_s), u"stale"_s); // same account, not noted
        QCOMPARE(searchText(r->db(), u"L2"_s), u"stale"_s);
        {
            Transaction tx(r->db());
            LeadSearchBatch batch(r->db());
            QVERIFY(batch.suspend());
            batch.noteAccount(u"A2"_s);
            batch.noteLead(u"L1b"_s, QString()); // account not known to the writer
            QVERIFY(batch.finish());
            QVERIFY(tx.commit());
        }
        QCOMPARE(searchText(r->db(), u"L1b"_s), u"甲二期 甲公司 张三 8613800138000 李四 "_s);
        QCOMPARE(searchText(r->db(), u"L2"_s), u"乙项目 乙公司 王五 01065529988"_s);
        QCOMPARE(select(r->db(), u"SELECT count(*), '' FROM lead_search WHERE text = 'stale'"_s),
                 (Rows{{u"0"_s, u""_s}}));
    }

    void manyLeadsAreChunked_data()
    {
        QTest::addColumn<int>("notedLeads");    // the first n leads by noteLead
        QTest::addColumn<int>("notedAccounts"); // the last n accounts by noteAccount
        QTest::newRow("by lead") << 1203 << 0;
        QTest::newRow("by account") << 0 << 1203;
        QTest::newRow("both, overlapping") << 1203 << 700;
        QTest::newRow("exactly two chunks") << 1000 << 0;
    }
    void manyLeadsAreChunked()
    {
        QFETCH(int, notedLeads);
        QFETCH(int, notedAccounts);
        constexpr int Count = 1203;
        const auto id = [](QChar kind, int i) -> QString { return kind + u"%1"_s.arg(i, 4, 10, QChar(u'0')); };
        const auto expectedText = [&](int i) {
            return u"项目%1 公司%1 联系人%1 86138%2"_s.arg(i).arg(i, 8, 10, QChar(u'0'));
        };
        {
            Transaction tx(r->db());
            LeadSearchBatch batch(r->db());
            QVERIFY(batch.suspend());
            Writer w{r->db()}; // notes by hand below
            for (int i = 0; i < Count; ++i) {
                w.account(id(u'A', i), u"公司%1"_s.arg(i));
                w.contact(id(u'C', i), id(u'A', i), u"联系人%1"_s.arg(i), u"+86 138-%1"_s.arg(i, 8, 10, QChar(u'0')));
                w.lead(id(u'L', i), id(u'A', i), u"项目%1"_s.arg(i));
            }
            QVERIFY(w.ok);
            for (int i = 0; i < notedLeads; ++i)
                batch.noteLead(id(u'L', i), id(u'A', i));
            for (int i = Count - notedAccounts; i < Count; ++i)
                batch.noteAccount(id(u'A', i));
            QVERIFY2(batch.finish(), qPrintable(batch.errorText()));
            QVERIFY(tx.commit());
        }
        const Rows rows = searchRows(r->db());
        QList<int> expected;
        for (int i = 0; i < Count; ++i)
            if (i < notedLeads || i >= Count - notedAccounts)
                expected.append(i);
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype n = 0; n < rows.size(); ++n) {
            const int i = expected.at(n);
            QCOMPARE(rows.at(n).first, id(u'L', i));
            QCOMPARE(rows.at(n).second, expectedText(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestLeadSearchBatch)
#include "tst_leadsearchbatch.moc"
