// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/stagehistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

StageChange move(const QString& from, const QString& to, bool flag = false)
{
    StageChange c;
    c.fromStage = from;
    c.toStage = to;
    c.backflow = flag;
    return c;
}

// qualify → diagnose → demo → diagnose → demo → negotiate → qualify → diagnose
QList<StageChange> history()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    QList<StageChange> changes;
    const QStringList path{QString(), u"qualify"_s, u"diagnose"_s, u"demo"_s, u"diagnose"_s,
                           u"demo"_s, u"negotiate"_s, u"qualify"_s, u"diagnose"_s};
    for (qsizetype i = 1; i < path.size(); ++i)
        changes << withBackflowFlag(t, move(path.at(i - 1), path.at(i)));
    return changes;
}

} // namespace

class TestStageHistory : public QObject
{
    Q_OBJECT

private slots:
    void isBackflow_data();
    void isBackflow();
    void counts();
    void byStage();
    void storedFlagsVersusTemplate();
};

void TestStageHistory::isBackflow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("backflow");

    QTest::newRow("first entry") << QString() << u"qualify"_s << false;
    QTest::newRow("one forward") << u"qualify"_s << u"diagnose"_s << false;
    QTest::newRow("skip forward") << u"qualify"_s << u"contract"_s << false;
    QTest::newRow("one back") << u"diagnose"_s << u"qualify"_s << true;
    QTest::newRow("far back") << u"delivery"_s << u"diagnose"_s << true;
    QTest::newRow("same stage") << u"demo"_s << u"demo"_s << false;
    QTest::newRow("unknown from") << u"won"_s << u"qualify"_s << false;
    QTest::newRow("unknown to") << u"demo"_s << u"lost"_s << false;
}

void TestStageHistory::isBackflow()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, backflow);
    const PipelineTemplate t = defaultPipelineTemplate();
    QCOMPARE(sales::isBackflow(t, from, to), backflow);
    QCOMPARE(withBackflowFlag(t, move(from, to, !backflow)).backflow, backflow);
}

void TestStageHistory::counts()
{
    const QList<StageChange> changes = history();
    QCOMPARE(changes.size(), 8);
    QCOMPARE(backflowCount(changes), 2);
    QCOMPARE(backflowCount(defaultPipelineTemplate(), changes), 2);
    QCOMPARE(backflowCount(QList<StageChange>{}), 0);
}

void TestStageHistory::byStage()
{
    const QHash<QString, int> expected{{u"demo"_s, 1}, {u"negotiate"_s, 1}};
    QCOMPARE(backflowByStage(history()), expected);
    QCOMPARE(backflowByStage(defaultPipelineTemplate(), history()), expected);

    QList<StageChange> twice = history();
    twice << withBackflowFlag(defaultPipelineTemplate(), move(u"diagnose"_s, u"demo"_s))
          << withBackflowFlag(defaultPipelineTemplate(), move(u"demo"_s, u"qualify"_s));
    QCOMPARE(backflowByStage(twice).value(u"demo"_s), 2);
    QCOMPARE(backflowByStage(twice).value(u"qualify"_s), 0);
}

void TestStageHistory::storedFlagsVersusTemplate()
{
    // A client that flagged nothing (or everything) is caught by the recount.
    QList<StageChange> unflagged{move(u"demo"_s, u"qualify"_s), move(u"qualify"_s, u"demo"_s)};
    QCOMPARE(backflowCount(unflagged), 0);
    QCOMPARE(backflowCount(defaultPipelineTemplate(), unflagged), 1);

    QList<StageChange> overflagged{move(u"qualify"_s, u"demo"_s, true)};
    QCOMPARE(backflowCount(overflagged), 1);
    QCOMPARE(backflowByStage(overflagged).value(u"qualify"_s), 1);
    QCOMPARE(backflowCount(defaultPipelineTemplate(), overflagged), 0);
    QVERIFY(backflowByStage(defaultPipelineTemplate(), overflagged).isEmpty());
}

QTEST_GUILESS_MAIN(TestStageHistory)
#include "tst_stagehistory.moc"
