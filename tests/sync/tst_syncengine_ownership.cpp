// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What belongs to whom on the real sales-server: an op's remembered answer is its
// sender's (someone else's op id is a new op for them, judged by their scope), a
// refused op is remembered too, and a file's hash is no read permission (naming a
// file needs its bytes or sight of a row naming it; absent and forbidden look alike).
#include "syncfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncEngineOwnership : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::Org m_org;
    std::unique_ptr<test::Device> m_ann;
    std::unique_ptr<test::Device> m_bob;
    std::unique_ptr<SyncClient> m_root;
    QString m_lead;  // ann's
    QString m_title; // its title on the server

    QByteArray snapshot()
    {
        const HttpResult r = m_root->get(u"/api/v1/sync/pull?cursor=0&limit=5000"_s);
        return r.ok() ? r.body : QByteArrayLiteral("pull failed");
    }
    static QByteArray ops(const QJsonArray &list)
    {
        return QJsonDocument(QJsonObject{{u"ops"_s, list}}).toJson(QJsonDocument::Compact);
    }
    static QJsonObject resultOf(const HttpResult &r) { return r.json()[u"results"_s][0].toObject(); }
    static QString sha256Of(const QByteArray &b)
    {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    }
    QJsonObject evidenceOp(const QString &lead, const QString &sha) const
    {
        return {{u"op"_s, newId()}, {u"e"_s, u"evidence_item"_s}, {u"id"_s, newId()}, {u"new"_s, true},
                {u"f"_s, QJsonObject{{u"lead_id"_s, lead}, {u"stage_key"_s, u"qualify"_s},
                                     {u"requirement_key"_s, u"any"_s}, {u"kind"_s, u"file"_s},
                                     {u"blob_sha256"_s, sha}, {u"file_name"_s, u"合同.pdf"_s},
                                     {u"created_at"_s, QDateTime::currentMSecsSinceEpoch()},
                                     {u"updated_at"_s, QDateTime::currentMSecsSinceEpoch()}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
        m_ann = test::signIn(m_server, u"ann"_s, u"ann-laptop"_s, true);
        m_bob = test::signIn(m_server, u"bob"_s, u"bob-laptop"_s, true);
        QVERIFY(m_ann && m_bob);
        m_lead = m_ann->createLead(u"湖州南太湖精工"_s);
        QVERIFY(!m_lead.isEmpty());
        QVERIFY(m_ann->sync().ok);
        m_title = m_ann->field(u"lead"_s, m_lead, u"title"_s).toString();
        m_root = std::make_unique<SyncClient>(m_server.url(), m_server.fingerprint());
        QVERIFY2(test::login(*m_root, u"root"_s, u"root-console"_s, &error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM"); }

    // Bob re-sends ann's op, same id and content: a new op for him, out of his scope,
    // and nothing of ann's answer (her lead's row) comes back to him.
    void someoneElsesOpIsANewOp()
    {
        const QJsonObject op{{u"op"_s, newId()}, {u"e"_s, u"lead"_s}, {u"id"_s, m_lead},
                             {u"f"_s, QJsonObject{{u"title"_s, u"南太湖精工 数控改造"_s}}},
                             {u"b"_s, QJsonObject{{u"title"_s, m_title}}}};
        HttpResult r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({op}));
        QCOMPARE(resultOf(r)[u"status"_s].toString(), u"applied"_s);
        QVERIFY(r.body.contains("南太湖精工 数控改造"));
        m_title = u"南太湖精工 数控改造"_s;
        const QByteArray before = snapshot();
        r = m_bob->client().post(u"/api/v1/sync/push"_s, ops({op}));
        QCOMPARE(r.status, 200);
        QCOMPARE(resultOf(r)[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(resultOf(r)[u"code"_s].toString(), u"out_of_scope"_s);
        QVERIFY2(!resultOf(r).contains(u"row"_s), r.body.constData());
        QVERIFY2(!r.body.contains("南太湖精工"), r.body.constData());
        QCOMPARE(m_bob->client().get(u"/api/v1/rows/lead/"_s + m_lead).status, 403);
        QCOMPARE(snapshot(), before);
        // Ann's own retry still gets her first answer.
        r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({op}));
        QCOMPARE(resultOf(r)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(snapshot(), before);
    }

    // A refused op's id is spent: other content under it is op_replayed, not applied.
    void refusedOpIdsAreRemembered()
    {
        const QString opId = newId();
        const QJsonObject bad{{u"op"_s, opId}, {u"e"_s, u"lead"_s}, {u"id"_s, m_lead},
                              {u"f"_s, QJsonObject{{u"status"_s, u"maybe"_s}}},
                              {u"b"_s, QJsonObject{{u"status"_s, u"open"_s}}}};
        HttpResult r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({bad}));
        QCOMPARE(resultOf(r)[u"code"_s].toString(), u"bad_value"_s);
        const QByteArray before = snapshot();
        QJsonObject other = bad;
        other.insert(u"f"_s, QJsonObject{{u"title"_s, u"借旧编号的修改"_s}});
        other.insert(u"b"_s, QJsonObject{{u"title"_s, m_title}});
        r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({other}));
        QCOMPARE(resultOf(r)[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(resultOf(r)[u"code"_s].toString(), u"op_replayed"_s);
        QCOMPARE(snapshot(), before);
        // The refused op itself, again: the same refusal.
        r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({bad}));
        QCOMPARE(resultOf(r)[u"code"_s].toString(), u"bad_value"_s);
        QCOMPARE(snapshot(), before);
    }

    // Bob cannot get ann's file by naming its hash in a row of his own.
    void aHashIsNoReadPermission()
    {
        const QByteArray secret = QByteArrayLiteral("%PDF ann's signed quotation for 南太湖精工, 1,280,000 yuan");
        const QString sha = sha256Of(secret);
        const QString never = sha256Of("a file nobody uploaded");
        QCOMPARE(m_ann->client().put(u"/api/v1/blobs/"_s + sha, secret).status, 200);
        HttpResult r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({evidenceOp(m_lead, sha)}));
        QCOMPARE(resultOf(r)[u"status"_s].toString(), u"applied"_s);

        const QString bobLead = m_bob->createLead(u"德清联合包装"_s);
        QVERIFY(!bobLead.isEmpty());
        QVERIFY(m_bob->sync().ok);
        const QByteArray before = snapshot();
        // Absent and forbidden are told apart neither by GET nor by /blobs/missing.
        const HttpResult forbidden = m_bob->client().get(u"/api/v1/blobs/"_s + sha);
        const HttpResult absent = m_bob->client().get(u"/api/v1/blobs/"_s + never);
        QCOMPARE(forbidden.status, 404);
        QCOMPARE(forbidden.body, absent.body);
        r = m_bob->client().post(u"/api/v1/blobs/missing"_s,
                                 QJsonDocument(QJsonObject{{u"sha256"_s, QJsonArray{sha, never}}}).toJson());
        QCOMPARE(r.json()[u"missing"_s].toArray(), (QJsonArray{sha, never}));
        // Naming it in his own row is refused, and still gives him nothing.
        r = m_bob->client().post(u"/api/v1/sync/push"_s, ops({evidenceOp(bobLead, sha)}));
        QCOMPARE(resultOf(r)[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(resultOf(r)[u"code"_s].toString(), u"missing_blob"_s);
        QCOMPARE(m_bob->client().get(u"/api/v1/blobs/"_s + sha).status, 404);
        QCOMPARE(snapshot(), before);
        // Ann and her supervisor read it; the server still has it for them.
        QCOMPARE(m_ann->client().get(u"/api/v1/blobs/"_s + sha).body, secret);
        auto sue = test::signIn(m_server, u"sue"_s, u"sue-desk"_s, false);
        QVERIFY(sue);
        QCOMPARE(sue->client().get(u"/api/v1/blobs/"_s + sha).body, secret);
        // With the same bytes of his own (the same brochure, say) bob may name it.
        QCOMPARE(m_bob->client().put(u"/api/v1/blobs/"_s + sha, secret).status, 200);
        r = m_bob->client().post(u"/api/v1/blobs/missing"_s,
                                 QJsonDocument(QJsonObject{{u"sha256"_s, QJsonArray{sha}}}).toJson());
        QCOMPARE(r.json()[u"missing"_s].toArray(), QJsonArray());
        r = m_bob->client().post(u"/api/v1/sync/push"_s, ops({evidenceOp(bobLead, sha)}));
        QCOMPARE(resultOf(r)[u"status"_s].toString(), u"applied"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineOwnership)
#include "tst_syncengine_ownership.moc"
