// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14.3: script packs (话术包) are data, read strictly: the shipped defaults
// parse and cover every review stage of the default template; a file with a
// fault is refused whole, naming where; what is written back reads the same.
#include "domain/pipelinetemplate.h"
#include "domain/scriptpack.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestScriptPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultsCoverEveryReviewStage()
    {
        const QList<ScriptPack> packs = defaultScriptPacks();
        QSet<QString> stages;
        for (const ScriptPack &p : packs)
            stages.insert(p.stageKey);
        for (const StageDefinition &s : defaultPipelineTemplate().stages) {
            if (s.reviewRequired)
                QVERIFY2(stages.contains(s.key), qPrintable(s.key));
        }
        QString error;
        const auto again = scriptPacksFromJson(scriptPacksToJson(packs), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, packs);
    }

    void aFaultRefusesTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        const QByteArray ok = "{\"id\":\"a\",\"stage\":\"negotiate\",\"title\":\"t\",\"body\":\"b\"}";
        QTest::newRow("not json") << QByteArray("{\"scriptPacks\": [") << u"JSON"_s;
        QTest::newRow("not an object") << QByteArray("[]") << u"top level"_s;
        QTest::newRow("unknown field") << QByteArray("{\"scriptPacks\":[{\"id\":\"a\",\"stage\":\"s\",\"title\":\"t\",\"body\":\"b\",\"x\":1}]}")
                                       << u"$.scriptPacks[0]"_s;
        QTest::newRow("blank body") << QByteArray("{\"scriptPacks\":[{\"id\":\"a\",\"stage\":\"s\",\"title\":\"t\",\"body\":\"  \"}]}")
                                    << u"body"_s;
        QTest::newRow("bad id") << QByteArray("{\"scriptPacks\":[{\"id\":\"a b\",\"stage\":\"s\",\"title\":\"t\",\"body\":\"b\"}]}")
                                << u"id"_s;
        QTest::newRow("twice") << QByteArray("{\"scriptPacks\":[" + ok + "," + ok + "]}") << u"$.scriptPacks[1].id"_s;
        QTest::newRow("too long") << QByteArray("{\"scriptPacks\":[{\"id\":\"a\",\"stage\":\"s\",\"title\":\"t\",\"body\":\""
                                                + QByteArray(MaxScriptPackBody + 1, 'x') + "\"}]}")
                                  << u"body"_s;
    }

    void aFaultRefusesTheWholeFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QString error;
        QVERIFY(!scriptPacksFromJson(json, &error));
        QVERIFY2(error.contains(where), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestScriptPack)
#include "tst_scriptpack.moc"
