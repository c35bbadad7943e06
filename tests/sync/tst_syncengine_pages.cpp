// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The paged pull against the real sales-server process: a supervisor's first
// sync in pages of 3 (prefetched on the second thread, lead_search rebuilt by
// LeadSearchBatch) ends with the rep's rows, the server's cursor, the search
// text a full rebuild gives and the five triggers back; later edits in pages
// of 1 too. A small first sync keeps the triggers (and misses a lead that
// arrives before its account). A pull cut off after half its bytes keeps
// exactly the rows up to its committed cursor and resumes after a server
// restart with the rest; a pull with nothing new changes nothing. Both first
// syncs are told to suspend the secondary indexes (IndexSuspension): gone while
// the pages are written, back as the migrations made them once the pull is
// complete, also when it completes in a later pull.
#include "cutrelay.h"
#include "replicacheck.h"
#include "syncfixture.h"

#include "storage/indexsuspension.h"
#include "sync/pullpage.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::test;

class TestSyncEnginePages : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::Org m_org;
    std::unique_ptr<test::Device> m_rep;        // ann, who creates the leads
    std::unique_ptr<test::Device> m_supervisor; // sue, whose first sync is paged
    QStringList m_leads;
    QStringList m_phones; // of each lead's first contact, as typed
    int m_marks = 0;

    std::unique_ptr<test::Device> signIn(const QString &user, const QString &name)
    {
        return test::signIn(m_server, user, name, false);
    }
    // The log index just after a request of its own to a path of its own: the
    // server logs a request once it has answered, and stderr arrives when it
    // arrives, so pull requests are counted between two such marks.
    qsizetype logMark(test::Device &d)
    {
        const QString path = u"/api/v1/test-mark/%1"_s.arg(++m_marks);
        d.client().get(path);
        const auto isMark = [&path](const QJsonObject &o) { return test::ServerProcess::isRequest(o, path); };
        if (!m_server.waitForLog(0, isMark))
            return -1;
        const QList<QJsonObject> &lines = m_server.log();
        for (qsizetype i = lines.size() - 1; i >= 0; --i)
            if (isMark(lines.at(i)))
                return i + 1;
        return -1;
    }
    qsizetype pullRequests(test::Device &d, qsizetype from)
    {
        const qsizetype to = logMark(d);
        if (from < 0 || to < 0)
            return -1;
        const QList<QJsonObject> &lines = m_server.log();
        qsizetype n = 0;
        for (qsizetype i = from; i < to; ++i)
            n += test::ServerProcess::isRequest(lines.at(i), u"/api/v1/sync/pull"_s) ? 1 : 0;
        return n;
    }
    // The supervisor's replica against the rep's and against itself.
    void verifyLikeRep(const test::Device &d)
    {
        for (const QString &entity : {u"account"_s, u"contact"_s, u"lead"_s})
            QCOMPARE(dump(d.db(), entity), dump(m_rep->db(), entity));
        QCOMPARE(d.count(u"SELECT count(*) FROM lead_search"_s), d.count(u"SELECT count(*) FROM lead"_s));
        QVERIFY2(searchDrift(d.db()).isEmpty(), joined(searchDrift(d.db())).constData());
        QCOMPARE(searchText(d.db()), searchText(m_rep->db()));
        QCOMPARE(triggers(d.db()).size(), 7);
        QCOMPARE(triggers(d.db()), triggers(m_rep->db()));
        QCOMPARE(indexes(d.db()), indexes(m_rep->db()));
        QVERIFY(!IndexSuspension::isPending(d.db()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
        m_rep = signIn(u"ann"_s, u"ann-laptop"_s);
        QVERIFY(m_rep);
        const SyncReport first = m_rep->sync(); // the organisation and the template
        QVERIFY2(first.ok, test::describe(first).constData());
    }
    void cleanupTestCase()
    {
        m_rep.reset();
        m_supervisor.reset();
        QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM");
    }

    void firstSyncInSmallPages()
    {
        // 30 leads; every fifth at the previous lead's account, with its own contact and one more.
        constexpr int leads = 30;
        QString account;
        for (int i = 0; i < leads; ++i) {
            const QString digits = u"1390000%1"_s.arg(i, 4, 10, QChar(u'0'));
            m_phones << (i % 3 == 0 ? u"+86 %1-%2-%3"_s.arg(digits.left(3), digits.mid(3, 4), digits.mid(7))
                                    : i % 3 == 1 ? u"%1 %2 %3"_s.arg(digits.left(3), digits.mid(3, 4), digits.mid(7))
                                                 : digits);
            NewLeadInput in;
            in.accountId = i % 5 == 4 ? account : QString();
            in.accountName = u"宁波甬江第%1精密机械"_s.arg(i);
            in.contactName = u"联系人%1"_s.arg(i);
            in.contactPhone = m_phones.last();
            in.title = u"第%1号产线 \"改造\" 项目"_s.arg(i);
            in.amountYuan = 10000 * (i + 1);
            const Result r = m_rep->leads().createLead(in);
            QVERIFY2(r.ok, qPrintable(r.message + QStringList(r.fieldErrors.values()).join(u"; "_s)));
            m_leads << r.id;
            account = m_rep->field(u"lead"_s, r.id, u"account_id"_s).toString();
            if (i % 5 == 4) {
                in.contactName = u"采购%1"_s.arg(i);
                in.contactPhone = u"1370000%1"_s.arg(i, 4, 10, QChar(u'0'));
                QVERIFY(m_rep->leads().addContact(in).ok);
            }
        }
        SyncReport r = m_rep->sync();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(r.rejected, 0);
        QCOMPARE(m_rep->outboxCount(), 0);
        QCOMPARE(m_rep->count(u"SELECT count(*) FROM lead"_s), leads);
        QCOMPARE(m_rep->count(u"SELECT count(*) FROM contact"_s), leads + leads / 5);
        QCOMPARE(m_rep->count(u"SELECT count(*) FROM account"_s), leads - leads / 5);

        m_supervisor = signIn(u"sue"_s, u"sue-desk"_s);
        QVERIFY(m_supervisor);
        const ServerView server = serverView(m_supervisor->client());
        QVERIFY(server.ok);
        QVERIFY(server.rows.size() > 4 * leads);
        m_supervisor->engine().setPageSize(3);
        // As a first sync of a large workspace: secondary indexes built at the end.
        m_supervisor->engine().setIndexSuspension(1);
        QList<QPair<int, int>> progress; // (rows, percent) after each page
        QList<bool> suspended;           // after each page: secondary indexes gone, recorded
        const QSqlDatabase sdb = m_supervisor->db();
        const QStringList all = indexes(m_rep->db());
        m_supervisor->engine().setProgress([&](int rows, int percent) {
            progress.append({rows, percent});
            const QStringList now = indexes(sdb);
            suspended.append(IndexSuspension::isPending(sdb) && now.size() < all.size()
                             && !now.filter(u"lead_owner_idx "_s).size() && now.filter(u"lead_account_idx "_s).size() == 1);
        });
        const qsizetype from = logMark(*m_supervisor);
        r = m_supervisor->engine().pull();
        m_supervisor->engine().setProgress({});
        QVERIFY2(r.ok, test::describe(r).constData());
        // One report per page; rows and percent only grow, the last says all of it.
        QCOMPARE(progress.size(), qsizetype(server.rows.size() / 3 + 1));
        for (qsizetype i = 1; i < progress.size(); ++i) {
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
            QVERIFY(progress.at(i).second >= progress.at(i - 1).second);
            QVERIFY(progress.at(i).second >= 0 && progress.at(i).second <= 100);
        }
        QCOMPARE(progress.last(), qMakePair(r.pulled, 100));
        QVERIFY(!suspended.contains(false)); // the last page's report comes before its commit
        m_supervisor->engine().setIndexSuspension(50000);
        QVERIFY2(progress.at(progress.size() / 2).second > 20 && progress.at(progress.size() / 2).second < 80,
                 qPrintable(QString::number(progress.at(progress.size() / 2).second)));
        qInfo("first sync: %d rows in pages of 3, cursor %lld", r.pulled, r.cursor);
        QCOMPARE(r.pulled, int(server.rows.size()));
        QCOMPARE(r.removed, 0);
        QCOMPARE(r.cursor, server.cursor);
        QCOMPARE(committedCursor(m_supervisor->db()), server.cursor);
        QCOMPARE(replicaRows(m_supervisor->db()), server.rows);
        // Full pages, then the short (or empty) last one.
        QCOMPARE(pullRequests(*m_supervisor, from), server.rows.size() / 3 + 1);
        verifyLikeRep(*m_supervisor);

        for (const int i : {0, 1, 2, 11, 27}) {
            const QString digits = u"1390000%1"_s.arg(i, 4, 10, QChar(u'0'));
            QCOMPARE(found(m_supervisor->db(), digits), QStringList{m_leads.at(i)});
            QCOMPARE(found(m_supervisor->db(), m_phones.at(i)), QStringList{m_leads.at(i)});
        }
        // Any contact of a shared account finds both of its leads.
        QStringList both{m_leads.at(3), m_leads.at(4)};
        both.sort();
        for (const QString &phone : {u"13900000003"_s, u"13900000004"_s, u"13700000004"_s}) {
            QStringList hits = found(m_supervisor->db(), phone);
            hits.sort();
            QCOMPARE(hits, both);
        }
        QCOMPARE(found(m_supervisor->db(), u"联系人17"_s), QStringList{m_leads.at(17)});
        QCOMPARE(found(m_supervisor->db(), u"第9号产线"_s), QStringList{m_leads.at(9)});
    }

    void laterEditsInPagesOfOne()
    {
        QVERIFY(m_supervisor);
        const QString renamed = m_rep->field(u"lead"_s, m_leads.at(6), u"account_id"_s).toString();
        const QString moved = m_rep->field(u"lead"_s, m_leads.at(7), u"contact_id"_s).toString();
        QVERIFY(m_rep->writer().save(u"account"_s, renamed, {{u"name"_s, u"绍兴越城重工"_s}}));
        QVERIFY(m_rep->writer().save(u"contact"_s, moved, {{u"phone"_s, u"135 0000 7777"_s}}));
        QVERIFY(m_rep->writer().save(u"lead"_s, m_leads.at(8), {{u"title"_s, u"八号线 二期"_s}}));
        NewLeadInput more;
        more.accountId = m_rep->field(u"lead"_s, m_leads.at(10), u"account_id"_s).toString();
        more.contactName = u"赵工"_s;
        more.contactPhone = u"13600001010"_s;
        QVERIFY(m_rep->leads().addContact(more).ok);
        SyncReport r = m_rep->sync();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(r.pushed, 4);

        const qint64 before = committedCursor(m_supervisor->db());
        m_supervisor->engine().setPageSize(1);
        const qsizetype from = logMark(*m_supervisor);
        r = m_supervisor->engine().pull();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(r.pulled, 4);
        QCOMPARE(pullRequests(*m_supervisor, from), 5);
        const ServerView server = serverView(m_supervisor->client());
        QVERIFY(server.cursor > before);
        QCOMPARE(committedCursor(m_supervisor->db()), server.cursor);
        QCOMPARE(replicaRows(m_supervisor->db()), server.rows);
        verifyLikeRep(*m_supervisor);
        QCOMPARE(found(m_supervisor->db(), u"绍兴越城"_s), QStringList{m_leads.at(6)});
        QVERIFY(found(m_supervisor->db(), u"宁波甬江第6精密"_s).isEmpty());
        QCOMPARE(found(m_supervisor->db(), u"13500007777"_s), QStringList{m_leads.at(7)});
        QVERIFY(found(m_supervisor->db(), u"13900000007"_s).isEmpty());
        QCOMPARE(found(m_supervisor->db(), u"八号线"_s), QStringList{m_leads.at(8)});
        QCOMPARE(found(m_supervisor->db(), u"13600001010"_s), QStringList{m_leads.at(10)});
    }

    void smallFirstSyncSearchesEveryLead()
    {
        // One page of fewer than 200 rows keeps the triggers. The account renamed
        // above now has a later rev than its lead, so the lead arrives first.
        auto small = signIn(u"sue"_s, u"sue-small"_s);
        QVERIFY(small);
        const ServerView server = serverView(small->client());
        QVERIFY(server.ok);
        QVERIFY(server.rows.size() < 200);
        QVERIFY(server.rows.value(u"lead/"_s + m_leads.at(6))
                < server.rows.value(u"account/"_s + m_rep->field(u"lead"_s, m_leads.at(6), u"account_id"_s).toString()));
        const SyncReport r = small->engine().pull();
        QVERIFY2(r.ok, test::describe(r).constData());
        QCOMPARE(replicaRows(small->db()), server.rows);
        QCOMPARE(triggers(small->db()), triggers(m_rep->db()));
        QCOMPARE(found(small->db(), u"第5号产线"_s), QStringList{m_leads.at(5)});
        // lead_search_insert finds no account yet; the account's insert (schema 8)
        // refreshes the lead.
        QCOMPARE(found(small->db(), u"绍兴越城"_s), QStringList{m_leads.at(6)});
        QVERIFY2(searchDrift(small->db()).isEmpty(), joined(searchDrift(small->db())).constData());
        QCOMPARE(small->count(u"SELECT count(*) FROM lead_search"_s), small->count(u"SELECT count(*) FROM lead"_s));
    }

    void cutOffPullResumesAfterRestart()
    {
        QVERIFY(m_supervisor);
        const quint16 port = quint16(QUrl(m_server.url()).port());
        const auto pullThrough = [this](const test::Device &d, const test::CutRelay &relay) {
            SyncClient client(u"https://127.0.0.1:%1"_s.arg(relay.port()), m_server.fingerprint());
            client.setTimeoutMs(60000);
            client.setToken(d.loginResult().token);
            SyncEngine engine(d.db(), systemClock(), client);
            engine.setPageSize(2);
            engine.setIndexSuspension(1);
            return engine.pull();
        };
        // How many bytes a whole pull in pages of 2 takes.
        auto whole = signIn(u"sue"_s, u"sue-measure"_s);
        QVERIFY(whole);
        const ServerView server = serverView(whole->client());
        QVERIFY(server.ok);
        qint64 bytes = 0;
        {
            const test::CutRelay relay(port, 0);
            QVERIFY(relay.port() != 0);
            const SyncReport r = pullThrough(*whole, relay);
            QVERIFY2(r.ok, test::describe(r).constData());
            QCOMPARE(replicaRows(whole->db()), server.rows);
            bytes = relay.fromServer();
        }

        // The same pull, cut off after half of them.
        auto cut = signIn(u"sue"_s, u"sue-cut"_s);
        QVERIFY(cut);
        SyncReport r;
        {
            const test::CutRelay relay(port, bytes / 2);
            QVERIFY(relay.port() != 0);
            r = pullThrough(*cut, relay);
            QVERIFY(relay.cut());
        }
        QVERIFY(!r.ok);
        QVERIFY2(r.network, qPrintable(r.error));
        const qint64 cursor = committedCursor(cut->db());
        qInfo("cut after %lld of %lld bytes: %d rows kept, cursor %lld of %lld", bytes / 2, bytes, r.pulled, cursor,
              server.cursor);
        QVERIFY(cursor > 0);
        QVERIFY(cursor < server.cursor);
        QCOMPARE(r.cursor, cursor);
        // Exactly the rows up to the cursor: none missing, none of a page not committed.
        const RowRevs kept = replicaRows(cut->db());
        QCOMPARE(kept, upTo(server.rows, cursor));
        QCOMPARE(r.pulled, int(kept.size()));
        QCOMPARE(triggers(cut->db()), triggers(m_rep->db()));
        QVERIFY2(searchDrift(cut->db()).isEmpty(), joined(searchDrift(cut->db())).constData());
        // The first sync is not complete: its indexes stay suspended for the pull that resumes it.
        QVERIFY(IndexSuspension::isPending(cut->db()));
        QVERIFY(indexes(cut->db()).size() < indexes(m_rep->db()).size());

        // The server dies and comes back; the pull goes on after the cursor.
        m_server.kill9();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        for (test::Device *d : {m_rep.get(), m_supervisor.get(), cut.get()})
            d->reconnect(m_server);
        cut->engine().setPageSize(2);
        const SyncReport rest = cut->engine().pull();
        QVERIFY2(rest.ok, test::describe(rest).constData());
        QCOMPARE(rest.pulled, int(server.rows.size() - kept.size()));
        QCOMPARE(rest.cursor, server.cursor);
        QCOMPARE(committedCursor(cut->db()), server.cursor);
        QCOMPARE(replicaRows(cut->db()), server.rows);
        QCOMPARE(dumpAll(cut->db()), dumpAll(whole->db()));
        QCOMPARE(dumpAll(cut->db()), dumpAll(m_supervisor->db()));
        verifyLikeRep(*cut); // its indexes too, built by the pull that completed it
    }

    void pageHeadersLetTheNextPageBeAskedForEarly()
    {
        // Each page names its end in its headers as its body does, so the
        // prefetcher asks for the next page before this one has arrived: two
        // requests on their way at once, each on its own client (connection),
        // each answered in full.
        QVERIFY(m_supervisor);
        SyncClient &first = m_supervisor->client();
        const std::unique_ptr<SyncClient> second = first.clone();
        SyncClient *clients[2] = {&first, second.get()};
        int turn = 0;
        qint64 cursor = 0;
        int pages = 0;
        std::unique_ptr<SyncClient::Pending> current = clients[turn]->start("GET", PullPage::path(cursor, 3));
        for (;;) {
            const QByteArray more = current->header("Sales-Has-More");
            bool ok = false;
            const qint64 end = current->header("Sales-Cursor").toLongLong(&ok);
            QVERIFY2(ok && (more == "true" || more == "false"), more.constData());
            std::unique_ptr<SyncClient::Pending> following;
            if (more == "true")
                following = clients[1 - turn]->start("GET", PullPage::path(end, 3));
            const PullPage page = PullPage::fromAnswer(current->wait(), cursor);
            QVERIFY2(page.ok, qPrintable(page.failure.networkError));
            QCOMPARE(page.cursor, end);
            QCOMPARE(page.hasMore, more == "true");
            QVERIFY(page.cursor > cursor || !page.hasMore);
            ++pages;
            cursor = page.cursor;
            if (!following)
                break;
            current = std::move(following);
            turn = 1 - turn;
        }
        QCOMPARE(cursor, serverView(first).cursor);
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));

        // A second request on a client whose answer is still on its way is
        // refused before anything is sent (a new connection for it could go
        // unchecked); the first is answered, and then the client takes another.
        const qsizetype from = logMark(*m_supervisor);
        {
            const auto busy = first.start("GET", PullPage::path(0, 3));
            const HttpResult refused = first.get(u"/api/v1/sync/pull?cursor=0&limit=1"_s);
            QCOMPARE(refused.status, 0);
            QVERIFY(!refused.networkError.isEmpty());
            QVERIFY(busy->wait().ok());
        }
        QCOMPARE(pullRequests(*m_supervisor, from), 1);
        // An answer not waited for is dropped, and the client is free again.
        {
            const auto dropped = first.start("GET", PullPage::path(0, 3));
            QVERIFY(!dropped->header("Sales-Cursor").isEmpty());
        }
        QVERIFY(first.get(u"/healthz"_s).ok());
    }

    void upToDatePullFetchesNothing()
    {
        QVERIFY(m_supervisor);
        for (test::Device *d : {m_supervisor.get(), m_rep.get()}) {
            const QStringList rows = dumpAll(d->db());
            const QStringList search = searchText(d->db());
            const qint64 cursor = committedCursor(d->db());
            const qsizetype from = logMark(*d);
            d->engine().setPageSize(2);
            const SyncReport r = d->engine().pull();
            QVERIFY2(r.ok, test::describe(r).constData());
            QCOMPARE(r.pulled, 0);
            QCOMPARE(r.removed, 0);
            QCOMPARE(r.cursor, cursor);
            QCOMPARE(committedCursor(d->db()), cursor);
            QCOMPARE(pullRequests(*d, from), 1);
            QCOMPARE(dumpAll(d->db()), rows);
            QCOMPARE(searchText(d->db()), search);
            QCOMPARE(triggers(d->db()).size(), 7);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEnginePages)
#include "tst_syncengine_pages.moc"
