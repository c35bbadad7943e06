// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/entitycatalog.h"
#include "testreplica.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sales;
using namespace sales::protocol;

namespace {

struct Column {
    QString type;
    bool notNull = false;
    bool hasDefault = false;
};

int orderOf(const QString &name)
{
    const EntitySpec *spec = entity(name);
    return spec ? spec->order : -1;
}

} // namespace

class TestEntityCatalog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestReplica> m_replica;

    QHash<QString, Column> columns(const QString &table) const
    {
        QHash<QString, Column> out;
        QSqlQuery q(m_replica->db());
        if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
            return out;
        while (q.next())
            out.insert(q.value(1).toString(),
                       {q.value(2).toString().toUpper(), q.value(3).toInt() != 0, !q.value(4).isNull()});
        return out;
    }
    // child column -> referenced table, from the replica's foreign keys
    QHash<QString, QString> foreignKeys(const QString &table) const
    {
        QHash<QString, QString> out;
        QSqlQuery q(m_replica->db());
        if (q.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table))) {
            while (q.next())
                out.insert(q.value(3).toString(), q.value(2).toString());
        }
        return out;
    }
    QString createSql(const QString &table) const
    {
        QSqlQuery q(m_replica->db());
        q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        q.addBindValue(table);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_replica = std::make_unique<test::TestReplica>();
        QVERIFY(m_replica->db().isOpen());
    }
    void cleanupTestCase() { m_replica.reset(); }

    void everyEntityIsATableWithExactlyItsFields()
    {
        QVERIFY(entities().size() >= 12);
        for (const EntitySpec &e : entities()) {
            const QHash<QString, Column> cols = columns(e.name);
            QVERIFY2(!cols.isEmpty(), qPrintable(u"no table %1"_s.arg(e.name)));
            QSet<QString> expected{u"id"_s, u"rev"_s};
            for (const FieldSpec &f : e.fields) {
                QVERIFY2(!expected.contains(f.name), qPrintable(u"%1.%2 listed twice"_s.arg(e.name, f.name)));
                expected.insert(f.name);
            }
            const QStringList actualNames = cols.keys();
            const QSet<QString> actual(actualNames.cbegin(), actualNames.cend());
            QVERIFY2(actual == expected, qPrintable(u"%1: only in the replica: %2; only in the catalog: %3"_s.arg(
                                             e.name, QStringList(QSet(actual).subtract(expected).values()).join(u", "_s),
                                             QStringList(QSet(expected).subtract(actual).values()).join(u", "_s))));
            QCOMPARE(cols.value(u"id"_s).type, u"TEXT"_s);
            QCOMPARE(cols.value(u"rev"_s).type, u"INTEGER"_s);
            for (const FieldSpec &f : e.fields) {
                const QString want = f.type == FieldType::Integer ? u"INTEGER"_s : u"TEXT"_s;
                QVERIFY2(cols.value(f.name).type == want,
                         qPrintable(u"%1.%2 is %3 in the replica, %4 in the catalog"_s.arg(e.name, f.name,
                                                                                          cols.value(f.name).type, want)));
            }
        }
    }

    void everyReplicatedTableIsInTheCatalog()
    {
        // A table with the sync tail (rev, updated_at, deleted) that the catalog
        // forgets would never be pushed or pulled.
        QSqlQuery q(m_replica->db());
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
        int replicated = 0;
        while (q.next()) {
            const QString table = q.value(0).toString();
            const QHash<QString, Column> cols = columns(table);
            if (!cols.contains(u"rev"_s) || !cols.contains(u"updated_at"_s) || !cols.contains(u"deleted"_s))
                continue;
            ++replicated;
            QVERIFY2(entity(table), qPrintable(u"%1 is not in the catalog"_s.arg(table)));
        }
        QCOMPARE(replicated, int(entities().size()));
    }

    void columnsTheReplicaRequiresAreRequiredFields()
    {
        // A NOT NULL column without a default must be sent with every new row.
        for (const EntitySpec &e : entities()) {
            const QHash<QString, Column> cols = columns(e.name);
            for (const FieldSpec &f : e.fields) {
                const Column c = cols.value(f.name);
                if (c.notNull && !c.hasDefault)
                    QVERIFY2(f.required, qPrintable(u"%1.%2 is NOT NULL but optional"_s.arg(e.name, f.name)));
            }
        }
    }

    void notNullColumnsTakeNoNull()
    {
        for (const EntitySpec &e : entities()) {
            const QHash<QString, Column> cols = columns(e.name);
            for (const FieldSpec &f : e.fields)
                if (cols.value(f.name).notNull)
                    QVERIFY2(!f.nullable, qPrintable(u"%1.%2 is NOT NULL but takes null"_s.arg(e.name, f.name)));
        }
    }

    void foreignKeysAreReferences()
    {
        // What the replica's foreign keys tie together, the catalog's rules name
        // too (the server has no foreign keys: it checks the references).
        int keys = 0;
        for (const EntitySpec &e : entities()) {
            const QHash<QString, QString> fks = foreignKeys(e.name);
            for (auto it = fks.cbegin(); it != fks.cend(); ++it) {
                if (!entity(it.value()))
                    continue; // blob: missing_blob, not a row
                ++keys;
                const FieldSpec *f = e.field(it.key());
                QVERIFY2(f && f->references == it.value(),
                         qPrintable(u"%1.%2 refers to %3 in the replica"_s.arg(e.name, it.key(), it.value())));
            }
        }
        QCOMPARE(keys, 15);
    }

    void closedSetsMatchTheReplicasChecks()
    {
        static const QRegularExpression check(u"CHECK \\((\\w+) IN \\(([^)]*)\\)\\)"_s);
        int checks = 0;
        for (const EntitySpec &e : entities()) {
            QHash<QString, QStringList> inSchema;
            for (auto it = check.globalMatch(createSql(e.name)); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                QStringList values;
                for (const QString &v : m.captured(2).split(u',')) {
                    QString s = v.trimmed();
                    values << s.mid(1, s.size() - 2); // strip the quotes
                }
                inSchema.insert(m.captured(1), values);
                ++checks;
            }
            for (const FieldSpec &f : e.fields) {
                QCOMPARE(f.allowed, inSchema.value(f.name));
                inSchema.remove(f.name);
            }
            QVERIFY2(inSchema.isEmpty(), qPrintable(e.name));
        }
        QCOMPARE(checks, 5); // app_user.role, lead.status, evidence_item.kind, activity.kind, review_decision.kind
    }

    void everyEntityEndsWithTheSyncTail()
    {
        for (const EntitySpec &e : entities()) {
            QVERIFY(e.fields.size() >= 2);
            const FieldSpec &updated = e.fields.at(e.fields.size() - 2);
            QCOMPARE(updated.name, u"updated_at"_s);
            QCOMPARE(updated.merge, MergeRule::Max);
            QVERIFY(updated.required);
            QCOMPARE(e.fields.constLast().name, u"deleted"_s);
            QCOMPARE(e.fields.constLast().type, FieldType::Integer);
        }
        const EntitySpec *lead = entity(u"lead"_s);
        QVERIFY(lead);
        QCOMPARE(lead->field(u"last_activity_at"_s)->merge, MergeRule::Max);
        QCOMPARE(lead->field(u"amount_yuan"_s)->merge, MergeRule::ThreeWay);
    }

    void parentsComeBeforeChildren()
    {
        const QList<EntitySpec> &all = entities();
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).order, int(i));
        QVERIFY(orderOf(u"account"_s) < orderOf(u"contact"_s));
        QVERIFY(orderOf(u"contact"_s) < orderOf(u"lead"_s));
        for (const QString &child : {u"evidence_item"_s, u"activity"_s, u"stage_change"_s, u"review_item"_s,
                                     u"review_decision"_s})
            QVERIFY2(orderOf(u"lead"_s) < orderOf(child), qPrintable(child));
        QVERIFY(orderOf(u"activity"_s) < orderOf(u"activity_attachment"_s));
        // And in general: whatever a row refers to is sent first.
        for (const EntitySpec &e : all) {
            const QHash<QString, QString> fks = foreignKeys(e.name);
            for (auto it = fks.cbegin(); it != fks.cend(); ++it) {
                if (!entity(it.value()))
                    continue; // blob: uploaded before any op
                QVERIFY2(orderOf(it.value()) < e.order,
                         qPrintable(u"%1.%2 refers to %3, which comes later"_s.arg(e.name, it.key(), it.value())));
            }
        }
    }

    void parentAndBlobFieldsAreFieldsOfTheEntity()
    {
        int parents = 0, blobs = 0;
        for (const EntitySpec &e : entities()) {
            const QHash<QString, QString> fks = foreignKeys(e.name);
            if (!e.parentField.isEmpty()) {
                ++parents;
                const FieldSpec *f = e.field(e.parentField);
                QVERIFY2(f, qPrintable(e.name + u'.' + e.parentField));
                QVERIFY(f->required);
                QCOMPARE(f->type, FieldType::Text);
                const QString parent = e.scope == Scope::ActivityChild ? u"activity"_s : u"lead"_s;
                QCOMPARE(fks.value(e.parentField), parent);
            }
            QCOMPARE(e.parentField.isEmpty(), e.scope == Scope::Global || e.scope == Scope::Lead);
            if (!e.blobField.isEmpty()) {
                ++blobs;
                const FieldSpec *f = e.field(e.blobField);
                QVERIFY2(f, qPrintable(e.name + u'.' + e.blobField));
                QCOMPARE(f->type, FieldType::Text);
                QCOMPARE(fks.value(e.blobField), u"blob"_s);
            }
        }
        QCOMPARE(parents, 6); // evidence, activity, attachment, stage change, review item and decision
        QCOMPARE(blobs, 2);
    }

    void lookupByName()
    {
        for (const EntitySpec &e : entities()) {
            QCOMPARE(entity(e.name), &e);
            for (const FieldSpec &f : e.fields)
                QCOMPARE(e.field(f.name), &f);
            QVERIFY(!e.field(u"id"_s));
            QVERIFY(!e.field(u"rev"_s));
        }
        QVERIFY(!entity(u"blob"_s));
        QVERIFY(!entity(u"pending_change"_s));
        QVERIFY(!entity(QString()));
    }
};

QTEST_GUILESS_MAIN(TestEntityCatalog)
#include "tst_entitycatalog.moc"
