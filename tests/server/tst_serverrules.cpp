// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The per-entity rule table (syncrules.cpp): every catalog entity has a row, an
// unknown entity has none and is refused, and each entity's checks answer as the
// if/else on entity names did: the stage gate for a lead, a file for file
// evidence, the file rule for rows naming a blob, the author field of an action.
#include "syncrules.h"
#include "syncstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::server;

class TestServerRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const Viewer m_ann{u"ann-uid"_s, u"rep"_s, {}, {}, 1};
    const Viewer m_bob{u"bob-uid"_s, u"rep"_s, {}, {}, 2};
    const QString m_annFile = QString(64, u'a'); // uploaded by ann
    const QString m_noFile = QString(64, u'f');  // on the server for nobody

    std::optional<RuleVerdict> check(const QString &entity, const QJsonObject &fields,
                                     const std::optional<QJsonObject> &was = std::nullopt,
                                     const Viewer *viewer = nullptr)
    {
        const protocol::EntitySpec *spec = protocol::entity(entity);
        if (!spec)
            qFatal("no entity %s", qPrintable(entity));
        rows::Stored before;
        if (was)
            before.fields = *was;
        rows::Stored after;
        after.fields = fields;
        after.lead.leadId = u"lead-1"_s;
        QSqlDatabase db = m_store->db();
        return checkRules(db, viewer ? *viewer : m_ann, *spec, was ? &before : nullptr, after, QDateTime::currentDateTimeUtc());
    }
    static QString codeOf(const std::optional<RuleVerdict> &v) { return v ? v->code : QString(); }

private Q_SLOTS:
    void initTestCase()
    {
        StorageConfig config;
        config.driver = u"sqlite"_s;
        config.path = m_dir.filePath(u"server.db"_s);
        m_store = std::make_unique<Store>(config);
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        QFile file(u":/sales/pipeline/default.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        SyncStore sync(*m_store);
        QVERIFY2(sync.putRow(u"pipeline_template"_s, u"tpl-1"_s,
                             {{u"name"_s, u"默认"_s}, {u"definition"_s, QString::fromUtf8(file.readAll())},
                              {u"updated_at"_s, 1}, {u"deleted"_s, 0}},
                             &error),
                 qPrintable(error));
        QVERIFY2(sync.putBlob(m_annFile, "bytes", m_ann.uid, &error), qPrintable(error));
    }

    void everyCatalogEntityHasARow()
    {
        for (const protocol::EntitySpec &spec : protocol::entities()) {
            const EntityRules *rules = entityRules(spec.name);
            QVERIFY2(rules, qPrintable(spec.name));
            QCOMPARE(rules->entity, spec.name);
        }
        QCOMPARE(entityRules(u"activity"_s)->authorField, u"owner_id"_s);
        QCOMPARE(entityRules(u"stage_change"_s)->authorField, u"by_user_id"_s);
        QVERIFY(entityRules(u"lead"_s)->authorField.isEmpty());
        QVERIFY(entityRules(u"evidence_item"_s)->authorField.isEmpty());
        QCOMPARE(entityRules(u"lead"_s)->checks.size(), 2);           // the review gate, then the stage gate
        QCOMPARE(entityRules(u"review_item"_s)->checks.size(), 1);
        QCOMPARE(entityRules(u"review_decision"_s)->checks.size(), 1);
        QCOMPARE(entityRules(u"review_decision"_s)->authorField, u"decided_by"_s);
        QCOMPARE(entityRules(u"evidence_item"_s)->checks.size(), 2);        // file evidence, then the file rule
        QCOMPARE(entityRules(u"activity_attachment"_s)->checks.size(), 1);  // the file rule
        QVERIFY(entityRules(u"account"_s)->checks.isEmpty());
    }

    void unknownEntityIsRefused()
    {
        QCOMPARE(entityRules(u"forecast_snapshot"_s), nullptr);
        QCOMPARE(entityRules(QString()), nullptr);
        QCOMPARE(entityRules(u"LEAD"_s), nullptr);
        protocol::EntitySpec stranger = *protocol::entity(u"account"_s);
        stranger.name = u"forecast_snapshot"_s;
        rows::Stored after;
        QSqlDatabase db = m_store->db();
        const auto verdict = checkRules(db, m_ann, stranger, nullptr, after, QDateTime::currentDateTimeUtc());
        QCOMPARE(codeOf(verdict), u"unknown_entity"_s);
        // And through the op path, as before the table.
        OpRequest op;
        op.opId = u"0190a3c2-1111-7000-8000-000000000009"_s;
        op.entity = u"forecast_snapshot"_s;
        op.rowId = u"r1"_s;
        op.isNew = true;
        QCOMPARE(SyncStore(*m_store).apply(m_ann, op).code, u"unknown_entity"_s);
    }

    void leadRunsTheStageGate()
    {
        const QJsonObject lead{{u"template_id"_s, u"tpl-1"_s}, {u"stage_key"_s, u"qualify"_s}};
        QCOMPARE(codeOf(check(u"lead"_s, lead)), QString());
        QJsonObject other = lead;
        other.insert(u"template_id"_s, u"tpl-none"_s);
        QCOMPARE(codeOf(check(u"lead"_s, other)), u"unknown_template"_s);
        QJsonObject nowhere = lead;
        nowhere.insert(u"stage_key"_s, u"nowhere"_s);
        QCOMPARE(codeOf(check(u"lead"_s, nowhere)), u"unknown_stage"_s);
        QJsonObject ahead = lead;
        ahead.insert(u"stage_key"_s, u"diagnose"_s);
        const auto gate = check(u"lead"_s, ahead, lead);
        QCOMPARE(codeOf(gate), u"stage_gate"_s);
        QVERIFY2(gate->message.contains(u"客户官网截图"_s), qPrintable(gate->message));
        // Neither stage nor template moved: nothing to check, even with an unknown template.
        QCOMPARE(codeOf(check(u"lead"_s, other, other)), QString());
    }

    void fileEvidenceNeedsAFileTheViewerMayName()
    {
        const QJsonObject text{{u"kind"_s, u"text"_s}, {u"text"_s, u"痛点"_s}};
        QCOMPARE(codeOf(check(u"evidence_item"_s, text)), QString());
        QCOMPARE(codeOf(check(u"evidence_item"_s, {{u"kind"_s, u"file"_s}})), u"bad_value"_s);
        QCOMPARE(codeOf(check(u"evidence_item"_s, {{u"kind"_s, u"file"_s}, {u"blob_sha256"_s, m_noFile}})),
                 u"missing_blob"_s);
        const QJsonObject annFile{{u"kind"_s, u"file"_s}, {u"blob_sha256"_s, m_annFile}};
        QCOMPARE(codeOf(check(u"evidence_item"_s, annFile)), QString());
        QCOMPARE(codeOf(check(u"evidence_item"_s, annFile, std::nullopt, &m_bob)), u"missing_blob"_s);
        // A file the row already named only has to exist.
        QCOMPARE(codeOf(check(u"evidence_item"_s, annFile, annFile, &m_bob)), QString());
        QJsonObject gone = annFile;
        gone.insert(u"blob_sha256"_s, m_noFile);
        QCOMPARE(codeOf(check(u"evidence_item"_s, gone, gone)), u"missing_blob"_s);
    }

    void attachmentFollowsTheFileRule()
    {
        QCOMPARE(codeOf(check(u"activity_attachment"_s, {{u"blob_sha256"_s, m_noFile}})), u"missing_blob"_s);
        QCOMPARE(codeOf(check(u"activity_attachment"_s, {{u"blob_sha256"_s, m_annFile}})), QString());
        QCOMPARE(codeOf(check(u"activity_attachment"_s, {{u"blob_sha256"_s, m_annFile}}, std::nullopt, &m_bob)),
                 u"missing_blob"_s);
    }

    void entitiesWithoutRulesPass()
    {
        // Even a field that looks like a file or a kind means nothing to them.
        QCOMPARE(codeOf(check(u"account"_s, {{u"name"_s, u"客户"_s}, {u"blob_sha256"_s, m_noFile}})), QString());
        QCOMPARE(codeOf(check(u"activity"_s, {{u"kind"_s, u"file"_s}})), QString());
    }
};

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_serverrules.moc"
