// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A server whose data is older than its clients' (restored from a backup),
// against the real sales-server process. A pull with a cursor beyond the
// server's rev counter is 409 cursor_ahead; one at the counter is a page, also
// when the counter is a removal's rev above every row's. A device whose server
// was put back to a backup pulls its scope again from cursor 0: its unsent edits
// keep the user's values and are pushed, rows the old server never had are
// removed, and a later write on the server reaches it (before the fix the device
// waited, for good, for revs the server had given to other writes). The same
// resync cut off half way goes on after a restart from where it stopped.
#include "cutrelay.h"
#include "replicacheck.h"
#include "serverbackup.h"
#include "syncfixture.h"

#include "storage/indexsuspension.h"
#include "sync/fullresync.h"
#include "sync/pullpage.h"
#include "sync/syncaccount.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::test;

class TestSyncEngineResync : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    Org m_org;
    ServerBackup m_backup;
    std::unique_ptr<Device> m_ann; // the rep whose replica gets ahead of the server
    std::unique_ptr<Device> m_sue; // her supervisor, writing on the server afterwards
    QStringList m_leads;           // ann's, all in the backup
    QString m_local;               // created by ann after the first restore

    HttpResult rawPull(Device &d, qint64 cursor)
    {
        return d.client().get(u"/api/v1/sync/pull?cursor=%1&limit=100"_s.arg(cursor));
    }

    // The server stopped, its data put back to the backup, started again.
    bool restoreBackup()
    {
        QString error;
        if (!m_server.stop() || !m_backup.restore(m_server, &error) || !m_server.start(&error)) {
            qWarning("restore: %s", qPrintable(error));
            return false;
        }
        for (Device *d : {m_ann.get(), m_sue.get()})
            d->reconnect(m_server);
        return true;
    }

    // Another device's write on the server; true when ann's next sync brings it.
    void laterWriteArrives(const QString &lead, qint64 amount, qint64 cursorBefore)
    {
        QVERIFY(m_sue->writer().save(u"lead"_s, lead, {{u"amount_yuan"_s, amount}}));
        const SyncReport pushed = m_sue->sync();
        QVERIFY2(pushed.ok, describe(pushed).constData());
        QCOMPARE(pushed.pushed, 1);
        const qint64 rev = m_sue->field(u"lead"_s, lead, u"rev"_s).toLongLong();
        qInfo("later write at rev %lld; ann's cursor before the restore was %lld", rev, cursorBefore);
        QVERIFY(rev <= cursorBefore); // a rev ann had passed: without the resync it never arrives
        const SyncReport r = m_ann->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(m_ann->field(u"lead"_s, lead, u"amount_yuan"_s).toLongLong(), amount);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
        m_ann = signIn(m_server, u"ann"_s, u"ann-laptop"_s, true);
        m_sue = signIn(m_server, u"sue"_s, u"sue-desk"_s, true);
        QVERIFY(m_ann && m_sue);
    }
    void cleanupTestCase()
    {
        m_ann.reset();
        m_sue.reset();
        QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM");
    }

    void pullBeyondTheServersLatestRevIsRefused()
    {
        // A lead without children moved from ann to bob: her scope's newest rev is
        // the removal, above every row's rev on the server.
        // (LeadService would give it a stage_change, a child, whose rev comes after the removal.)
        const QString withAccount = m_ann->createLead(u"杭州余杭消防器材"_s);
        QVERIFY(!withAccount.isEmpty());
        const QString moved = newId();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_ann->writer().save(u"lead"_s, moved,
                                     {{u"account_id"_s, m_ann->field(u"lead"_s, withAccount, u"account_id"_s)},
                                      {u"owner_id"_s, m_ann->uid()}, {u"title"_s, u"余杭二期"_s},
                                      {u"template_id"_s, u"default"_s}, {u"stage_key"_s, u"qualify"_s},
                                      {u"stage_entered_at"_s, now}, {u"created_at"_s, now},
                                      {u"amount_yuan"_s, 0}, {u"status"_s, u"open"_s}}));
        SyncReport pushed = m_ann->sync();
        QVERIFY2(pushed.ok && pushed.rejected == 0, describe(pushed).constData());
        QVERIFY(m_sue->sync().ok);
        QVERIFY(m_sue->writer().save(u"lead"_s, moved, {{u"owner_id"_s, m_org.bob}}));
        QCOMPARE(m_sue->sync().pushed, 1);
        const SyncReport r = m_ann->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(r.removed, 1);
        const qint64 cursor = committedCursor(m_ann->db());
        qint64 newestRow = 0;
        for (const qint64 rev : serverView(m_sue->client()).rows) // the team's rows and the global ones: all
            newestRow = std::max(newestRow, rev);
        QVERIFY2(cursor > newestRow, qPrintable(u"cursor %1, newest row %2"_s.arg(cursor).arg(newestRow)));

        const HttpResult at = rawPull(*m_ann, cursor);
        QCOMPARE(at.status, 200);
        QCOMPARE(at.json().value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(at.json().value(u"has_more"_s).toBool(), false);
        QCOMPARE(at.json().value(u"cursor"_s).toInteger(), cursor);
        const qint64 latest = at.json().value(u"latest"_s).toInteger();
        QCOMPARE(latest, cursor);

        const HttpResult ahead = rawPull(*m_ann, latest + 1000);
        QCOMPARE(ahead.status, 409);
        QCOMPARE(ahead.errorCode(), u"cursor_ahead"_s);
        QVERIFY2(ahead.errorMessage().contains(QString::number(latest)), qPrintable(ahead.errorMessage()));
        QCOMPARE(ahead.json().value(u"error"_s).toObject().value(u"latest"_s).toInteger(), latest);
        QCOMPARE(rawPull(*m_ann, latest + 1).status, 409);
        // The prefetch thread hands the answer over as a failed page, and stops.
        PullPrefetcher prefetch(m_ann->client(), latest + 1, 100);
        const PullPage refused = prefetch.next();
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failure.status, 409);
        QCOMPARE(refused.failure.errorCode(), u"cursor_ahead"_s);
        QVERIFY(!prefetch.next().ok);
    }

    void restoredServerResyncsKeepingUnsentEdits()
    {
        for (int i = 0; i < 10; ++i) {
            m_leads << m_ann->createLead(u"温州瓯海第%1阀门厂"_s.arg(i), 10000 * (i + 1));
            QVERIFY(!m_leads.last().isEmpty());
        }
        QVERIFY(m_ann->sync().ok);
        QVERIFY(m_sue->sync().ok);
        QString error;
        QVERIFY(m_server.stop());
        QVERIFY2(m_backup.take(m_server, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ann->reconnect(m_server);
        m_sue->reconnect(m_server);

        // Written after the backup, lost with the newer data: more revs than the
        // writes after the restore take, so those reuse revs ann has passed.
        QStringList lostLeads;
        for (int i = 0; i < 3; ++i)
            lostLeads << m_ann->createLead(u"丽水莲都新建项目%1"_s.arg(i));
        const QString lost = lostLeads.first();
        const QString lostAccount = m_ann->field(u"lead"_s, lost, u"account_id"_s).toString();
        QVERIFY(m_ann->writer().save(u"lead"_s, m_leads.at(0), {{u"amount_yuan"_s, 777000}}));
        SyncReport r = m_ann->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(r.pushed, 13); // each lead: account, contact, lead, its first stage_change
        QVERIFY(m_sue->sync().ok);
        const qint64 cursorBefore = committedCursor(m_ann->db());

        QVERIFY(restoreBackup());
        QCOMPARE(rawPull(*m_ann, cursorBefore).status, 409);
        // Unsent edits: a title, and a whole new lead.
        const QString mine = u"本机未上传：二号线改造"_s;
        QVERIFY(m_ann->writer().save(u"lead"_s, m_leads.at(1), {{u"title"_s, mine}}));
        m_local = m_ann->createLead(u"衢州柯城本机新线索"_s);
        QVERIFY(!m_local.isEmpty());

        // The pull alone: the edits stay local all through the resync.
        m_ann->engine().setPageSize(4);
        r = m_ann->engine().pull();
        QVERIFY2(r.ok, describe(r).constData());
        QVERIFY(r.fullResync);
        QVERIFY(r.fullResyncComplete);
        QCOMPARE(r.resyncRemoved, 12); // the lost leads with their accounts, contacts, stage changes
        QVERIFY(!FullResync::isPending(m_ann->db()));
        for (const QString &id : std::as_const(lostLeads))
            QCOMPARE(m_ann->count(u"SELECT count(*) FROM lead WHERE id = ?"_s, {id}), 0);
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM lead WHERE id = ?"_s, {lost}), 0);
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM account WHERE id = ?"_s, {lostAccount}), 0);
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM contact WHERE account_id = ?"_s, {lostAccount}), 0);
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM lead_search WHERE lead_id = ?"_s, {lost}), 0);
        QCOMPARE(m_ann->field(u"lead"_s, m_leads.at(0), u"amount_yuan"_s).toLongLong(), 10000); // the server's again
        QCOMPARE(m_ann->field(u"lead"_s, m_leads.at(1), u"title"_s).toString(), mine);
        QCOMPARE(m_ann->field(u"lead"_s, m_local, u"title"_s).toString(), u"衢州柯城本机新线索 采购项目"_s);
        QCOMPARE(Outbox(m_ann->db()).pendingRows(), 5); // the title; the new lead's four rows
        QCOMPARE(committedCursor(m_ann->db()), serverView(m_ann->client()).cursor);
        QVERIFY2(searchDrift(m_ann->db()).isEmpty(), joined(searchDrift(m_ann->db())).constData());

        // The next sync pushes them; the replica is then the server's.
        r = m_ann->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(r.pushed, 5);
        QCOMPARE(r.rejected + r.conflicts, 0);
        QVERIFY(!r.fullResync);
        QCOMPARE(m_ann->outboxCount() + Outbox(m_ann->db()).pendingRows(), 0);
        QCOMPARE(replicaRows(m_ann->db()), serverView(m_ann->client()).rows);
        // The supervisor's replica was ahead too.
        r = m_sue->sync();
        QVERIFY2(r.ok, describe(r).constData());
        QVERIFY(r.fullResyncComplete);
        QCOMPARE(m_sue->count(u"SELECT count(*) FROM lead WHERE id = ?"_s, {lost}), 0);
        QCOMPARE(m_sue->field(u"lead"_s, m_leads.at(1), u"title"_s).toString(), mine);
        QCOMPARE(replicaRows(m_sue->db()), serverView(m_sue->client()).rows);

        laterWriteArrives(m_leads.at(2), 424242, cursorBefore);
    }

    void cutOffResyncGoesOnAfterRestart()
    {
        QVERIFY(!m_local.isEmpty());
        const qint64 cursorBefore = committedCursor(m_ann->db());
        // Back to the same backup: the new lead and both title edits are gone there.
        QVERIFY(restoreBackup());
        const quint16 port = quint16(QUrl(m_server.url()).port());
        qint64 bytes = 0; // a whole pull from 0 in pages of 2
        {
            auto measure = signIn(m_server, u"ann"_s, u"ann-measure"_s, false);
            QVERIFY(measure);
            const CutRelay relay(port, 0);
            SyncClient client(u"https://127.0.0.1:%1"_s.arg(relay.port()), m_server.fingerprint());
            client.setToken(measure->loginResult().token);
            SyncEngine engine(measure->db(), systemClock(), client);
            engine.setPageSize(2);
            QVERIFY(engine.pull().ok);
            bytes = relay.fromServer();
        }
        const QString three = u"本机未上传：三号线"_s, four = u"本机未上传：四号线"_s;
        QVERIFY(m_ann->writer().save(u"lead"_s, m_leads.at(3), {{u"title"_s, three}}));
        SyncReport r;
        {
            const CutRelay relay(port, bytes / 2);
            SyncClient client(u"https://127.0.0.1:%1"_s.arg(relay.port()), m_server.fingerprint());
            client.setToken(m_ann->loginResult().token);
            SyncEngine engine(m_ann->db(), systemClock(), client);
            engine.setPageSize(2);
            engine.setIndexSuspension(1);
            r = engine.pull();
            QVERIFY(relay.cut());
        }
        QVERIFY(!r.ok);
        QVERIFY2(r.network, qPrintable(r.error));
        QVERIFY(r.fullResync);
        QVERIFY(!r.fullResyncComplete);
        const ServerView server = serverView(m_ann->client());
        const qint64 cut = committedCursor(m_ann->db());
        qInfo("resync cut at cursor %lld of %lld, %d rows kept", cut, server.cursor, r.pulled);
        QVERIFY(cut > 0 && cut < server.cursor);
        QVERIFY(FullResync::isPending(m_ann->db()));
        QVERIFY(IndexSuspension::isPending(m_ann->db()));
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM lead WHERE id = ?"_s, {m_local}), 1); // not swept yet
        QCOMPARE(m_ann->field(u"lead"_s, m_leads.at(3), u"title"_s).toString(), three);
        QVERIFY(m_ann->writer().save(u"lead"_s, m_leads.at(4), {{u"title"_s, four}}));

        // As the desktop syncs: its own connection, client and engine; push, then the pull goes on.
        SyncProfile profile{m_server.url(), m_server.fingerprint(), u"ann"_s, m_ann->uid(), QString()};
        r = syncaccount::syncOnce(m_ann->replica.config, profile, m_ann->loginResult().token);
        QVERIFY2(r.ok, describe(r).constData());
        QCOMPARE(r.pushed, 2);
        QVERIFY(r.fullResync && r.fullResyncComplete);
        QCOMPARE(r.resyncRemoved, 4); // the lead made after the first restore is not in the backup
        QVERIFY2(r.pulled < int(server.rows.size()), qPrintable(QString::number(r.pulled))); // from the cut on
        QVERIFY(!FullResync::isPending(m_ann->db()));
        QVERIFY(!IndexSuspension::isPending(m_ann->db()));
        QCOMPARE(m_ann->count(u"SELECT count(*) FROM lead WHERE id = ?"_s, {m_local}), 0);
        QCOMPARE(replicaRows(m_ann->db()), serverView(m_ann->client()).rows);

        // The same as a new device's first sync, edits included; search and indexes whole.
        auto fresh = signIn(m_server, u"ann"_s, u"ann-fresh"_s, true);
        QVERIFY(fresh);
        QCOMPARE(fresh->field(u"lead"_s, m_leads.at(3), u"title"_s).toString(), three);
        QCOMPARE(fresh->field(u"lead"_s, m_leads.at(4), u"title"_s).toString(), four);
        QCOMPARE(dumpAll(m_ann->db()), dumpAll(fresh->db()));
        QCOMPARE(searchText(m_ann->db()), searchText(fresh->db()));
        QCOMPARE(indexes(m_ann->db()), indexes(fresh->db()));
        QCOMPARE(triggers(m_ann->db()).size(), 7);

        QVERIFY(m_sue->sync().ok); // her resync
        laterWriteArrives(m_leads.at(5), 535353, cursorBefore);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineResync)
#include "tst_syncengine_resync.moc"
