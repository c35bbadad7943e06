// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input to the real sales-server's sync routes: each gets its stable error
// code, changes nothing (everything an admin can pull is byte for byte the same
// before and after), and the server keeps serving.
#include "syncfixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncEngineInput : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::Org m_org;
    std::unique_ptr<test::Device> m_ann;
    std::unique_ptr<SyncClient> m_root;
    QString m_lead;
    QString m_title;
    QJsonObject m_leadRow; // the lead's fields as the server has them

    // Every row and removal, as the admin pulls them from the start.
    QByteArray snapshot()
    {
        const HttpResult r = m_root->get(u"/api/v1/sync/pull?cursor=0&limit=5000"_s);
        return r.ok() ? r.body : QByteArrayLiteral("pull failed");
    }
    bool healthy()
    {
        SyncClient c(m_server.url(), m_server.fingerprint());
        return c.get(u"/healthz"_s).json().value(u"status"_s).toString() == u"ok"_s;
    }
    QJsonObject op(const QJsonObject &fields, const QJsonObject &bases = {}) const
    {
        return {{u"op"_s, newId()}, {u"e"_s, u"lead"_s}, {u"id"_s, m_lead}, {u"f"_s, fields}, {u"b"_s, bases}};
    }
    static QJsonObject created(const QString &entity, const QJsonObject &fields)
    {
        return {{u"op"_s, newId()}, {u"e"_s, entity}, {u"id"_s, newId()}, {u"new"_s, true}, {u"f"_s, fields}};
    }
    static QByteArray ops(const QJsonArray &list)
    {
        return QJsonDocument(QJsonObject{{u"ops"_s, list}}).toJson(QJsonDocument::Compact);
    }
    static QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &v)
    {
        o.insert(key, v);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
        m_ann = std::make_unique<test::Device>(m_server, u"ann"_s, u"ann-laptop"_s, &error);
        QVERIFY2(m_ann->ok(), qPrintable(error));
        QVERIFY(m_ann->sync().ok);
        m_lead = m_ann->createLead(u"绍兴越达印染"_s);
        QVERIFY(!m_lead.isEmpty());
        QVERIFY(m_ann->sync().ok);
        m_title = m_ann->field(u"lead"_s, m_lead, u"title"_s).toString();
        for (const QJsonObject &c : m_ann->serverRows(u"lead"_s))
            if (c[u"id"_s].toString() == m_lead)
                m_leadRow = c[u"f"_s].toObject();
        QVERIFY(!m_leadRow.value(u"account_id"_s).toString().isEmpty());
        m_root = std::make_unique<SyncClient>(m_server.url(), m_server.fingerprint());
        QVERIFY2(test::login(*m_root, u"root"_s, u"root-console"_s, &error), qPrintable(error));
        QVERIFY(snapshot().contains(m_lead.toUtf8()));
    }
    void cleanupTestCase() { QVERIFY2(m_server.stop(), "serve did not stop cleanly on SIGTERM"); }

    void badPushChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonObject good = op({{u"title"_s, u"合法的修改"_s}}, {{u"title"_s, m_title}});
        auto row = [](const char *name, const QByteArray &body, int status, const QString &code) {
            QTest::newRow(name) << body << status << code;
        };
        row("malformed JSON", "{\"ops\": [{\"op\": ", 400, u"bad_json"_s);
        row("not an object", "[1, 2]", 400, u"bad_json"_s);
        row("ops not an array", "{\"ops\": \"all\"}", 400, u"bad_request"_s);
        row("unknown top-level key",
            QJsonDocument(QJsonObject{{u"ops"_s, QJsonArray{good}}, {u"force"_s, true}}).toJson(), 400,
            u"bad_request"_s);
        row("op not an object", ops({1}), 400, u"bad_request"_s);
        row("op id not a UUID", ops({with(good, u"op"_s, u"42"_s)}), 400, u"bad_request"_s);
        row("op id a number", ops({with(good, u"op"_s, 42)}), 400, u"bad_request"_s);
        row("new not a boolean", ops({with(good, u"new"_s, u"yes"_s)}), 400, u"bad_request"_s);
        row("fields not an object", ops({with(good, u"f"_s, QJsonArray{u"title"_s})}), 400, u"bad_request"_s);
        row("unknown op field", ops({with(good, u"priority"_s, 1)}), 400, u"bad_request"_s);
        row("unknown entity", ops({with(good, u"e"_s, u"password"_s)}), 400, u"bad_request"_s);
        row("bad row id", ops({with(good, u"id"_s, u"../lead"_s)}), 400, u"bad_request"_s);
        // One bad op spoils the push: a good op before it is not applied either.
        row("good then bad", ops({good, with(good, u"zzz"_s, true)}), 400, u"bad_request"_s);
        // Shaped right, refused per op with the catalog's codes.
        row("unknown entity field", ops({op({{u"color"_s, u"red"_s}})}), 200, u"unknown_field"_s);
        row("wrong field type", ops({op({{u"amount_yuan"_s, u"很多"_s}}, {{u"amount_yuan"_s, 100000}})}), 200,
            u"bad_type"_s);
        row("object where integer", ops({op({{u"stage_entered_at"_s, QJsonObject{}}})}), 200, u"bad_type"_s);
        row("outside closed set", ops({op({{u"status"_s, u"maybe"_s}}, {{u"status"_s, u"open"_s}})}), 200,
            u"bad_value"_s);
        row("update of a missing row", ops({with(op({{u"title"_s, u"x"_s}}), u"id"_s, newId())}), 200, u"not_found"_s);
        const QJsonObject partial{{u"op"_s, newId()}, {u"e"_s, u"activity"_s}, {u"id"_s, newId()}, {u"new"_s, true},
                                  {u"f"_s, QJsonObject{{u"text"_s, u"只有文字"_s}}}};
        row("new row missing fields", ops({partial}), 200, u"missing_field"_s);
        // Values out of the catalog's ranges, empty required text, null where none is allowed.
        const QJsonObject account{{u"account_id"_s, m_leadRow.value(u"account_id"_s)}};
        row("account_id empty", ops({op({{u"account_id"_s, u""_s}}, account)}), 200, u"bad_value"_s);
        row("title empty", ops({op({{u"title"_s, u""_s}}, {{u"title"_s, m_title}})}), 200, u"bad_value"_s);
        row("title blank", ops({op({{u"title"_s, u"   "_s}}, {{u"title"_s, m_title}})}), 200, u"bad_value"_s);
        row("created_at -1 on the lead", ops({op({{u"created_at"_s, -1}})}), 200, u"bad_value"_s);
        row("created_at -1 on a new account",
            ops({created(u"account"_s, {{u"name"_s, u"负时间客户"_s}, {u"created_at"_s, -1}, {u"updated_at"_s, 1}})}),
            200, u"bad_value"_s);
        row("stage_entered_at -1", ops({op({{u"stage_entered_at"_s, -1}})}), 200, u"bad_value"_s);
        row("deleted null", ops({op({{u"deleted"_s, QJsonValue()}})}), 200, u"bad_value"_s);
        row("deleted -1", ops({op({{u"deleted"_s, -1}})}), 200, u"bad_value"_s);
        row("deleted 2", ops({op({{u"deleted"_s, 2}})}), 200, u"bad_value"_s);
        row("amount_yuan -1", ops({op({{u"amount_yuan"_s, -1}})}), 200, u"bad_value"_s);
        row("last_activity_at -1", ops({op({{u"last_activity_at"_s, -1}})}), 200, u"bad_value"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject activity{{u"lead_id"_s, m_lead}, {u"kind"_s, u"call"_s}, {u"happened_at"_s, now},
                                   {u"entered_at"_s, now}, {u"entry_seconds"_s, 5}, {u"progress"_s, 0},
                                   {u"updated_at"_s, now}};
        row("activity progress 2", ops({created(u"activity"_s, with(activity, u"progress"_s, 2))}), 200,
            u"bad_value"_s);
        row("activity entry_seconds -1", ops({created(u"activity"_s, with(activity, u"entry_seconds"_s, -1))}), 200,
            u"bad_value"_s);
        // References naming rows the server does not have.
        row("account_id x", ops({op({{u"account_id"_s, u"x"_s}}, account)}), 200, u"missing_parent"_s);
        row("missing contact", ops({op({{u"contact_id"_s, newId()}})}), 200, u"missing_parent"_s);
        row("team_id x", ops({op({{u"team_id"_s, u"x"_s}})}), 200, u"missing_parent"_s);
        row("missing template", ops({op({{u"template_id"_s, newId()}})}), 200, u"missing_parent"_s);
        QJsonObject lead = m_leadRow;
        lead.insert(u"account_id"_s, newId());
        row("new lead of a missing account", ops({created(u"lead"_s, lead)}), 200, u"missing_parent"_s);
        const QJsonObject evidence{{u"lead_id"_s, m_lead}, {u"stage_key"_s, m_leadRow.value(u"stage_key"_s)},
                                   {u"requirement_key"_s, u"similar_case"_s}, {u"kind"_s, u"case"_s},
                                   {u"case_id"_s, newId()}, {u"created_at"_s, now}, {u"updated_at"_s, now}};
        row("evidence naming a missing case", ops({created(u"evidence_item"_s, evidence)}), 200,
            u"missing_parent"_s);
        // The scope's own references keep their codes.
        QJsonObject orphan = with(evidence, u"lead_id"_s, newId());
        orphan.insert(u"kind"_s, u"text"_s);
        orphan.insert(u"text"_s, u"没有线索的证据"_s);
        orphan.remove(u"case_id"_s);
        row("evidence of a missing lead", ops({created(u"evidence_item"_s, orphan)}), 200, u"missing_parent"_s);
        row("owner not a user", ops({op({{u"owner_id"_s, u"x"_s}}, {{u"owner_id"_s, m_leadRow.value(u"owner_id"_s)}})}),
            200, u"unknown_owner"_s);
    }
    void badPushChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray before = snapshot();
        const HttpResult r = m_ann->client().post(u"/api/v1/sync/push"_s, body);
        QCOMPARE(r.status, status);
        if (status == 200) {
            const QJsonObject result = r.json()[u"results"_s][0].toObject();
            QCOMPARE(result[u"status"_s].toString(), u"rejected"_s);
            QCOMPARE(result[u"code"_s].toString(), code);
            QVERIFY(!result[u"message"_s].toString().isEmpty());
        } else {
            QCOMPARE(r.errorCode(), code);
        }
        QCOMPARE(snapshot(), before);
        QVERIFY(healthy());
    }

    void replayedOpIdWithOtherContent()
    {
        const QJsonObject first = op({{u"title"_s, u"越达印染 二期"_s}}, {{u"title"_s, m_title}});
        HttpResult r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({first}));
        QCOMPARE(r.json()[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
        const qint64 rev = r.json()[u"results"_s][0][u"row"_s][u"rev"_s].toInteger();
        QVERIFY(rev > 0);
        const QByteArray before = snapshot();
        r = m_ann->client().post(u"/api/v1/sync/push"_s,
                                 ops({with(first, u"f"_s, QJsonObject{{u"title"_s, u"偷换的内容"_s}})}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"results"_s][0][u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(r.json()[u"results"_s][0][u"code"_s].toString(), u"op_replayed"_s);
        QCOMPARE(snapshot(), before);
        // The same op again is a retry: the first answer, nothing applied twice.
        r = m_ann->client().post(u"/api/v1/sync/push"_s, ops({first}));
        QCOMPARE(r.json()[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
        QCOMPARE(r.json()[u"results"_s][0][u"row"_s][u"rev"_s].toInteger(), rev);
        QCOMPARE(snapshot(), before);
        QVERIFY(healthy());
        m_title = u"越达印染 二期"_s;
    }

    void blobWithWrongHashIsRefused()
    {
        const QByteArray bytes = QByteArrayLiteral("signed contract scan");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QByteArray before = snapshot();
        HttpResult r = m_ann->client().put(u"/api/v1/blobs/"_s + sha, bytes + "tampered");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"hash_mismatch"_s);
        r = m_ann->client().post(u"/api/v1/blobs/missing"_s,
                                 QJsonDocument(QJsonObject{{u"sha256"_s, QJsonArray{sha}}}).toJson());
        QCOMPARE(r.json()[u"missing"_s].toArray(), QJsonArray{sha});
        QCOMPARE(m_ann->client().get(u"/api/v1/blobs/"_s + sha).status, 404);
        QCOMPARE(m_ann->client().put(u"/api/v1/blobs/not-a-hash"_s, bytes).errorCode(), u"not_found"_s);
        QCOMPARE(snapshot(), before);
        QVERIFY(healthy());
        // The right bytes are taken.
        QCOMPARE(m_ann->client().put(u"/api/v1/blobs/"_s + sha, bytes).status, 200);
        QCOMPARE(m_ann->client().get(u"/api/v1/blobs/"_s + sha).body, bytes);
    }

    void revokedDeviceIsRefused()
    {
        SyncClient bob(m_server.url(), m_server.fingerprint());
        QString error;
        const auto login = test::login(bob, u"bob"_s, u"bob-stolen-laptop"_s, &error);
        QVERIFY2(login, qPrintable(error));
        QCOMPARE(bob.get(u"/api/v1/sync/pull?cursor=0&limit=10"_s).status, 200);
        const test::CliResult revoke =
            m_server.admin({u"devices"_s, u"revoke"_s, QString::number(login->deviceId)});
        QVERIFY2(revoke.rc == 0, qPrintable(revoke.err));
        const QByteArray before = snapshot();
        HttpResult r = bob.get(u"/api/v1/sync/pull?cursor=0&limit=10"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"bad_token"_s);
        const QJsonObject account{{u"name"_s, u"被撤销设备上的客户"_s}, {u"created_at"_s, 1}, {u"updated_at"_s, 1}};
        r = bob.post(u"/api/v1/sync/push"_s, ops({QJsonObject{{u"op"_s, newId()}, {u"e"_s, u"account"_s},
                                                               {u"id"_s, newId()}, {u"new"_s, true},
                                                               {u"f"_s, account}}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"bad_token"_s);
        QCOMPARE(bob.put(u"/api/v1/blobs/"_s + QString(64, u'a'), "x").errorCode(), u"bad_token"_s);
        QCOMPARE(snapshot(), before);
        QVERIFY(!before.contains("被撤销设备上的客户"));
        QVERIFY(healthy());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineInput)
#include "tst_syncengine_input.moc"
