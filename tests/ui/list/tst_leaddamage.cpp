// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 19: a damaged replica (a byte flipped, a page zeroed, the list index's root
// page hit) ends in one clear message and an empty list, never in a partial list.
#include "clock.h"
#include "demo/demogenerator.h"
#include "leads/leadtablemodel.h"
#include "leadsof.h"
#include "mainwindow.h"
#include "storage/localstate.h"
#include "filedamage.h"
#include "testreplica.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
constexpr qint64 PageSize = 4096;

} // namespace

class TestLeadDamage : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr; // closed after initTestCase: only its file and key are used
    FixedClock clock{Now};
    int m_accountPage = 0; // a page of account rows, not the table's root
    int m_listIndexRoot = 0;
    int m_searchRoot = 0;
    int m_leads = 0;

    // A copy of the demo replica with the damage the issue names, opened again.
    std::unique_ptr<ReplicaConnection> damagedCopy(QTemporaryDir &dir, const QString &kind)
    {
        ReplicaConfig config = r->config;
        config.path = dir.filePath(u"replica.db"_s);
        if (!QFile::copy(r->config.path, config.path))
            return {};
        const auto flip = [&config](qint64 offset) { test::flipByte(config.path, offset); };
        if (kind == u"flip"_s) {
            flip((m_accountPage - 1) * PageSize + PageSize / 2);
        } else if (kind == u"zeroPage"_s) {
            QFile f(config.path);
            if (!f.open(QIODevice::ReadWrite) || !f.seek((m_accountPage - 1) * PageSize))
                return {};
            f.write(QByteArray(PageSize, '\0'));
        } else if (kind == u"indexRoot"_s) {
            flip((m_listIndexRoot - 1) * PageSize + 100);
        } else if (kind == u"searchRoot"_s) {
            flip((m_searchRoot - 1) * PageSize + 100);
        }
        return std::make_unique<ReplicaConnection>(config);
    }

    // Flips one byte in each of the pages [from, to); flipping them again restores them.
    static void flipPages(const QString &path, int from, int to) { test::flipPages(path, from, to); }
    static bool accountTableFails(const ReplicaConfig &config)
    {
        ReplicaConnection c(config);
        if (!c.isOpen())
            return true;
        QSqlQuery q(c.database());
        // NOT INDEXED: the table's own pages, not a covering index.
        return !q.exec(u"SELECT sum(length(name)) FROM account NOT INDEXED"_s) || !q.next();
    }
    // There is no dbstat in this SQLCipher: bisect over damaged page ranges of a
    // working copy for a page of account rows, from half the file (where the issue
    // flipped its byte) onwards, else before it.
    int findAccountPage(int accountRoot)
    {
        QTemporaryDir dir;
        ReplicaConfig config = r->config;
        config.path = dir.filePath(u"probe.db"_s);
        if (!QFile::copy(r->config.path, config.path))
            return 0;
        const int pages = int(QFileInfo(config.path).size() / PageSize);
        for (auto [from, to] : {std::pair{pages / 2, pages + 1}, std::pair{2, pages / 2}}) {
            flipPages(config.path, from, to);
            const bool hit = accountTableFails(config);
            flipPages(config.path, from, to);
            if (!hit)
                continue;
            while (to - from > 1) {
                const int mid = from + (to - from) / 2;
                flipPages(config.path, from, mid);
                const bool inFirst = accountTableFails(config);
                flipPages(config.path, from, mid);
                if (inFirst)
                    to = mid;
                else
                    from = mid;
            }
            if (from != accountRoot)
                return from;
        }
        return 0;
    }

    // Every row of the list, as a view scrolled to the end reads them.
    static void readEveryRow(LeadTableModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            model.leadId(row);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        r = new test::TestReplica;
        DemoOptions options;
        options.leads = 5000; // the demo workspace
        options.now = Now;
        DemoGenerator generator(r->db(), options);
        QVERIFY2(generator.run(), qPrintable(generator.errorText()));
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT count(*) FROM lead WHERE deleted = 0"_s) && q.next());
        m_leads = q.value(0).toInt();
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'lead_list_idx'"_s) && q.next());
        m_listIndexRoot = q.value(0).toInt();
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'lead_search'"_s) && q.next());
        m_searchRoot = q.value(0).toInt();
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'account'"_s) && q.next());
        const int accountRoot = q.value(0).toInt();
        QVERIFY(m_listIndexRoot > 1 && m_searchRoot > 1);
        q.finish();
        r->connection.reset(); // checkpoints the WAL into the file
        m_accountPage = findAccountPage(accountRoot);
        QVERIFY(m_accountPage > 1);
        qInfo() << "pages:" << QFileInfo(r->config.path).size() / PageSize << "account rows" << m_accountPage
                << "(root" << accountRoot << ") lead_list_idx root" << m_listIndexRoot << "lead_search root" << m_searchRoot;
    }
    void cleanupTestCase() { delete r; }

    void damagedListEndsInOneMessageAndNoRows_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a byte flipped in a page of account rows") << u"flip"_s;
        QTest::newRow("a 4 KiB page of account rows zeroed") << u"zeroPage"_s;
        QTest::newRow("a byte flipped in the list index's root page") << u"indexRoot"_s;
    }
    void damagedListEndsInOneMessageAndNoRows()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const auto connection = damagedCopy(dir, kind);
        QVERIFY(connection && connection->isOpen());
        {
            // The damage is on the list's path: reading the whole list in SQL meets it.
            QSqlQuery q(connection->database());
            q.setForwardOnly(true);
            QVERIFY(q.exec(u"SELECT l.id, a.name FROM lead l INDEXED BY lead_list_idx "
                           u"JOIN account a ON a.id = l.account_id WHERE l.deleted = 0 "
                           u"ORDER BY l.last_activity_at DESC, l.id"_s) || q.lastError().isValid());
            while (q.next()) {
            }
            QVERIFY2(q.lastError().isValid(), "the damage missed the pages the list reads");
        }

        LeadTableModel model(connection->database());
        model.setClock(clock);
        QSignalSpy failed(&model, &LeadTableModel::loadFailed);
        const int failedAtOnce = model.hasFailed() ? 1 : 0; // the count at construction failed
        readEveryRow(model);
        QTRY_COMPARE(failed.count() + failedAtOnce, 1);
        QCOMPARE(model.rowCount(), 0); // never a partial list
        QVERIFY(model.isDamaged());
        const QString text = model.failure();
        QVERIFY2(text.contains(u"损坏"_s) && text.contains(u"未做任何改动"_s), qPrintable(text));
        QTest::qWait(50);
        QCOMPARE(failed.count() + failedAtOnce, 1); // once, not once per page

        model.reload(); // F5: still no partial list, the same message
        readEveryRow(model);
        QTRY_COMPARE(failed.count() + failedAtOnce, 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void searchOnADamagedPageEmptiesTheList()
    {
        QTemporaryDir dir;
        const auto connection = damagedCopy(dir, u"searchRoot"_s);
        QVERIFY(connection && connection->isOpen());
        LeadTableModel model(connection->database());
        model.setClock(clock);
        QCOMPARE(model.rowCount(), m_leads); // the default order never reads lead_search
        QSignalSpy failed(&model, &LeadTableModel::loadFailed);
        LeadFilter filter;
        filter.search = u"有限公司"_s;
        model.setFilter(filter);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(model.rowCount(), 0); // not the old, non-matching rows
        QVERIFY(model.isDamaged());
    }

    void leadsAreaShowsWhatToDoInsteadOfTheList_data()
    {
        QTest::addColumn<QString>("serverUrl");
        QTest::addColumn<QString>("advice");
        QTest::newRow("a local workspace") << QString() << u"技术支持"_s;
        QTest::newRow("a workspace with a server") << u"https://sales.example.cn:8443"_s << u"重新同步"_s;
    }
    void leadsAreaShowsWhatToDoInsteadOfTheList()
    {
        QFETCH(QString, serverUrl);
        QFETCH(QString, advice);
        QTemporaryDir dir;
        const auto connection = damagedCopy(dir, u"indexRoot"_s);
        QVERIFY(connection && connection->isOpen());
        if (!serverUrl.isEmpty())
            QVERIFY(LocalState(connection->database()).setValue("sync.server_url", serverUrl));
        MainWindow w(connection->database(), u"演示工作区"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        LeadsArea &area = test::leadsOf(w);
        auto *panel = w.findChild<QLabel *>(u"replicaProblem"_s);
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(!area.leadTable()->isVisible());
        QVERIFY2(panel->text().contains(u"损坏"_s) && panel->text().contains(advice), qPrintable(panel->text()));
        if (serverUrl.isEmpty())
            QVERIFY2(panel->text().contains(dir.filePath(u"replica.db"_s)), qPrintable(panel->text()));
        QVERIFY(!area.statusText().contains(u"0 条"_s)); // not "0 leads" as if the list were empty
    }
};

QTEST_MAIN(TestLeadDamage)
#include "tst_leaddamage.moc"
