// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 19: every read of the replica stops on its first error. A damaged page
// in the middle of what sync, drafts and settings read is an error (with the
// damage flag), never a shorter list taken for the whole: a part of the outbox
// pushed as if it were all, edits overwritten because the list of them came back
// short, "no conflicts", "no drafts" or "no server" when they cannot be read.
#include "clock.h"
#include "filedamage.h"
#include "storage/localstate.h"
#include "storage/replicadamage.h"
#include "storage/replicareader.h"
#include "sync/conflictstore.h"
#include "sync/outbox.h"
#include "sync/rowapplier.h"
#include "testreplica.h"
#include "workspace/draftstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

// Rows written after the file was checkpointed land on pages past its old end:
// those pages hold the table (and its indexes), so flipping a run of them in the
// middle damages rows a full read meets after it has read some.
struct Filled
{
    int from = 0; // first new page
    int to = 0;   // one past the last
};

Filled fill(const QSqlDatabase &db, const QString &insert, int rows, const std::function<void(QSqlQuery &, int)> &bind)
{
    Filled pages;
    if (!test::checkpoint(db))
        return pages;
    pages.from = test::pageCount(db) + 1;
    QSqlQuery(db).exec(u"BEGIN"_s);
    QSqlQuery q(db);
    q.prepare(insert);
    for (int i = 0; i < rows; ++i) {
        bind(q, i);
        if (!q.exec())
            return {};
    }
    QSqlQuery(db).exec(u"COMMIT"_s);
    test::checkpoint(db);
    pages.to = test::pageCount(db) + 1;
    return pages;
}

const QString kPadding = QString(400, u'备');

} // namespace

class TestDamagedReads : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestReplica> r;

    // Closes the replica, flips a run of pages in the middle of [from, to) and opens it again.
    void damageMiddle(const Filled &pages)
    {
        QVERIFY2(pages.to - pages.from >= 20, "the rows should span many pages");
        r->connection.reset();
        const int middle = (pages.from + pages.to) / 2;
        QVERIFY(test::flipPages(r->config.path, middle, middle + 12));
        r->connection = std::make_unique<ReplicaConnection>(r->config);
        QVERIFY2(r->connection->isOpen(), qPrintable(r->connection->errorText()));
    }
    // Closes the replica, flips the root page of name and opens it again.
    void damageRoot(const QString &name)
    {
        const int root = test::rootPage(r->db(), name);
        QVERIFY(root > 1);
        QVERIFY(test::checkpoint(r->db()));
        r->connection.reset();
        QVERIFY(test::flipPages(r->config.path, root, root + 1, 100));
        r->connection = std::make_unique<ReplicaConnection>(r->config);
        QVERIFY2(r->connection->isOpen(), qPrintable(r->connection->errorText()));
    }
    int countOf(const QString &table) const
    {
        QSqlQuery q(r->db());
        return q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init() { r = std::make_unique<test::TestReplica>(); }
    void cleanup() { r.reset(); }

    void aDamagedOutboxIsAnErrorNotAShorterBatch()
    {
        const Filled pages = fill(r->db(),
            u"INSERT INTO outbox (op_id, entity, row_id, is_new, fields, bases, created_at) VALUES (?, 'lead', ?, 0, ?, '{}', 0)"_s,
            2000, [](QSqlQuery &q, int i) {
                q.bindValue(0, u"op-%1"_s.arg(i));
                q.bindValue(1, u"lead-%1"_s.arg(i));
                q.bindValue(2, QString::fromUtf8(QJsonDocument(QJsonObject{{u"notes"_s, kPadding}}).toJson()));
            });
        damageMiddle(pages);
        Outbox outbox(r->db());
        QString error;
        const QList<OutboxOp> ops = outbox.ops(100000, 0, &error);
        QVERIFY2(!error.isEmpty(), "a read that stopped on the damaged page must say so");
        QVERIFY(ops.isEmpty());
        QVERIFY(outbox.isDamaged());
    }

    void aDamagedChangeListIsNeitherSealedInPartNorLoadedShort()
    {
        const Filled pages = fill(r->db(),
            u"INSERT INTO pending_change (entity, row_id, field, base_value, changed_at, seq) VALUES ('lead', ?, 'notes', ?, 0, ?)"_s,
            2000, [](QSqlQuery &q, int i) {
                // Long ids: the key index spans many pages too, and a run of them is damaged.
                q.bindValue(0, u"lead-%1-%2"_s.arg(QString::number(i).rightJustified(5, u'0'), QString(300, u'x')));
                q.bindValue(1, kPadding);
                q.bindValue(2, i + 1);
            });
        damageMiddle(pages);
        const QByteArray before = test::fileHash(r->config.path);

        // The push reads which fields have local edits before it applies the server's
        // answers: a short list would let those answers overwrite edits.
        RowApplier rows(r->db());
        QVERIFY(!rows.loadPending());
        QVERIFY(rows.isDamaged());
        QVERIFY(!rows.errorText().isEmpty());

        Outbox outbox(r->db());
        QString error;
        QVERIFY(!outbox.seal(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(outbox.isDamaged());
        QCOMPARE(countOf(u"outbox"_s), 0); // nothing sealed
        QCOMPARE(outbox.pendingRows(), -1);
        r->connection.reset();
        QCOMPARE(test::fileHash(r->config.path), before); // and nothing deleted
    }

    void damagedConflictsAreAnErrorNotNone()
    {
        ConflictStore store(r->db(), systemClock());
        for (int i = 0; i < 600; ++i) {
            if (i == 1) // the rest go past the file's end: a run of them is damaged below
                QVERIFY(test::checkpoint(r->db()));
            QVERIFY(store.add({0, ConflictRecord::Kind::Conflict, u"lead"_s, u"lead-%1"_s.arg(i), u"notes"_s,
                               QJsonValue(kPadding), QJsonValue(kPadding), QJsonValue(u"base"_s), {}, {}, {}}));
        }
        QVERIFY(store.openRecords().size() == 600 && store.readError().isEmpty());
        Filled pages;
        pages.from = 3;
        QVERIFY(test::checkpoint(r->db()));
        pages.to = test::pageCount(r->db()) + 1;
        damageMiddle(pages);
        ConflictStore damaged(r->db(), systemClock());
        QVERIFY(damaged.openRecords().isEmpty());
        QVERIFY(!damaged.readError().isEmpty());
    }

    void damagedDraftsAreAnErrorNotNone()
    {
        DraftStore drafts(r->db(), systemClock());
        QVERIFY(test::checkpoint(r->db()));
        Filled pages;
        pages.from = test::pageCount(r->db()) + 1;
        QVERIFY(drafts.save(u"newLead"_s, u"lead"_s, QJsonObject{{u"title"_s, u"华东仓储"_s}}).ok);
        for (int i = 0; i < 300; ++i) // a long draft each: the table spans many pages
            QVERIFY(drafts.save(u"activity/%1"_s.arg(i), u"activity"_s, QJsonObject{{u"notes"_s, QString(kPadding + kPadding)}}).ok);
        QVERIFY(drafts.all().value().size() == 301);
        QVERIFY(test::checkpoint(r->db()));
        pages.to = test::pageCount(r->db()) + 1;
        damageMiddle(pages);
        DraftStore damaged(r->db(), systemClock());
        // Not "no drafts" (or some of them): the user would start again and lose the typed one.
        const auto all = damaged.all();
        QVERIFY(!all);
        QVERIFY(all.message().contains(u"读取草稿失败"_s));
    }

    void anUnreadableServerSettingGivesBothWaysNotTheWrongOne()
    {
        QVERIFY(LocalState(r->db()).setValue(LocalState::ServerUrl, u"https://sales.example.cn"_s));
        QVERIFY(ReplicaDamage::messageFor(r->db()).contains(u"请从服务器重新同步"_s));
        QVERIFY(!ReplicaDamage::messageFor(r->db()).contains(u"复制一份交给技术支持"_s));
        damageRoot(u"local_state"_s);
        damageRoot(u"sqlite_autoindex_local_state_1"_s);
        bool readable = true;
        QVERIFY(LocalState(r->db()).value(LocalState::ServerUrl, &readable).isEmpty());
        QVERIFY(!readable);
        // It cannot tell whether there is a server: "no server, keep the file" alone
        // would hide the resync that restores everything.
        const QString message = ReplicaDamage::messageFor(r->db());
        QVERIFY2(message.contains(u"请从服务器重新同步"_s), qPrintable(message));
        QVERIFY2(message.contains(u"复制一份交给技术支持"_s), qPrintable(message));
    }

    void aWorkerConnectionThatCannotOpenADamagedFileSaysDamaged()
    {
        QVERIFY(test::checkpoint(r->db()));
        r->connection.reset();
        QVERIFY(test::flipPages(r->config.path, 1, 2, 200)); // page 1: the schema
        ReplicaReader reader(r->config);
        std::optional<ReadResult<int>> got;
        reader.read(u"t"_s, this, [](QSqlDatabase &) -> ReadResult<int> { return 1; },
                    [&](ReadResult<int> result) { got = std::move(result); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY(got->damaged()); // so the list shows the damage panel, not "cannot read: …"
    }
};

QTEST_GUILESS_MAIN(TestDamagedReads)
#include "tst_damagedreads.moc"
