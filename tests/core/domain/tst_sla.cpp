// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/sla.h"

#include <QTest>

Q_DECLARE_METATYPE(sales::EvidenceItem)
Q_DECLARE_METATYPE(sales::SlaState)
Q_DECLARE_METATYPE(sales::SlaBreachAction)

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

constexpr qint64 H = 3600;
const QDateTime kStart(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

StageDefinition stage48(SlaBreachAction action = SlaBreachAction::Freeze)
{
    StageDefinition s;
    s.key = u"s"_s;
    s.name = u"阶段"_s;
    s.slaHours = 48;
    s.graceHours = 24;
    s.warnHours = 12;
    s.breachAction = action;
    return s;
}

EvidenceItem filed(const QString& requirement, EvidenceKind kind, const QString& payload,
                   const QDateTime& at)
{
    EvidenceItem e;
    e.requirementKey = requirement;
    e.kind = kind;
    e.createdAt = at;
    if (kind == EvidenceKind::File)
        e.blobSha256 = payload;
    else
        e.text = payload;
    return e;
}

EvidenceItem screenshot(const QDateTime& at, QChar hex = u'a')
{
    return filed(u"website_screenshot"_s, EvidenceKind::File, QString(64, hex), at);
}

} // namespace

class TestSla : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void breachActions_data();
    void breachActions();
    void zeroWarnAndGrace();
    void invalidClock();
    void defaultStageFortyEightHours();
    void clockStart_data();
    void clockStart();
    void clockRestartDelaysOverdue();
    void meetingNotes_data();
    void meetingNotes();
};

void TestSla::states_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<qint64>("secondsLeft");

    QTest::newRow("start") << 0LL << SlaState::OnTrack << 48 * H;
    QTest::newRow("35:59:59") << (36 * H - 1) * 1000 << SlaState::OnTrack << 12 * H + 1;
    QTest::newRow("36:00:00 warn") << 36 * H * 1000 << SlaState::Due << 12 * H;
    QTest::newRow("47:59:59") << (48 * H - 1) * 1000 << SlaState::Due << 1LL;
    QTest::newRow("47:59:59.5") << 48 * H * 1000 - 500 << SlaState::Due << 0LL;
    QTest::newRow("48:00:00") << 48 * H * 1000 << SlaState::Overdue << 0LL;
    QTest::newRow("48:00:01") << (48 * H + 1) * 1000 << SlaState::Overdue << -1LL;
    QTest::newRow("48:00:00.5") << 48 * H * 1000 + 500 << SlaState::Overdue << -1LL;
    QTest::newRow("71:59:59") << (72 * H - 1) * 1000 << SlaState::Overdue << -(24 * H - 1);
    QTest::newRow("72:00:00 grace over") << 72 * H * 1000 << SlaState::Frozen << -24 * H;
    QTest::newRow("ten days") << 240 * H * 1000 << SlaState::Frozen << -192 * H;
}

void TestSla::states()
{
    QFETCH(qint64, ms);
    QFETCH(SlaState, state);
    QFETCH(qint64, secondsLeft);
    const SlaStatus s = evaluateSla(stage48(), kStart, kStart.addMSecs(ms));
    QCOMPARE(s.state, state);
    QCOMPARE(s.secondsLeft, secondsLeft);
    QCOMPARE(s.deadline, kStart.addSecs(48 * H));
}

void TestSla::breachActions_data()
{
    QTest::addColumn<SlaBreachAction>("action");
    QTest::addColumn<SlaState>("inGrace");
    QTest::addColumn<SlaState>("afterGrace");

    QTest::newRow("freeze") << SlaBreachAction::Freeze << SlaState::Overdue << SlaState::Frozen;
    QTest::newRow("downgrade") << SlaBreachAction::Downgrade << SlaState::Overdue << SlaState::Downgraded;
    QTest::newRow("none") << SlaBreachAction::None << SlaState::Overdue << SlaState::Overdue;
}

void TestSla::breachActions()
{
    QFETCH(SlaBreachAction, action);
    QFETCH(SlaState, inGrace);
    QFETCH(SlaState, afterGrace);
    const StageDefinition s = stage48(action);
    QCOMPARE(evaluateSla(s, kStart, kStart.addSecs(72 * H - 1)).state, inGrace);
    QCOMPARE(evaluateSla(s, kStart, kStart.addSecs(72 * H)).state, afterGrace);
    QCOMPARE(evaluateSla(s, kStart, kStart.addSecs(500 * H)).state, afterGrace);
}

void TestSla::zeroWarnAndGrace()
{
    StageDefinition s = stage48(SlaBreachAction::Downgrade);
    s.warnHours = 0;
    s.graceHours = 0;
    QCOMPARE(evaluateSla(s, kStart, kStart.addSecs(48 * H - 1)).state, SlaState::OnTrack);
    QCOMPARE(evaluateSla(s, kStart, kStart.addSecs(48 * H)).state, SlaState::Downgraded);
}

void TestSla::invalidClock()
{
    const SlaStatus s = evaluateSla(stage48(), QDateTime(), kStart);
    QCOMPARE(s.state, SlaState::OnTrack);
    QVERIFY(!s.deadline.isValid());
}

void TestSla::defaultStageFortyEightHours()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    const StageDefinition& qualify = *t.stage(u"qualify"_s);
    const QDateTime due = kStart.addSecs(47 * H + 59 * 60 + 59);
    QCOMPARE(evaluateSla(qualify, kStart, due).state, SlaState::Due);
    QCOMPARE(evaluateSla(qualify, kStart, kStart.addSecs(48 * H)).state, SlaState::Overdue);
    QCOMPARE(evaluateSla(qualify, kStart, kStart.addSecs(72 * H)).state, SlaState::Frozen);
    const StageDefinition& contract = *t.stage(u"contract"_s);
    QCOMPARE(evaluateSla(contract, kStart, kStart.addSecs(72 * H)).state, SlaState::Downgraded);
}

void TestSla::clockStart_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QList<EvidenceItem>>("evidence");
    QTest::addColumn<qint64>("startHours");

    const auto at = [](qint64 hours) { return kStart.addSecs(hours * H); };
    const QString pains = u"pain_points"_s;
    QTest::newRow("no evidence") << u"qualify"_s << QList<EvidenceItem>{} << 0LL;
    QTest::newRow("next-stage file") << u"qualify"_s << QList{screenshot(at(10))} << 10LL;
    QTest::newRow("newest of several") << u"qualify"_s
                                       << QList{screenshot(at(20), u'b'), screenshot(at(5)),
                                                filed(u"procurement_call_recording"_s, EvidenceKind::File,
                                                      QString(64, u'c'), at(12))}
                                       << 20LL;
    QTest::newRow("filed before entry") << u"qualify"_s << QList{screenshot(at(-30))} << 0LL;
    QTest::newRow("two stages ahead ignored")
        << u"qualify"_s << QList{filed(pains, EvidenceKind::FreeText, u"质检靠人工抽检"_s, at(30))} << 0LL;
    QTest::newRow("current stage's own evidence ignored") << u"diagnose"_s << QList{screenshot(at(30))} << 0LL;
    QTest::newRow("next stage from diagnose")
        << u"diagnose"_s << QList{filed(pains, EvidenceKind::FreeText, u"质检靠人工抽检"_s, at(30))} << 30LL;
    QTest::newRow("blank text does not restart")
        << u"diagnose"_s
        << QList{filed(pains, EvidenceKind::FreeText, u"质检靠人工抽检"_s, at(10)),
                 filed(pains, EvidenceKind::FreeText, u"  "_s, at(40))}
        << 10LL;
    QTest::newRow("re-filed duplicate does not restart")
        << u"qualify"_s << QList{screenshot(at(10)), screenshot(at(40))} << 10LL;
    QTest::newRow("duplicate counts from its first filing")
        << u"qualify"_s << QList{screenshot(at(40)), screenshot(at(10))} << 10LL;
    QTest::newRow("last stage runs from entry")
        << u"delivery"_s << QList{screenshot(at(10))} << 0LL;
    QTest::newRow("unknown stage runs from entry") << u"won"_s << QList{screenshot(at(10))} << 0LL;
}

void TestSla::clockStart()
{
    QFETCH(QString, stage);
    QFETCH(QList<EvidenceItem>, evidence);
    QFETCH(qint64, startHours);
    QCOMPARE(slaClockStart(kStart, evidence, defaultPipelineTemplate(), stage),
             kStart.addSecs(startHours * H));
}

void TestSla::clockRestartDelaysOverdue()
{
    const PipelineTemplate t = defaultPipelineTemplate();
    const QList<EvidenceItem> evidence{screenshot(kStart.addSecs(10 * H))};
    const QDateTime start = slaClockStart(kStart, evidence, t, u"qualify"_s);
    const StageDefinition& qualify = *t.stage(u"qualify"_s);
    // Without the screenshot this lead would be overdue at 48 h.
    QCOMPARE(evaluateSla(qualify, kStart, kStart.addSecs(48 * H)).state, SlaState::Overdue);
    QCOMPARE(evaluateSla(qualify, start, kStart.addSecs(48 * H)).state, SlaState::Due);
    QCOMPARE(evaluateSla(qualify, start, kStart.addSecs(58 * H - 1)).state, SlaState::Due);
    QCOMPARE(evaluateSla(qualify, start, kStart.addSecs(58 * H)).state, SlaState::Overdue);
}

void TestSla::meetingNotes_data()
{
    QTest::addColumn<qint64>("notesAfter"); // seconds after first contact; -1: none
    QTest::addColumn<qint64>("nowAfter");
    QTest::addColumn<int>("dueHours");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("none, 1:59:59") << -1LL << 2 * H - 1 << 2 << false;
    QTest::newRow("none, 2:00:00") << -1LL << 2 * H << 2 << false;
    QTest::newRow("none, 2:00:01") << -1LL << 2 * H + 1 << 2 << true;
    QTest::newRow("filed at 1h") << H << 30 * H << 2 << false;
    QTest::newRow("filed at exactly 2h") << 2 * H << 3 * H << 2 << false;
    QTest::newRow("filed at 2:00:01 is late") << 2 * H + 1 << 3 * H << 2 << true;
    QTest::newRow("stamped after now, not yet due") << H << H / 2 << 2 << false;
    QTest::newRow("stamped after now, past due") << 4 * H << 3 * H << 2 << true;
    QTest::newRow("4h rule, 3h in") << -1LL << 3 * H << 4 << false;
    QTest::newRow("4h rule, past") << -1LL << 4 * H + 1 << 4 << true;
}

void TestSla::meetingNotes()
{
    QFETCH(qint64, notesAfter);
    QFETCH(qint64, nowAfter);
    QFETCH(int, dueHours);
    QFETCH(bool, overdue);
    const std::optional<QDateTime> notes =
        notesAfter < 0 ? std::nullopt : std::optional(kStart.addSecs(notesAfter));
    QCOMPARE(meetingNotesOverdue(kStart, notes, kStart.addSecs(nowAfter), dueHours), overdue);
    if (dueHours == 2)
        QCOMPARE(meetingNotesOverdue(kStart, notes, kStart.addSecs(nowAfter)), overdue);
}

QTEST_GUILESS_MAIN(TestSla)
#include "tst_sla.moc"
