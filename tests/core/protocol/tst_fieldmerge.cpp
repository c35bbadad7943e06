// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/entitycatalog.h"
#include "protocol/fieldmerge.h"

#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales::protocol;

namespace {

const QJsonValue Null(QJsonValue::Null);
const QJsonValue Undefined(QJsonValue::Undefined);

const EntitySpec &lead()
{
    const EntitySpec *spec = entity(u"lead"_s);
    Q_ASSERT(spec);
    return *spec;
}

// A lead as the server holds it.
QJsonObject serverLead()
{
    return {{u"account_id"_s, u"A1"_s}, {u"owner_id"_s, u"rep-1"_s},   {u"title"_s, u"起始标题"_s},
            {u"industry"_s, u"机械"_s}, {u"template_id"_s, u"T"_s},    {u"stage_key"_s, u"discover"_s},
            {u"stage_entered_at"_s, 1}, {u"amount_yuan"_s, 500000},    {u"status"_s, u"open"_s},
            {u"created_at"_s, 1},       {u"last_activity_at"_s, 2000}, {u"updated_at"_s, 1000},
            {u"deleted"_s, 0}};
}

QString codeOf(const std::optional<Rejection> &r) { return r ? r->code : QString(); }

} // namespace

class TestFieldMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameValue_data()
    {
        QTest::addColumn<QJsonValue>("a");
        QTest::addColumn<QJsonValue>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("null = \"\"") << Null << QJsonValue(u""_s) << true;
        QTest::newRow("\"\" = null") << QJsonValue(u""_s) << Null << true;
        QTest::newRow("undefined = null") << Undefined << Null << true;
        QTest::newRow("undefined = \"\"") << Undefined << QJsonValue(u""_s) << true;
        QTest::newRow("null != \"x\"") << Null << QJsonValue(u"x"_s) << false;
        QTest::newRow("\"x\" != undefined") << QJsonValue(u"x"_s) << Undefined << false;
        QTest::newRow("0 != null") << QJsonValue(0) << Null << false;
        QTest::newRow("5 = 5.0") << QJsonValue(5) << QJsonValue(5.0) << true;
        QTest::newRow("5 != 6") << QJsonValue(5) << QJsonValue(6) << false;
        QTest::newRow("5 != 5.5") << QJsonValue(5) << QJsonValue(5.5) << false;
        QTest::newRow("\"5\" != 5") << QJsonValue(u"5"_s) << QJsonValue(5) << false;
        QTest::newRow("5 != \"5\"") << QJsonValue(5) << QJsonValue(u"5"_s) << false;
        QTest::newRow("text = text") << QJsonValue(u"王伟"_s) << QJsonValue(u"王伟"_s) << true;
        QTest::newRow("text != text") << QJsonValue(u"王伟"_s) << QJsonValue(u"王伟 "_s) << false;
        QTest::newRow("large integers") << QJsonValue(qint64(1'764'000'000'123)) << QJsonValue(qint64(1'764'000'000'124))
                                        << false;
    }
    void sameValue()
    {
        QFETCH(QJsonValue, a);
        QFETCH(QJsonValue, b);
        QFETCH(bool, same);
        QCOMPARE(sales::protocol::sameValue(a, b), same);
    }

    void aFieldOnlyTheClientChangedTakesTheClientsValue()
    {
        const MergeResult r = mergeFields(lead(), serverLead(), {{u"title"_s, u"我的标题"_s}},
                                          {{u"title"_s, u"起始标题"_s}});
        QCOMPARE(r.row.value(u"title"_s).toString(), u"我的标题"_s);
        QCOMPARE(r.changed, QStringList{u"title"_s});
        QVERIFY(r.conflicts.isEmpty());
        // Everything else is the server's row as it was.
        QJsonObject expected = serverLead();
        expected.insert(u"title"_s, u"我的标题"_s);
        QCOMPARE(r.row, expected);
    }

    void aFieldOnlyTheServerChangedKeepsTheServersValue()
    {
        QJsonObject server = serverLead();
        server.insert(u"industry"_s, u"汽车零部件"_s); // changed on the server since the client's base
        const MergeResult r = mergeFields(lead(), server, {{u"title"_s, u"我的标题"_s}}, {{u"title"_s, u"起始标题"_s}});
        QCOMPARE(r.row.value(u"industry"_s).toString(), u"汽车零部件"_s);
        QCOMPARE(r.row.value(u"title"_s).toString(), u"我的标题"_s);
        QCOMPARE(r.changed, QStringList{u"title"_s});
        QVERIFY(r.conflicts.isEmpty());
    }

    void aFieldTheClientChangedBackIsNotAConflict()
    {
        // Edited 起始标题 → x → 起始标题 offline: the op carries the field with its base
        // value. The client's net change is none, so the server's new value stays silently.
        QJsonObject server = serverLead();
        server.insert(u"title"_s, u"服务器标题"_s);
        const MergeResult r = mergeFields(lead(), server, {{u"title"_s, u"起始标题"_s}}, {{u"title"_s, u"起始标题"_s}});
        QCOMPARE(r.row.value(u"title"_s).toString(), u"服务器标题"_s);
        QVERIFY(r.changed.isEmpty());
        QVERIFY(r.conflicts.isEmpty());
    }

    void bothChangedToTheSameValueIsNeitherAConflictNorAChange()
    {
        QJsonObject server = serverLead();
        server.insert(u"amount_yuan"_s, 650000);
        const MergeResult r = mergeFields(lead(), server, {{u"amount_yuan"_s, 650000.0}}, {{u"amount_yuan"_s, 500000}});
        QCOMPARE(r.row.value(u"amount_yuan"_s).toInteger(), 650000);
        QVERIFY(r.changed.isEmpty());
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.row, server);
    }

    void bothChangedDifferentlyKeepsTheServersValueAndReportsAConflict()
    {
        QJsonObject server = serverLead();
        server.insert(u"amount_yuan"_s, 650000);
        server.insert(u"title"_s, u"服务器标题"_s);
        const MergeResult r = mergeFields(lead(), server,
                                          {{u"amount_yuan"_s, 700000}, {u"industry"_s, u"汽车零部件"_s}},
                                          {{u"amount_yuan"_s, 500000}, {u"industry"_s, u"机械"_s}});
        QCOMPARE(r.row.value(u"amount_yuan"_s).toInteger(), 650000);
        QCOMPARE(r.row.value(u"industry"_s).toString(), u"汽车零部件"_s); // the other field still merges
        QCOMPARE(r.changed, QStringList{u"industry"_s});
        QCOMPARE(r.conflicts.size(), 1);
        const FieldConflict &c = r.conflicts.constFirst();
        QCOMPARE(c.field, u"amount_yuan"_s);
        QCOMPARE(c.mine.toInteger(), 700000);
        QCOMPARE(c.server.toInteger(), 650000);
        QCOMPARE(c.base.toInteger(), 500000);
    }

    void clearingAFieldTheServerAlsoChangedIsAConflict()
    {
        QJsonObject server = serverLead();
        server.insert(u"industry"_s, u"汽车零部件"_s);
        const MergeResult r = mergeFields(lead(), server, {{u"industry"_s, Null}}, {{u"industry"_s, u"机械"_s}});
        QCOMPARE(r.row.value(u"industry"_s).toString(), u"汽车零部件"_s);
        QCOMPARE(r.conflicts.size(), 1);
        QVERIFY(r.conflicts.constFirst().mine.isNull());
    }

    void maxFieldsTakeTheLargerValue()
    {
        // updated_at and last_activity_at only move forward, whoever wrote last.
        const QJsonObject server = serverLead(); // updated_at 1000, last_activity_at 2000
        MergeResult r = mergeFields(lead(), server, {{u"last_activity_at"_s, 3000}, {u"updated_at"_s, 500}},
                                    {{u"last_activity_at"_s, 1500}, {u"updated_at"_s, 100}});
        QCOMPARE(r.row.value(u"last_activity_at"_s).toInteger(), 3000);
        QCOMPARE(r.row.value(u"updated_at"_s).toInteger(), 1000);
        QCOMPARE(r.changed, QStringList{u"last_activity_at"_s});
        QVERIFY(r.conflicts.isEmpty()); // never a conflict, though both sides changed both

        r = mergeFields(lead(), server, {{u"last_activity_at"_s, 1999}}, {{u"last_activity_at"_s, 1999}});
        QCOMPARE(r.row.value(u"last_activity_at"_s).toInteger(), 2000);
        QVERIFY(r.changed.isEmpty());
        QVERIFY(r.conflicts.isEmpty());

        // No value on the server yet: the client's is taken; a null never erases one.
        QJsonObject empty = server;
        empty.insert(u"last_activity_at"_s, Null);
        r = mergeFields(lead(), empty, {{u"last_activity_at"_s, 10}}, {});
        QCOMPARE(r.row.value(u"last_activity_at"_s).toInteger(), 10);
        r = mergeFields(lead(), server, {{u"last_activity_at"_s, Null}}, {{u"last_activity_at"_s, 2000}});
        QCOMPARE(r.row.value(u"last_activity_at"_s).toInteger(), 2000);
        QVERIFY(r.changed.isEmpty());
    }

    void fieldsTheServerRowLacksAreApplied()
    {
        // A row stored before the field existed (e.g. evidence before file_name).
        const EntitySpec *evidence = entity(u"evidence_item"_s);
        QVERIFY(evidence);
        const QJsonObject server{{u"lead_id"_s, u"L1"_s}, {u"kind"_s, u"file"_s}, {u"updated_at"_s, 1}};
        const MergeResult r = mergeFields(*evidence, server, {{u"file_name"_s, u"报价单.pdf"_s}, {u"text"_s, u""_s}}, {});
        QCOMPARE(r.row.value(u"file_name"_s).toString(), u"报价单.pdf"_s);
        QVERIFY(r.row.contains(u"text"_s)); // present now, even though empty
        QVERIFY(r.changed.contains(u"file_name"_s));
        QVERIFY(r.changed.contains(u"text"_s));
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.row.value(u"lead_id"_s).toString(), u"L1"_s);
    }

    void unknownFieldsAreIgnoredByTheMerge()
    {
        const MergeResult r = mergeFields(lead(), serverLead(), {{u"no_such"_s, 1}}, {});
        QCOMPARE(r.row, serverLead());
        QVERIFY(r.changed.isEmpty());
        QVERIFY(r.conflicts.isEmpty());
    }

    void validateAcceptsAWellFormedLead()
    {
        QJsonObject row = serverLead();
        row.insert(u"contact_id"_s, Null); // optional fields may be null
        row.insert(u"source"_s, Null);
        QCOMPARE(codeOf(validateFields(lead(), row, true)), QString());
        QCOMPARE(codeOf(validateFields(lead(), {{u"title"_s, u"新标题"_s}}, false)), QString());
        for (const QString &status : {u"open"_s, u"won"_s, u"lost"_s})
            QCOMPARE(codeOf(validateFields(lead(), {{u"status"_s, status}}, false)), QString());
    }

    void validateRejects_data()
    {
        QTest::addColumn<QString>("entityName");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<bool>("creating");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown field") << u"lead"_s << QJsonObject{{u"colour"_s, u"red"_s}} << false
                                       << u"unknown_field"_s;
        QTest::newRow("id is not a field") << u"lead"_s << QJsonObject{{u"id"_s, u"L1"_s}} << false
                                           << u"unknown_field"_s;
        QTest::newRow("string for integer") << u"lead"_s << QJsonObject{{u"amount_yuan"_s, u"5"_s}} << false
                                            << u"bad_type"_s;
        QTest::newRow("number for text") << u"lead"_s << QJsonObject{{u"title"_s, 5}} << false << u"bad_type"_s;
        QTest::newRow("1.5 for integer") << u"lead"_s << QJsonObject{{u"amount_yuan"_s, 1.5}} << false
                                         << u"bad_type"_s;
        QTest::newRow("bool for integer") << u"activity"_s << QJsonObject{{u"progress"_s, true}} << false
                                          << u"bad_type"_s;
        QTest::newRow("null for required") << u"lead"_s << QJsonObject{{u"title"_s, Null}} << false
                                           << u"missing_field"_s;
        QTest::newRow("null status") << u"lead"_s << QJsonObject{{u"status"_s, Null}} << false << u"missing_field"_s;
        QTest::newRow("status outside the set") << u"lead"_s << QJsonObject{{u"status"_s, u"closed"_s}} << false
                                                << u"bad_value"_s;
        QTest::newRow("status in another case") << u"lead"_s << QJsonObject{{u"status"_s, u"Open"_s}} << false
                                                << u"bad_value"_s;
        QTest::newRow("activity kind outside the set")
            << u"activity"_s << QJsonObject{{u"kind"_s, u"email"_s}} << false << u"bad_value"_s;
        QTest::newRow("too long") << u"lead"_s << QJsonObject{{u"title"_s, QString(1'000'001, u'x')}} << false
                                  << u"bad_value"_s;
    }
    void validateRejects()
    {
        QFETCH(QString, entityName);
        QFETCH(QJsonObject, fields);
        QFETCH(bool, creating);
        QFETCH(QString, code);
        const EntitySpec *spec = entity(entityName);
        QVERIFY(spec);
        const auto r = validateFields(*spec, fields, creating);
        QCOMPARE(codeOf(r), code);
        QVERIFY(!r->message.isEmpty());
    }

    void validateAcceptsEveryActivityKind()
    {
        const EntitySpec *activity = entity(u"activity"_s);
        QVERIFY(activity);
        for (const QString &kind : {u"call"_s, u"visit"_s, u"meeting"_s, u"message"_s, u"material"_s, u"demo"_s})
            QCOMPARE(codeOf(validateFields(*activity, {{u"kind"_s, kind}}, false)), QString());
    }

    void requiredFieldsAreRequiredOnlyWhenCreating()
    {
        QJsonObject row = serverLead();
        row.remove(u"title"_s);
        const auto r = validateFields(lead(), row, true);
        QCOMPARE(codeOf(r), u"missing_field"_s);
        QVERIFY(r->message.contains(u"title"_s));
        QCOMPARE(codeOf(validateFields(lead(), row, false)), QString()); // an update sends changed fields only

        row = serverLead();
        row.insert(u"title"_s, u""_s); // "" is null to the protocol
        QCOMPARE(codeOf(validateFields(lead(), row, true)), u"missing_field"_s);
        row = serverLead();
        row.remove(u"industry"_s); // optional
        QCOMPARE(codeOf(validateFields(lead(), row, true)), QString());
    }
};

QTEST_GUILESS_MAIN(TestFieldMerge)
#include "tst_fieldmerge.moc"
