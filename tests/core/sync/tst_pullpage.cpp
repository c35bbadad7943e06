// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PullPage::read: one page of GET /api/v1/sync/pull into ServerRows. Every kind
// of malformed page is refused in words (never half read); the values of a good
// one are the server's, in the catalog's field order, as the JSON path reads them.
#include "protocol/entitycatalog.h"
#include "sync/pullpage.h"
#include "sync/rowapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

qsizetype fieldIndex(const QString &entity, const QString &name)
{
    const protocol::EntitySpec *spec = protocol::entity(entity);
    for (qsizetype i = 0; spec && i < spec->fields.size(); ++i)
        if (spec->fields.at(i).name == name)
            return i;
    return -1;
}

const FieldValue &valueOf(const ServerRow &row, const char *name)
{
    static const FieldValue none;
    const qsizetype i = fieldIndex(row.entity, QString::fromLatin1(name));
    return i >= 0 && i < row.values.size() ? row.values.at(i) : none;
}

// A page of these changes (JSON object texts), no removals.
QByteArray pageOf(const QByteArray &changes, const QByteArray &tail = R"("cursor":7,"has_more":false)")
{
    return R"({"changes":[)" + changes + R"(],"removals":[],)" + tail + '}';
}

// One lead change with f = these members (JSON text, without braces).
QByteArray leadWith(const QByteArray &members)
{
    return pageOf(R"({"e":"lead","id":"L1","rev":5,"f":{)" + members + "}}");
}

// The template with its @s replaced by these values in turn. Placeholders keep
// every literal's quotes paired: moc misreads a raw string with an odd number.
QByteArray filled(QByteArray t, const QByteArrayList &values)
{
    qsizetype at = 0;
    for (const QByteArray &v : values) {
        at = t.indexOf('@', at);
        if (at < 0)
            break;
        t.replace(at, 1, v);
        at += v.size();
    }
    return t;
}

PullPage readOk(const QByteArray &body, qint64 cursor = 0)
{
    PullPage page = PullPage::read(body, cursor);
    if (!page.ok)
        qWarning("refused: %s", qPrintable(page.failure.networkError));
    return page;
}

} // namespace

class TestPullPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesMalformedPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words"); // a part of the reason given

        const QString parse = u"服务器的同步数据无法解析"_s;
        const QString missingTop = u"缺少 changes、cursor 或 has_more"_s;
        const QString missingKey = u"一行缺少 e、id 或 rev"_s;
        const QString type = u" 的值类型不对"_s;

        QTest::newRow("empty") << QByteArray() << parse;
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << parse;
        QTest::newRow("truncated") << pageOf(R"({"e":"lead","id":"L1","rev":5,"f":{"title":"a"}})").chopped(3)
                                   << parse;
        QTest::newRow("trailing garbage") << pageOf({}) + "}" << parse;
        QTest::newRow("array root") << QByteArray("[]") << missingTop;
        QTest::newRow("invalid utf-8 byte") << leadWith("\"title\":\"\xff\xfe\"") << parse;
        QTest::newRow("overlong utf-8") << leadWith("\"title\":\"\xc0\xaf\"") << parse;
        QTest::newRow("truncated utf-8") << leadWith("\"title\":\"\xe4\xb8\"") << parse;
        QTest::newRow("utf-8 surrogate") << leadWith("\"title\":\"\xed\xa0\x80\"") << parse;
        QTest::newRow("lone surrogate escape") << leadWith(R"("title":"\udc00")") << parse;
        QTest::newRow("invalid utf-8 in a key") << leadWith("\"ti\xfftle\":\"a\"") << parse;
        QTest::newRow("no changes") << QByteArray(R"({"removals":[],"cursor":1,"has_more":false})") << missingTop;
        QTest::newRow("changes not an array") << QByteArray(R"({"changes":{},"cursor":1,"has_more":false})")
                                              << missingTop;
        QTest::newRow("no cursor") << QByteArray(R"({"changes":[],"has_more":false})") << missingTop;
        QTest::newRow("cursor a string") << QByteArray(R"({"changes":[],"cursor":"7","has_more":false})")
                                         << missingTop;
        QTest::newRow("no has_more") << QByteArray(R"({"changes":[],"cursor":7})") << missingTop;
        QTest::newRow("has_more a string") << QByteArray(R"({"changes":[],"cursor":7,"has_more":"false"})")
                                           << missingTop;
        QTest::newRow("removals not an array")
            << QByteArray(R"({"changes":[],"removals":{},"cursor":7,"has_more":false})") << u"removals"_s;
        QTest::newRow("change without f") << pageOf(R"({"e":"lead","id":"L1","rev":5})") << u"没有 f"_s;
        QTest::newRow("f null") << pageOf(R"({"e":"lead","id":"L1","rev":5,"f":null})") << u"f 不是对象"_s;
        QTest::newRow("f an array") << pageOf(R"({"e":"lead","id":"L1","rev":5,"f":[]})") << u"f 不是对象"_s;
        QTest::newRow("change not an object") << pageOf("42") << missingKey;
        QTest::newRow("change without e") << pageOf(R"({"id":"L1","rev":5,"f":{}})") << missingKey;
        QTest::newRow("change without id") << pageOf(R"({"e":"lead","rev":5,"f":{}})") << missingKey;
        QTest::newRow("change without rev") << pageOf(R"({"e":"lead","id":"L1","f":{}})") << missingKey;
        QTest::newRow("e a number") << pageOf(R"({"e":3,"id":"L1","rev":5,"f":{}})") << missingKey;
        QTest::newRow("id a number") << pageOf(R"({"e":"lead","id":1,"rev":5,"f":{}})") << missingKey;
        QTest::newRow("rev a string") << pageOf(R"({"e":"lead","id":"L1","rev":"5","f":{}})") << missingKey;
        QTest::newRow("rev a fraction") << pageOf(R"({"e":"lead","id":"L1","rev":5.5,"f":{}})") << missingKey;
        QTest::newRow("removal without id")
            << QByteArray(R"({"changes":[],"removals":[{"e":"lead","rev":5}],"cursor":7,"has_more":false})")
            << missingKey;
        QTest::newRow("removal without rev")
            << QByteArray(R"({"changes":[],"removals":[{"e":"lead","id":"L1"}],"cursor":7,"has_more":false})")
            << missingKey;
        QTest::newRow("text given an integer") << leadWith(R"("title":12345)") << u"lead.title"_s + type;
        QTest::newRow("text given a double") << leadWith(R"("title":1.5)") << u"lead.title"_s + type;
        QTest::newRow("text given a bool") << leadWith(R"("title":true)") << u"lead.title"_s + type;
        QTest::newRow("integer given a string") << leadWith(R"("amount_yuan":"100000")")
                                                << u"lead.amount_yuan"_s + type;
        QTest::newRow("integer given a fraction") << leadWith(R"("amount_yuan":2.5)") << u"lead.amount_yuan"_s + type;
        QTest::newRow("integer above int64") << leadWith(R"("amount_yuan":9223372036854775808)")
                                             << u"lead.amount_yuan"_s + type;
        QTest::newRow("integer double above int64") << leadWith(R"("amount_yuan":1e19)")
                                                    << u"lead.amount_yuan"_s + type;
        QTest::newRow("text given an array") << leadWith(R"("title":["a"])") << u"lead.title"_s + type;
        QTest::newRow("text given an object") << leadWith(R"("title":{"zh":"a"})") << u"lead.title"_s + type;
        QTest::newRow("integer given an array") << leadWith(R"("amount_yuan":[1])") << u"lead.amount_yuan"_s + type;
        QTest::newRow("integer given an object") << leadWith(R"("amount_yuan":{})") << u"lead.amount_yuan"_s + type;
        // One bad row spoils the page, wherever it is.
        QTest::newRow("bad row after good ones")
            << pageOf(R"({"e":"account","id":"A1","rev":1,"f":{"name":"好"}},)"
                      R"({"e":"contact","id":"C1","rev":2,"f":{"phone":13800138000}})")
            << u"contact.phone"_s + type;
    }
    void refusesMalformedPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        const PullPage page = PullPage::read(body, 3);
        QVERIFY(!page.ok);
        QCOMPARE(page.failure.status, 0);
        QVERIFY(!page.failure.ok());
        QVERIFY2(page.failure.networkError.startsWith(u"服务器的同步数据无法解析："_s),
                 qPrintable(page.failure.networkError));
        QVERIFY2(page.failure.networkError.contains(words), qPrintable(page.failure.networkError));
        QVERIFY(page.rows.isEmpty());
    }

    void readsCursorAndHasMore_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("given");
        QTest::addColumn<qint64>("cursor");
        QTest::addColumn<bool>("hasMore");
        QTest::newRow("more") << pageOf({}, R"("cursor":42,"has_more":true)") << qint64(0) << qint64(42) << true;
        QTest::newRow("last") << pageOf({}, R"("cursor":42,"has_more":false)") << qint64(10) << qint64(42) << false;
        QTest::newRow("large") << pageOf({}, R"("has_more":true,"cursor":9007199254740993)") << qint64(0)
                               << qint64(9007199254740993) << true;
        // An answer from before the cursor never moves it back.
        QTest::newRow("behind") << pageOf({}, R"("cursor":5,"has_more":false)") << qint64(100) << qint64(100) << false;
        QTest::newRow("no removals") << QByteArray(R"({"changes":[],"cursor":8,"has_more":false})") << qint64(0)
                                     << qint64(8) << false;
    }
    void readsCursorAndHasMore()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, given);
        const PullPage page = readOk(body, given);
        QVERIFY(page.ok);
        QTEST(page.cursor, "cursor");
        QTEST(page.hasMore, "hasMore");
        QVERIFY(page.rows.isEmpty());
        QCOMPARE(page.changes, 0);
    }

    void chineseTextRoundTrips()
    {
        const QString title = u"杭州恒达机械 采购项目（二期）— 𠀋"_s; // a CJK extension B character too
        const QByteArray body =
            pageOf(filled(R"({"e":"lead","id":"线索-1","rev":5,"f":{"title":"@","source":"展会名片"}})", {title.toUtf8()}));
        const PullPage page = readOk(body);
        QVERIFY(page.ok);
        QCOMPARE(page.rows.size(), 1);
        const ServerRow &row = page.rows.first();
        QCOMPARE(row.id, u"线索-1"_s);
        QCOMPARE(row.idUtf8, u"线索-1"_s.toUtf8());
        QCOMPARE(valueOf(row, "title").kind, FieldValue::Text);
        QCOMPARE(valueOf(row, "title").utf8, title.toUtf8());
        QCOMPARE(valueOf(row, "title").text(), title);
        QCOMPARE(valueOf(row, "source").text(), u"展会名片"_s);
    }

    void decodesEscapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QByteArray(R"(say \"hi\")") << u"say \"hi\""_s;
        QTest::newRow("backslash") << QByteArray(R"(C:\\tmp\\a)") << u"C:\\tmp\\a"_s;
        QTest::newRow("unicode escape") << QByteArray(R"(\u4e2d\u6587)") << u"中文"_s;
        QTest::newRow("surrogate pair") << QByteArray(R"(\ud83d\ude00)") << u"😀"_s;
        QTest::newRow("control") << QByteArray(R"(a\nb\tc\r\/d\b\f)") << u"a\nb\tc\r/d\b\f"_s;
        QTest::newRow("nul") << QByteArray(R"(a\u0000b)") << QString(u"a\0b"_s);
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void decodesEscapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        const PullPage page = readOk(leadWith(filled(R"("title":"@")", {json})));
        QVERIFY(page.ok);
        const FieldValue &v = valueOf(page.rows.first(), "title");
        QCOMPARE(v.kind, FieldValue::Text); // an empty string is text, not null
        QCOMPARE(v.text(), text);
        QCOMPARE(v.utf8, text.toUtf8());
    }

    void readsNullsIntegersAndFieldOrder()
    {
        const PullPage page = readOk(leadWith(
            R"("status":"open","contact_id":null,"amount_yuan":9223372036854775807,"stage_entered_at":-9223372036854775808,)"
            R"("created_at":1.7e12,"updated_at":250000.0,"deleted":0,"last_activity_at":null,"colour":[1,{"x":2}],)"
            R"("title":"t","nested":{"a":"b"})"));
        QVERIFY(page.ok);
        QCOMPARE(page.rows.size(), 1);
        const ServerRow &row = page.rows.first();
        QCOMPARE(row.spec, protocol::entity(u"lead"_s));
        QCOMPARE(row.values.size(), protocol::entity(u"lead"_s)->fields.size()); // unknown fields ignored
        QCOMPARE(valueOf(row, "contact_id").kind, FieldValue::Null);
        QCOMPARE(valueOf(row, "last_activity_at").kind, FieldValue::Null);
        QCOMPARE(valueOf(row, "amount_yuan").kind, FieldValue::Integer);
        QCOMPARE(valueOf(row, "amount_yuan").integer, std::numeric_limits<qint64>::max());
        QCOMPARE(valueOf(row, "stage_entered_at").integer, std::numeric_limits<qint64>::min());
        QCOMPARE(valueOf(row, "created_at").kind, FieldValue::Integer); // an integral double
        QCOMPARE(valueOf(row, "created_at").integer, qint64(1700000000000));
        QCOMPARE(valueOf(row, "updated_at").integer, qint64(250000));
        QCOMPARE(valueOf(row, "deleted").kind, FieldValue::Integer);
        QCOMPARE(valueOf(row, "deleted").integer, qint64(0));
        QCOMPARE(valueOf(row, "title").text(), u"t"_s);
        QCOMPARE(valueOf(row, "status").text(), u"open"_s);
        // Not sent: absent (the applier binds what the server sent, nothing else).
        QCOMPARE(valueOf(row, "account_id").kind, FieldValue::Absent);
        QCOMPARE(valueOf(row, "industry").kind, FieldValue::Absent);
        // Exactly the listed fields are set, each at its catalog index.
        int set = 0;
        for (const FieldValue &v : row.values)
            set += v.kind != FieldValue::Absent;
        QCOMPARE(set, 9);
        QCOMPARE(row.values.at(fieldIndex(u"lead"_s, u"amount_yuan"_s)).integer, std::numeric_limits<qint64>::max());
    }

    void readsAsTheJsonPathDoes()
    {
        // The same changes through QJsonDocument and ServerRow::fromFields (the
        // path the push answers take) give the same values.
        const QByteArray changes =
            R"({"e":"account","id":"A1","rev":3,"f":{"name":"宁波 \"甬江\" 港务","city":null,"created_at":1700000000000,"updated_at":1700000000001,"deleted":0}},)"
            R"({"e":"contact","id":"C1","rev":4,"f":{"account_id":"A1","name":"李\u5a1c","phone":"+86 139-0000-0001","created_at":17,"updated_at":18,"deleted":1}},)"
            R"({"e":"activity","id":"V1","rev":9,"f":{"lead_id":"L1","kind":"call","happened_at":1,"entered_at":2,"entry_seconds":30,"text":"第一行\n第二行","progress":1,"updated_at":3,"deleted":0}})";
        const QByteArray body = pageOf(changes);
        const PullPage page = readOk(body);
        QVERIFY(page.ok);
        const QJsonArray json = QJsonDocument::fromJson(body).object().value(u"changes"_s).toArray();
        QCOMPARE(page.rows.size(), json.size());
        QCOMPARE(page.changes, int(json.size()));
        for (qsizetype i = 0; i < json.size(); ++i) {
            const QJsonObject change = json.at(i).toObject();
            const ServerRow expected = ServerRow::fromFields(change.value(u"e"_s).toString(), change.value(u"id"_s).toString(),
                                                             change.value(u"rev"_s).toInteger(),
                                                             change.value(u"f"_s).toObject());
            const ServerRow &row = page.rows.at(i);
            QCOMPARE(row.entity, expected.entity);
            QCOMPARE(row.id, expected.id);
            QCOMPARE(row.rev, expected.rev);
            QCOMPARE(row.removal, false);
            QCOMPARE(row.spec, expected.spec);
            QCOMPARE(row.values.size(), expected.values.size());
            for (qsizetype f = 0; f < row.values.size(); ++f) {
                const QByteArray what = (row.entity + u'.' + row.spec->fields.at(f).name).toUtf8();
                QVERIFY2(row.values.at(f).kind == expected.values.at(f).kind, what.constData());
                QVERIFY2(row.values.at(f).integer == expected.values.at(f).integer, what.constData());
                QVERIFY2(row.values.at(f).utf8 == expected.values.at(f).utf8, what.constData());
            }
        }
        QCOMPARE(valueOf(page.rows.at(0), "name").text(), u"宁波 \"甬江\" 港务"_s);
        QCOMPARE(valueOf(page.rows.at(1), "name").text(), u"李娜"_s);
    }

    void keepsUnknownEntities()
    {
        const PullPage page = readOk(pageOf(R"({"e":"future_thing","id":"X1","rev":4,"f":{"a":[1,2],"b":{"c":true}}},)"
                                            R"({"e":"region","id":"R1","rev":6,"f":{"name":"华东"}})"));
        QVERIFY(page.ok);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.changes, 2);
        QCOMPARE(page.rows.at(0).entity, u"future_thing"_s);
        QCOMPARE(page.rows.at(0).id, u"X1"_s);
        QCOMPARE(page.rows.at(0).rev, qint64(4));
        QVERIFY(page.rows.at(0).spec == nullptr);
        QVERIFY(!page.rows.at(0).removal);
        QVERIFY(page.rows.at(0).values.isEmpty());
        QCOMPARE(page.rows.at(1).spec, protocol::entity(u"region"_s));
        QCOMPARE(valueOf(page.rows.at(1), "name").text(), u"华东"_s);
    }

    void mergesChangesAndRemovalsInRevOrder()
    {
        const QByteArray body =
            R"({"changes":[{"e":"lead","id":"L2","rev":2,"f":{"title":"b"}},{"e":"account","id":"A5","rev":5,"f":{"name":"e"}},)"
            R"({"e":"activity","id":"V9","rev":9,"f":{"text":"i"}}],)"
            R"("removals":[{"e":"lead","id":"L1","rev":1},{"e":"evidence_item","id":"E6","rev":6},{"e":"future_thing","id":"X10","rev":10}],)"
            R"("cursor":10,"has_more":true})";
        const PullPage page = readOk(body, 0);
        QVERIFY(page.ok);
        QList<qint64> revs;
        QStringList ids;
        QList<bool> removals;
        for (const ServerRow &row : page.rows) {
            revs << row.rev;
            ids << row.id;
            removals << row.removal;
            if (row.removal)
                QVERIFY(row.values.isEmpty());
        }
        QCOMPARE(revs, (QList<qint64>{1, 2, 5, 6, 9, 10}));
        QCOMPARE(ids, (QStringList{u"L1"_s, u"L2"_s, u"A5"_s, u"E6"_s, u"V9"_s, u"X10"_s}));
        QCOMPARE(removals, (QList<bool>{true, false, false, true, false, true}));
        QCOMPARE(page.changes, 3);
        QCOMPARE(page.rows.at(0).spec, protocol::entity(u"lead"_s));
        QCOMPARE(page.rows.at(3).spec, protocol::entity(u"evidence_item"_s));
        QVERIFY(page.rows.at(5).spec == nullptr);
        QVERIFY(page.blobs.isEmpty()); // a removal names no file to fetch
        QCOMPARE(page.cursor, qint64(10));
        QVERIFY(page.hasMore);
    }

    void listsEachBlobOnce()
    {
        const QByteArray shaA(64, 'a'), shaB(64, 'b'), shaC(64, 'c');
        const QByteArray body = pageOf(
            filled(R"({"e":"evidence_item","id":"E1","rev":1,"f":{"kind":"file","blob_sha256":"@"}},)", {shaA})
            + filled(R"({"e":"evidence_item","id":"E2","rev":2,"f":{"kind":"text","text":"@","blob_sha256":null}},)", {shaC})
            + filled(R"({"e":"activity_attachment","id":"F1","rev":3,"f":{"blob_sha256":"@"}},)", {shaB})
            + filled(R"({"e":"evidence_item","id":"E3","rev":4,"f":{"kind":"file","blob_sha256":"@"}},)", {shaA})
            + R"({"e":"evidence_item","id":"E4","rev":5,"f":{"kind":"text"}},)"
            + filled(R"({"e":"activity","id":"V1","rev":6,"f":{"text":"@"}},)", {shaC})
            + filled(R"({"e":"activity_attachment","id":"F2","rev":7,"f":{"blob_sha256":"@"}},)", {shaB})
            + R"({"e":"evidence_item","id":"E5","rev":8,"f":{"kind":"file","blob_sha256":""}})");
        const PullPage page = readOk(body);
        QVERIFY(page.ok);
        QCOMPARE(page.rows.size(), 8);
        QCOMPARE(page.blobs, (QStringList{QString::fromLatin1(shaA), QString::fromLatin1(shaB)}));
    }

    void readsALargePage()
    {
        QByteArray changes;
        constexpr int n = 5000;
        for (int i = 0; i < n; ++i) {
            if (i)
                changes += ',';
            const QByteArray at = QByteArray::number(i);
            changes += filled(R"({"e":"contact","id":"C@","rev":@,"f":{"account_id":"A","name":"联系人@",)"
                              R"("phone":null,"created_at":@,"updated_at":1,"deleted":0}})",
                              {at, QByteArray::number(i + 1), at, at});
        }
        const PullPage page = readOk(pageOf(changes, R"("cursor":5000,"has_more":true)"));
        QVERIFY(page.ok);
        QCOMPARE(page.rows.size(), n);
        QCOMPARE(page.changes, n);
        QCOMPARE(page.rows.last().id, u"C4999"_s);
        QCOMPARE(valueOf(page.rows.last(), "name").text(), u"联系人4999"_s);
        QCOMPARE(valueOf(page.rows.at(1234), "created_at").integer, qint64(1234));
        QCOMPARE(page.cursor, qint64(5000));
    }
};

QTEST_GUILESS_MAIN(TestPullPage)
#include "tst_pullpage.moc"
