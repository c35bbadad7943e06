// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's value and reference rules (FieldSpec), as validateFields and
// referencesIn apply them for client and server alike.
#include "protocol/entitycatalog.h"
#include "protocol/fieldmerge.h"

#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace sales::protocol;

namespace {

const QJsonValue Null(QJsonValue::Null);
constexpr qint64 NoMax = std::numeric_limits<qint64>::max();

QString codeOf(const std::optional<Rejection> &r) { return r ? r->code : QString(); }

QString validate(const QString &entityName, const QJsonObject &fields, bool creating = false)
{
    const EntitySpec *spec = entity(entityName);
    return spec ? codeOf(validateFields(*spec, fields, creating)) : u"no such entity"_s;
}

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReferenceIsListed()
    {
        // Every id field of every entity, and the entity its row is in.
        const QHash<QString, QString> expected{
            {u"team.region_id"_s, u"region"_s},
            {u"team.supervisor_id"_s, u"app_user"_s},
            {u"app_user.team_id"_s, u"team"_s},
            {u"app_user.region_id"_s, u"region"_s},
            {u"account.region_id"_s, u"region"_s},
            {u"contact.account_id"_s, u"account"_s},
            {u"lead.account_id"_s, u"account"_s},
            {u"lead.contact_id"_s, u"contact"_s},
            {u"lead.owner_id"_s, u"app_user"_s},
            {u"lead.team_id"_s, u"team"_s},
            {u"lead.region_id"_s, u"region"_s},
            {u"lead.template_id"_s, u"pipeline_template"_s},
            {u"evidence_item.lead_id"_s, u"lead"_s},
            {u"evidence_item.case_id"_s, u"case_study"_s},
            {u"activity.lead_id"_s, u"lead"_s},
            {u"activity.owner_id"_s, u"app_user"_s},
            {u"activity_attachment.activity_id"_s, u"activity"_s},
            {u"stage_change.lead_id"_s, u"lead"_s},
            {u"stage_change.by_user_id"_s, u"app_user"_s},
            {u"review_item.lead_id"_s, u"lead"_s},
            {u"review_item.submitted_by"_s, u"app_user"_s},
            {u"review_decision.item_id"_s, u"review_item"_s},
            {u"review_decision.lead_id"_s, u"lead"_s},
            {u"review_decision.decided_by"_s, u"app_user"_s},
        };
        QHash<QString, QString> actual;
        for (const EntitySpec &e : entities())
            for (const FieldSpec &f : e.fields)
                if (!f.references.isEmpty())
                    actual.insert(e.name + u'.' + f.name, f.references);
        QCOMPARE(actual, expected);
    }

    void everyReferenceNamesAnEntityOfTheCatalog()
    {
        for (const EntitySpec &e : entities()) {
            for (const FieldSpec &f : e.fields) {
                if (f.references.isEmpty())
                    continue;
                const QString where = e.name + u'.' + f.name;
                const EntitySpec *target = entity(f.references);
                QVERIFY2(target, qPrintable(where + u" names "_s + f.references));
                QCOMPARE(f.type, FieldType::Text);
                QVERIFY2(f.allowed.isEmpty(), qPrintable(where));
                // Parents come first, so a push in catalog order never names a later row;
                // the one cycle is a team's supervisor (a user of the team).
                if (where != u"team.supervisor_id"_s)
                    QVERIFY2(target->order < e.order, qPrintable(where));
            }
            // A child's parent is a reference to its parent entity.
            if (!e.parentField.isEmpty())
                QCOMPARE(e.field(e.parentField)->references,
                         e.scope == Scope::ActivityChild ? u"activity"_s : u"lead"_s);
        }
    }

    void integersHaveRangesAndNoNulls()
    {
        QSet<QString> nullable, flags;
        for (const EntitySpec &e : entities()) {
            for (const FieldSpec &f : e.fields) {
                const QString where = e.name + u'.' + f.name;
                if (f.type == FieldType::Text) {
                    QCOMPARE(f.min, std::numeric_limits<qint64>::min());
                    QCOMPARE(f.max, NoMax);
                    QCOMPARE(f.nullable, !f.required);
                    continue;
                }
                // No integer of the protocol is negative: times, amounts, durations, flags.
                QVERIFY2(f.min == 0, qPrintable(where));
                QVERIFY2(f.max == 1 || f.max == NoMax, qPrintable(where));
                if (f.max == 1)
                    flags.insert(where);
                if (f.nullable)
                    nullable.insert(where);
                QVERIFY2(!(f.nullable && f.required), qPrintable(where));
            }
        }
        QCOMPARE(nullable, QSet<QString>{u"lead.last_activity_at"_s}); // null: no activity yet
        QSet<QString> expectedFlags{u"activity.progress"_s, u"stage_change.backflow"_s};
        for (const EntitySpec &e : entities())
            expectedFlags.insert(e.name + u".deleted"_s);
        QCOMPARE(flags, expectedFlags);
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("entityName");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        auto row = [](const char *name, const QString &e, const QString &f, const QJsonValue &v, const QString &code) {
            QTest::newRow(name) << e << f << v << code;
        };
        row("created_at 0", u"account"_s, u"created_at"_s, 0, QString());
        row("created_at -1", u"account"_s, u"created_at"_s, -1, u"bad_value"_s);
        row("stage_entered_at -1", u"lead"_s, u"stage_entered_at"_s, -1, u"bad_value"_s);
        row("updated_at -1", u"region"_s, u"updated_at"_s, -1, u"bad_value"_s);
        row("last_activity_at -1", u"lead"_s, u"last_activity_at"_s, -1, u"bad_value"_s);
        row("happened_at -1", u"activity"_s, u"happened_at"_s, -1, u"bad_value"_s);
        row("changed_at -1", u"stage_change"_s, u"changed_at"_s, -1, u"bad_value"_s);
        row("amount_yuan 0", u"lead"_s, u"amount_yuan"_s, 0, QString());
        row("amount_yuan -1", u"lead"_s, u"amount_yuan"_s, -1, u"bad_value"_s);
        row("entry_seconds -1", u"activity"_s, u"entry_seconds"_s, -1, u"bad_value"_s);
        row("deleted 0", u"lead"_s, u"deleted"_s, 0, QString());
        row("deleted 1", u"lead"_s, u"deleted"_s, 1, QString());
        row("deleted -1", u"lead"_s, u"deleted"_s, -1, u"bad_value"_s);
        row("deleted 2", u"contact"_s, u"deleted"_s, 2, u"bad_value"_s);
        row("progress 2", u"activity"_s, u"progress"_s, 2, u"bad_value"_s);
        row("backflow -1", u"stage_change"_s, u"backflow"_s, -1, u"bad_value"_s);
        row("a time far ahead", u"lead"_s, u"created_at"_s, 4'102'444'800'000.0, QString());
        // The type still comes first.
        row("deleted 0.5", u"lead"_s, u"deleted"_s, 0.5, u"bad_type"_s);
        row("deleted \"1\"", u"lead"_s, u"deleted"_s, u"1"_s, u"bad_type"_s);
    }
    void ranges()
    {
        QFETCH(QString, entityName);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QCOMPARE(validate(entityName, {{field, value}}), code);
        const EntitySpec *spec = entity(entityName);
        const auto r = validateFields(*spec, {{field, value}}, false);
        if (r)
            QVERIFY2(r->message.contains(entityName + u'.' + field), qPrintable(r->message));
    }

    void everyRequiredTextRefusesBlanks()
    {
        int fields = 0;
        for (const EntitySpec &e : entities()) {
            for (const FieldSpec &f : e.fields) {
                if (f.type != FieldType::Text || !f.required)
                    continue;
                ++fields;
                const QString where = e.name + u'.' + f.name;
                // On an update, blank text is a bad value; on a new row "" stays a missing field.
                QVERIFY2(validate(e.name, {{f.name, u""_s}}) == u"bad_value"_s, qPrintable(where));
                QVERIFY2(validate(e.name, {{f.name, u" \t "_s}}) == u"bad_value"_s, qPrintable(where));
                QVERIFY2(validate(e.name, {{f.name, u""_s}}, true) == u"missing_field"_s, qPrintable(where));
                QVERIFY2(validate(e.name, {{f.name, Null}}) == u"missing_field"_s, qPrintable(where));
            }
        }
        QVERIFY(fields >= 20);
        // Optional text may be empty or null.
        QCOMPARE(validate(u"lead"_s, {{u"industry"_s, u""_s}}), QString());
        QCOMPARE(validate(u"lead"_s, {{u"contact_id"_s, Null}}), QString());
        QCOMPARE(validate(u"lead"_s, {{u"contact_id"_s, u""_s}}), QString());
        QCOMPARE(validate(u"lead"_s, {{u"title"_s, u" 二期 "_s}}), QString());
    }

    void nullGoesOnlyWhereTheFieldTakesIt()
    {
        for (const EntitySpec &e : entities()) {
            for (const FieldSpec &f : e.fields) {
                const QString where = e.name + u'.' + f.name;
                const QString expected = f.required ? u"missing_field"_s
                                       : f.nullable ? QString()
                                                    : u"bad_value"_s;
                QVERIFY2(validate(e.name, {{f.name, Null}}) == expected, qPrintable(where));
            }
        }
        QCOMPARE(validate(u"lead"_s, {{u"deleted"_s, Null}}), u"bad_value"_s);
        QCOMPARE(validate(u"lead"_s, {{u"last_activity_at"_s, Null}}), QString());
        // A new row may leave deleted out (it starts at 0), but not send null.
        const QJsonObject region{{u"name"_s, u"华东"_s}, {u"updated_at"_s, 1}};
        QCOMPARE(validate(u"region"_s, region, true), QString());
        QJsonObject withNull = region;
        withNull.insert(u"deleted"_s, Null);
        QCOMPARE(validate(u"region"_s, withNull, true), u"bad_value"_s);
    }

    void referencesInNamesTheRowsToLookUp()
    {
        const EntitySpec *lead = entity(u"lead"_s);
        QVERIFY(lead);
        const QList<Reference> refs =
            referencesIn(*lead, {{u"account_id"_s, u"A1"_s}, {u"contact_id"_s, u""_s}, {u"team_id"_s, Null},
                                 {u"template_id"_s, u"T"_s}, {u"title"_s, u"不是引用"_s}});
        QCOMPARE(refs.size(), 2); // empty ids name no row
        QCOMPARE(refs.at(0).field->name, u"account_id"_s);
        QCOMPARE(refs.at(0).field->references, u"account"_s);
        QCOMPARE(refs.at(0).id, u"A1"_s);
        QCOMPARE(refs.at(1).field->references, u"pipeline_template"_s);
        const Rejection missing = missingReference(*lead, refs.at(0));
        QCOMPARE(missing.code, u"missing_parent"_s);
        QVERIFY2(missing.message.contains(u"lead.account_id"_s) && missing.message.contains(u"A1"_s),
                 qPrintable(missing.message));
        QVERIFY(referencesIn(*entity(u"region"_s), {{u"name"_s, u"华东"_s}}).isEmpty());
        // A reference's value is checked as text first.
        QCOMPARE(validate(u"lead"_s, {{u"account_id"_s, 5}}), u"bad_type"_s);
        QCOMPARE(validate(u"lead"_s, {{u"account_id"_s, u"x"_s}}), QString()); // existence: the row holder's
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
