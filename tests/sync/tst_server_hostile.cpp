// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real sales-server under a few hundred hostile requests of every kind the
// hardening issue names: malformed HTTP, bodies without sign-in, forged tokens,
// dripped headers, values out of range, references to nothing, someone else's op
// ids, someone else's file hashes, cursors ahead of the server (409 cursor_ahead), and a flood of
// large unauthenticated bodies. After each batch nothing has changed (the latest
// rev and a digest of an admin's full pull are the same), no answer was a 5xx,
// and the server still answers. On SQLite and PostgreSQL.
#include "hostilepeer.h"
#include "syncfixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {
constexpr int kReadTimeoutMs = 3000;
constexpr qint64 kFloodBoundKiB = 48 * 1024; // what 16 unauthenticated 19 MiB bodies may add to the server's RSS
} // namespace

class TestServerHostile : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::Org m_org;
    std::unique_ptr<test::Device> m_ann;
    std::unique_ptr<test::Device> m_bob;
    std::unique_ptr<SyncClient> m_root;
    QSslConfiguration m_ssl;
    QString m_lead;
    QString m_sha; // ann's file, named by her evidence
    QByteArray m_digest;
    qint64 m_latest = 0;
    int m_sent = 0;

    // The latest rev and a digest of everything an admin pulls from the start.
    std::pair<qint64, QByteArray> state()
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        qint64 cursor = 0, latest = -1;
        for (int page = 0; page < 100; ++page) {
            const HttpResult r = m_root->get(u"/api/v1/sync/pull?cursor=%1&limit=5000"_s.arg(cursor));
            if (!r.ok())
                return {-1, "pull failed"};
            const QJsonObject o = r.json();
            h.addData(QJsonDocument(o.value(u"changes"_s).toArray()).toJson(QJsonDocument::Compact));
            h.addData(QJsonDocument(o.value(u"removals"_s).toArray()).toJson(QJsonDocument::Compact));
            latest = o.value(u"latest"_s).toInteger();
            cursor = o.value(u"cursor"_s).toInteger();
            if (!o.value(u"has_more"_s).toBool())
                break;
        }
        return {latest, h.result().toHex()};
    }
    bool healthy()
    {
        SyncClient c(m_server.url(), m_server.fingerprint());
        return c.get(u"/healthz"_s).json().value(u"status"_s).toString() == u"ok"_s;
    }
    // Nothing changed since the baseline, the server answers, and it never answered 5xx.
    void verifyUnchanged()
    {
        const auto [latest, digest] = state();
        QCOMPARE(latest, m_latest);
        QCOMPARE(digest, m_digest);
        QVERIFY(healthy());
        for (const QJsonObject &line : m_server.log()) {
            const int status = line.value(u"fields"_s).toObject().value(u"status"_s).toInt();
            QVERIFY2(status < 500 || status == 503, QJsonDocument(line).toJson().constData());
        }
    }
    static QByteArray ops(const QJsonArray &list)
    {
        return QJsonDocument(QJsonObject{{u"ops"_s, list}}).toJson(QJsonDocument::Compact);
    }
    // An edit of ann's lead based on the values the server has (so it is judged, not merged away).
    QJsonObject leadOp(const QJsonObject &fields) const
    {
        QJsonObject bases;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            if (const QVariant v = m_ann->field(u"lead"_s, m_lead, it.key()); v.isValid())
                bases.insert(it.key(), QJsonValue::fromVariant(v));
        return {{u"op"_s, newId()}, {u"e"_s, u"lead"_s}, {u"id"_s, m_lead}, {u"f"_s, fields}, {u"b"_s, bases}};
    }
    static QJsonObject newRow(const QString &entity, const QJsonObject &fields)
    {
        return {{u"op"_s, newId()}, {u"e"_s, entity}, {u"id"_s, newId()}, {u"new"_s, true}, {u"f"_s, fields}};
    }
    // One request on its own raw connection; its status (0: closed unanswered).
    int raw(const QByteArray &bytes, int ms = 8000)
    {
        test::HostilePeer peer(m_ssl, quint16(QUrl(m_server.url()).port()));
        if (!peer.connected())
            return -1;
        peer.send(bytes);
        ++m_sent;
        return peer.waitForStatus(ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.init(&error), qPrintable(error));
        QVERIFY2(m_org.create(m_server, &error), qPrintable(error));
        {
            QFile f(m_server.dataDir() + u"/server.json"_s);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
            QJsonObject limits = config.value(u"limits"_s).toObject();
            limits.insert(u"read_timeout_ms"_s, kReadTimeoutMs);
            limits.insert(u"idle_timeout_ms"_s, 10000);
            config.insert(u"limits"_s, limits);
            f.close();
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(config).toJson());
        }
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ssl = test::HostilePeer::trustFrom(m_server.dataDir() + u"/cert.pem"_s);
        m_ann = test::signIn(m_server, u"ann"_s, u"ann-laptop"_s, true);
        m_bob = test::signIn(m_server, u"bob"_s, u"bob-laptop"_s, true);
        QVERIFY(m_ann && m_bob);
        m_lead = m_ann->createLead(u"舟山海宏船舶配件"_s);
        QVERIFY(!m_lead.isEmpty());
        m_sha = m_ann->fileEvidence(m_lead, u"qualify"_s, u"any"_s, "scan of a signed NDA", u"保密协议.pdf"_s);
        QVERIFY(!m_sha.isEmpty());
        const SyncReport r = m_ann->sync();
        QVERIFY2(r.ok && r.rejected == 0, test::describe(r).constData());
        m_root = std::make_unique<SyncClient>(m_server.url(), m_server.fingerprint());
        QVERIFY2(test::login(*m_root, u"root"_s, u"root-console"_s, &error), qPrintable(error));
        std::tie(m_latest, m_digest) = state();
        QVERIFY(m_latest > 0);
    }
    void cleanupTestCase()
    {
        qInfo("%d hostile requests sent", m_sent);
        QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM");
    }

    // Must come first: the peak is read off a server that has not yet held large bodies.
    void floodOfUnauthenticatedBodiesStaysSmall()
    {
        const qint64 pid = m_server.pid();
        const qint64 before = test::residentKiB(pid);
        QVERIFY(before > 0);
        const QByteArray chunk = QByteArray::number(1 << 20, 16) + "\r\n" + QByteArray(1 << 20, 'z') + "\r\n";
        QByteArray body;
        for (int i = 0; i < 19; ++i)
            body += chunk;
        body += "0\r\n\r\n";
        const QByteArray head = "PUT /api/v1/blobs/" + QByteArray(64, 'e')
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        std::vector<std::unique_ptr<test::HostilePeer>> peers;
        for (int i = 0; i < 16; ++i) {
            peers.push_back(std::make_unique<test::HostilePeer>(m_ssl, quint16(QUrl(m_server.url()).port())));
            QVERIFY(peers.back()->connected());
            peers.back()->send(head + body);
            ++m_sent;
        }
        qint64 peak = before;
        QElapsedTimer t;
        t.start();
        (void)QTest::qWaitFor([&] {
            peak = std::max(peak, test::residentKiB(pid));
            for (const auto &p : peers)
                if (!p->answered() && !p->closed())
                    return false;
            return true;
        }, 30000);
        for (const auto &p : peers)
            QCOMPARE(p->status(), 401);
        QTest::qWait(500);
        peak = std::max(peak, test::residentKiB(pid));
        qInfo("server RSS %lld KiB before, peak %lld KiB with 16 unauthenticated 19 MiB bodies (%lld ms)", before, peak,
              t.elapsed());
        QVERIFY2(peak - before < kFloodBoundKiB, qPrintable(u"grew by %1 KiB"_s.arg(peak - before)));
        peers.clear();
        verifyUnchanged();
    }

    void malformedHttp()
    {
        const QList<QByteArray> requests{
            "THIS IS NOT HTTP\r\n\r\n",
            "GET\r\n\r\n",
            "GET /healthz HTTP/9.9\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
            "GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nX: " + QByteArray(20000, 'b') + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nBad Header\r\n\r\n",
            "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
            "DELETE /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /api/v1/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /api/v1/rows/lead/%2e%2e%2f HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 70000\r\n\r\n",
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 9\r\n\r\n{\"user\":1",
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n[]",
        };
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray &req : requests) {
                const int status = raw(req);
                QVERIFY2(status == 0 || (status >= 400 && status < 500), qPrintable(u"%1 for %2"_s.arg(status).arg(
                                                                               QString::fromLatin1(req.left(60)))));
            }
        }
        verifyUnchanged();
    }

    // Refused on the head: no sign-in, a forged or revoked token, an unknown route,
    // a wrong method; a declared body that never comes is not waited for.
    void refusedBeforeTheBody()
    {
        const QList<QPair<QByteArray, int>> heads{
            {"PUT /api/v1/blobs/" + QByteArray(64, 'a') + " HTTP/1.1\r\nContent-Length: 19000000\r\n", 401},
            {"POST /api/v1/sync/push HTTP/1.1\r\nContent-Length: 4000000\r\n", 401},
            {"POST /api/v1/sync/push HTTP/1.1\r\nAuthorization: Bearer AAAA\r\nContent-Length: 4000000\r\n", 401},
            {"POST /api/v1/sync/push HTTP/1.1\r\nAuthorization: Basic cm9vdDpyb290\r\nContent-Length: 100\r\n", 401},
            {"POST /api/v1/blobs/missing HTTP/1.1\r\nAuthorization: Bearer\r\nContent-Length: 100\r\n", 401},
            {"GET /api/v1/sync/pull?cursor=0 HTTP/1.1\r\nAuthorization: Bearer " + QByteArray(4000, 't') + "\r\n", 401},
            {"POST /api/v1/everything HTTP/1.1\r\nContent-Length: 4000000\r\n", 404},
            {"PUT /healthz HTTP/1.1\r\nContent-Length: 4000000\r\n", 405},
            {"PATCH /api/v1/auth/login HTTP/1.1\r\nContent-Length: 4000000\r\n", 405},
        };
        for (int round = 0; round < 6; ++round) {
            for (const auto &[head, expected] : heads) {
                QElapsedTimer t;
                t.start();
                const int status = raw(head + "Host: 127.0.0.1\r\n\r\n", kReadTimeoutMs * 2);
                QCOMPARE(status, expected);
                QVERIFY2(t.elapsed() < kReadTimeoutMs / 2, qPrintable(QString::number(t.elapsed())));
            }
        }
        verifyUnchanged();
    }

    // Shaped right, signed in, and wrong: each op is refused with its code.
    void hostileOpsAreRefused()
    {
        const QString title = m_ann->field(u"lead"_s, m_lead, u"title"_s).toString();
        const QString account = m_ann->field(u"lead"_s, m_lead, u"account_id"_s).toString();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject account0{{u"name"_s, u"空壳公司"_s}, {u"created_at"_s, now}, {u"updated_at"_s, now}};
        auto with = [](QJsonObject o, const QString &k, const QJsonValue &v) {
            o.insert(k, v);
            return o;
        };
        const QList<QPair<QJsonObject, QString>> annOps{
            {leadOp({{u"account_id"_s, u"x"_s}}), u"missing_parent"_s},
            {leadOp({{u"account_id"_s, u""_s}}), u"bad_value"_s},
            {leadOp({{u"title"_s, u""_s}}), u"bad_value"_s},
            {leadOp({{u"stage_entered_at"_s, -1}}), u"bad_value"_s},
            {leadOp({{u"deleted"_s, QJsonValue::Null}}), u"bad_value"_s},
            {leadOp({{u"deleted"_s, -1}}), u"bad_value"_s},
            {leadOp({{u"amount_yuan"_s, -100}}), u"bad_value"_s},
            {leadOp({{u"status"_s, u"won!"_s}}), u"bad_value"_s},
            {leadOp({{u"owner_id"_s, u"nobody"_s}}), u"unknown_owner"_s},
            {leadOp({{u"template_id"_s, u"no-such-template"_s}}), u"missing_parent"_s},
            {leadOp({{u"stage_key"_s, u"negotiate"_s}}), u"stage_gate"_s},
            {leadOp({{u"stage_key"_s, u"won"_s}}), u"unknown_stage"_s},
            {leadOp({{u"secret"_s, 1}}), u"unknown_field"_s},
            {leadOp({{u"amount_yuan"_s, u"一百万"_s}}), u"bad_type"_s},
            {newRow(u"account"_s, with(account0, u"created_at"_s, -1)), u"bad_value"_s},
            {newRow(u"contact"_s, {{u"account_id"_s, u"x"_s}, {u"name"_s, u"李"_s}, {u"created_at"_s, now},
                                   {u"updated_at"_s, now}}), u"missing_parent"_s},
            {newRow(u"region"_s, {{u"name"_s, u"自封大区"_s}, {u"updated_at"_s, now}}), u"forbidden"_s},
            {newRow(u"evidence_item"_s, {{u"lead_id"_s, m_lead}, {u"stage_key"_s, u"qualify"_s},
                                         {u"requirement_key"_s, u"any"_s}, {u"kind"_s, u"file"_s},
                                         {u"blob_sha256"_s, QString(64, u'f')}, {u"file_name"_s, u"x.pdf"_s},
                                         {u"created_at"_s, now}, {u"updated_at"_s, now}}), u"missing_blob"_s},
        };
        const QString bobLead = m_bob->createLead(u"岱山县远航渔具"_s);
        QVERIFY(!bobLead.isEmpty());
        QVERIFY(m_bob->sync().ok);
        std::tie(m_latest, m_digest) = state(); // bob's lead is the last honest write
        const QList<QPair<QJsonObject, QString>> bobOps{
            {leadOp({{u"title"_s, u"抢来的线索"_s}}), u"out_of_scope"_s},
            {newRow(u"activity"_s, {{u"lead_id"_s, m_lead}, {u"kind"_s, u"call"_s}, {u"happened_at"_s, now},
                                    {u"entered_at"_s, now}, {u"entry_seconds"_s, 5}, {u"progress"_s, 0},
                                    {u"updated_at"_s, now}}), u"out_of_scope"_s},
            // Ann's file by its hash, in a row of bob's own lead.
            {newRow(u"evidence_item"_s, {{u"lead_id"_s, bobLead}, {u"stage_key"_s, u"qualify"_s},
                                         {u"requirement_key"_s, u"any"_s}, {u"kind"_s, u"file"_s},
                                         {u"blob_sha256"_s, m_sha}, {u"file_name"_s, u"偷看.pdf"_s},
                                         {u"created_at"_s, now}, {u"updated_at"_s, now}}), u"missing_blob"_s},
            {newRow(u"lead"_s, {{u"account_id"_s, account}, {u"owner_id"_s, m_org.ann}, {u"title"_s, u"塞给别人"_s},
                                {u"template_id"_s, u"default"_s}, {u"stage_key"_s, u"qualify"_s},
                                {u"stage_entered_at"_s, now}, {u"amount_yuan"_s, 1}, {u"status"_s, u"open"_s},
                                {u"created_at"_s, now}, {u"updated_at"_s, now}}), u"out_of_scope"_s},
        };
        for (int round = 0; round < 4; ++round) {
            for (const auto &[op, code] : annOps) {
                QJsonObject fresh = op;
                fresh.insert(u"op"_s, newId());
                const HttpResult r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({fresh}));
                ++m_sent;
                QCOMPARE(r.status, 200);
                const QJsonObject res = r.json()[u"results"_s][0].toObject();
                QVERIFY2(res[u"status"_s].toString() == u"rejected"_s && res[u"code"_s].toString() == code,
                         qPrintable(res[u"status"_s].toString() + u" "_s + res[u"code"_s].toString() + u" for "_s
                                   + QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact))));
                // Bob replays ann's op id with the same content: a new op for him, refused, nothing of hers shown.
                const HttpResult replay = m_bob->client().post(u"/api/v1/sync/push"_s, ops({fresh}));
                ++m_sent;
                const QJsonObject theirs = replay.json()[u"results"_s][0].toObject();
                QCOMPARE(theirs[u"status"_s].toString(), u"rejected"_s);
                QVERIFY2(!replay.body.contains(title.toUtf8()), replay.body.constData());
            }
            for (const auto &[op, code] : bobOps) {
                QJsonObject fresh = op;
                fresh.insert(u"op"_s, newId());
                const HttpResult r = m_bob->client().post(u"/api/v1/sync/push"_s, ops({fresh}));
                ++m_sent;
                QCOMPARE(r.json()[u"results"_s][0][u"code"_s].toString(), code);
                QVERIFY2(!r.body.contains(title.toUtf8()), r.body.constData());
            }
            // Bob cannot read ann's file, and cannot tell it exists.
            QCOMPARE(m_bob->client().get(u"/api/v1/blobs/"_s + m_sha).status, 404);
            QCOMPARE(m_bob->client().get(u"/api/v1/rows/lead/"_s + m_lead).status, 403);
            m_sent += 2;
        }
        verifyUnchanged();
    }

    // A cursor ahead of the server is refused with its own code, never answered as an empty page.
    void cursorsAheadOrMalformed()
    {
        for (const qint64 ahead : {m_latest + 1, m_latest + 1000, qint64(1) << 62}) {
            const HttpResult r = m_ann->client().get(u"/api/v1/sync/pull?cursor=%1&limit=10"_s.arg(ahead));
            ++m_sent;
            QCOMPARE(r.status, 409);
            QCOMPARE(r.errorCode(), u"cursor_ahead"_s);
        }
        for (const QString &q : {u"cursor=-1"_s, u"cursor=abc"_s, u"cursor=1e9"_s, u"limit=0"_s, u"limit=5001"_s,
                                 u"cursor=99999999999999999999999"_s}) {
            const HttpResult r = m_ann->client().get(u"/api/v1/sync/pull?"_s + q);
            ++m_sent;
            QVERIFY2(r.status == 400, qPrintable(q));
            QCOMPARE(r.errorCode(), u"bad_request"_s);
        }
        QCOMPARE(m_ann->client().get(u"/api/v1/sync/pull?cursor=%1&limit=10"_s.arg(m_latest)).status, 200);
        verifyUnchanged();
    }

    // Headers dripped slowly are cut off at the read timeout from their first byte.
    void drippedHeadersAreCutOff()
    {
        std::vector<std::unique_ptr<test::HostilePeer>> peers;
        for (int i = 0; i < 8; ++i) {
            peers.push_back(std::make_unique<test::HostilePeer>(m_ssl, quint16(QUrl(m_server.url()).port())));
            QVERIFY(peers.back()->connected());
            peers.back()->send("GET /healthz HTTP/1.1\r\n");
            ++m_sent;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 4 * kReadTimeoutMs) {
            bool open = false;
            for (const auto &p : peers) {
                if (!p->closed()) {
                    p->send("X");
                    open = true;
                }
            }
            if (!open)
                break;
            QTest::qWait(250);
        }
        qInfo("8 dripping connections cut off after %lld ms (read timeout %d ms)", t.elapsed(), kReadTimeoutMs);
        for (const auto &p : peers)
            QVERIFY(p->closed());
        QVERIFY(t.elapsed() < kReadTimeoutMs + 2000);
        verifyUnchanged();
    }
};

QTEST_GUILESS_MAIN(TestServerHostile)
#include "tst_server_hostile.moc"
