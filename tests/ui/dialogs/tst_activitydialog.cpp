// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/activitydialog.h"
#include "dialogtesting.h"
#include "workspace/result.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestActivityDialog : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(15, 30), Qt::UTC);
    FixedClock m_clock{m_now};
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::writePng(file(u"名片.png"_s)));
    }

    void tabOrderFollowsTheForm()
    {
        ActivityDialog d(u"L1"_s, u"杭州恒达机械"_s, nullptr, m_clock);
        QVERIFY(test::showActive(d));
        QCOMPARE(test::focusName(), u"kind"_s);
        // Removing is disabled until there is an attachment, so Tab skips it.
        QCOMPARE(test::tabChain(6), QStringList({u"happenedAt"_s, u"text"_s, u"progress"_s, u"attachmentList"_s,
                                                 u"addFiles"_s, u"okButton"_s}));
    }

    void keyboardOnlyEntryIsSubmittedWithItsEntryTime()
    {
        ActivityDialog d(u"L1"_s, u"杭州恒达机械"_s, nullptr, m_clock);
        std::optional<ActivityEntry> sent;
        d.setSubmitter([&sent](const ActivityEntry &e) {
            sent = e;
            return Result::success(u"A1"_s);
        });
        QVERIFY(test::showActive(d));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 电话 → 拜访
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // → 会议
        test::tab();
        test::tab();
        test::type(u"客户确认预算 50 万，下周三带技术来现场"_s);
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        test::ctrlEnter();
        QVERIFY(sent.has_value());
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const ActivityEntry e = d.entry();
        QCOMPARE(e.leadId, u"L1"_s);
        QCOMPARE(e.kind, ActivityKind::Meeting);
        QCOMPARE(e.text, u"客户确认预算 50 万，下周三带技术来现场"_s);
        QVERIFY(e.progress);
        QCOMPARE(e.happenedAt, m_now);
        QVERIFY(e.entrySeconds > 0);
        QCOMPARE(sent->entrySeconds, e.entrySeconds);
        QVERIFY(d.backfillHint().isEmpty());
    }

    void entryTimeRunsFromOpeningAndSurvivesADraft()
    {
        ActivityDialog d(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        QVERIFY(test::showActive(d));
        QTest::qWait(1100);
        test::tab();
        test::tab();
        test::type(u"面谈"_s);
        const int seconds = d.entry().entrySeconds;
        QVERIFY2(seconds >= 2 && seconds <= 10, qPrintable(QString::number(seconds)));

        // Time spent before a crash counts; the time the program was down does not.
        QJsonObject draft = d.toDraft();
        draft.insert(u"entryMs"_s, 45000);
        ActivityDialog again(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        again.restoreDraft(draft);
        QVERIFY(again.entry().entrySeconds >= 45);
        QVERIFY(again.entry().entrySeconds < 50);
    }

    void earlierTimeShowsTheBackfillHint()
    {
        ActivityDialog d(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        auto *when = d.findChild<QDateTimeEdit *>(u"happenedAt"_s);
        QVERIFY(when);
        QCOMPARE(when->maximumDateTime(), m_now.toLocalTime());
        when->setDateTime(m_now.addSecs(-5 * 3600).toLocalTime());
        QVERIFY(d.backfillHint().isEmpty());
        when->setDateTime(m_now.addDays(-3).addSecs(-600).toLocalTime());
        QCOMPARE(d.backfillHint(), u"补录：将记录为 3 天前发生"_s);
        QCOMPARE(d.entry().happenedAt, m_now.addDays(-3).addSecs(-600));
        // Not later than now.
        when->setDateTime(m_now.addDays(1).toLocalTime());
        QCOMPARE(d.entry().happenedAt, m_now);
    }

    void fieldErrorsAreShownInPlaceAndTheDialogStaysOpen()
    {
        ActivityDialog d(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        int calls = 0;
        d.setSubmitter([&calls](const ActivityEntry &) {
            ++calls;
            Result r;
            r.fieldErrors.insert(u"text"_s, u"请写明沟通了什么，不少于 4 个字。"_s);
            return r;
        });
        QVERIFY(test::showActive(d));
        test::ctrlEnter();
        QCOMPARE(calls, 1);
        QVERIFY(d.isVisible());
        QCOMPARE(test::labelText(d, u"textError"_s), u"请写明沟通了什么，不少于 4 个字。"_s);
        QCOMPARE(test::focusName(), u"text"_s);
        QVERIFY(test::labelText(d, u"problem"_s).isEmpty());

        d.setSubmitter([](const ActivityEntry &) { return Result::success(u"A2"_s); });
        test::type(u"电话确认了下周拜访时间"_s);
        test::ctrlEnter();
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void draftRoundTrip()
    {
        ActivityDialog d(u"L7"_s, u"恒达"_s, nullptr, m_clock);
        QCOMPARE(d.draftKey(), u"activity:L7"_s);
        QCOMPARE(d.draftKind(), u"activity"_s);
        d.findChild<QComboBox *>(u"kind"_s)->setCurrentIndex(4);
        d.findChild<QDateTimeEdit *>(u"happenedAt"_s)->setDateTime(m_now.addDays(-2).toLocalTime());
        d.findChild<QPlainTextEdit *>(u"text"_s)->setPlainText(u"发送了报价和三年服务案例"_s);
        d.findChild<QCheckBox *>(u"progress"_s)->setChecked(true);
        d.addAttachments({file(u"名片.png"_s)});
        QVERIFY(d.hasUnsavedInput());
        const QJsonObject draft = d.toDraft();

        ActivityDialog again(u"L7"_s, u"恒达"_s, nullptr, m_clock);
        QVERIFY(!again.hasUnsavedInput());
        again.restoreDraft(draft);
        QVERIFY(again.hasUnsavedInput());
        const ActivityEntry a = d.entry();
        const ActivityEntry b = again.entry();
        QCOMPARE(b.kind, ActivityKind::MaterialSent);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.happenedAt, a.happenedAt);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.progress, a.progress);
        QCOMPARE(b.attachments.size(), 1);
        QCOMPARE(b.attachments.constFirst().fileName, u"名片.png"_s);
        QCOMPARE(b.attachments.constFirst().data, a.attachments.constFirst().data);
        QCOMPARE(b.attachments.constFirst().mimeType, u"image/png"_s);
        QCOMPARE(again.toDraft().value(u"text"_s), draft.value(u"text"_s));
        QVERIFY(!again.backfillHint().isEmpty());
    }

    void autosaveFiresAfterEdits()
    {
        ActivityDialog d(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        QList<QJsonObject> saved;
        d.setDraftSaver([&saved](const QJsonObject &draft) {
            saved.append(draft);
            return Result::success();
        });
        d.setAutosaveDelay(50);
        QVERIFY(test::showActive(d));
        QTest::qWait(120);
        QVERIFY(saved.isEmpty()); // nothing typed, nothing saved
        test::tab();
        test::tab();
        test::type(u"约了周五见面"_s);
        QTRY_VERIFY(!saved.isEmpty());
        QCOMPARE(saved.constLast().value(u"text"_s).toString(), u"约了周五见面"_s);
        QVERIFY(saved.constLast().value(u"entryMs"_s).toDouble() >= 0);
    }

    void cancellingWithInputAsksFirst()
    {
        ActivityDialog d(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        QVERIFY(test::showActive(d));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!d.isVisible()); // nothing typed: closes at once

        ActivityDialog typed(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        QSignalSpy asked(&typed, &DraftDialog::discardQuestionShown);
        QVERIFY(test::showActive(typed));
        test::tab();
        test::tab();
        test::type(u"半句话"_s);
        typed.reject();
        QCOMPARE(asked.count(), 1);
        QVERIFY(typed.isVisible());
        QMessageBox *question = typed.discardQuestion();
        QVERIFY(question);
        QCOMPARE(question->text(), u"放弃已填写的内容？"_s);
        question->button(QMessageBox::Cancel)->click();
        QVERIFY(typed.isVisible());
        typed.reject();
        QVERIFY(typed.discardQuestion());
        typed.discardQuestion()->button(QMessageBox::Discard)->click();
        QVERIFY(!typed.isVisible());
        QCOMPARE(typed.result(), int(QDialog::Rejected));

        ActivityDialog quiet(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        quiet.setAskBeforeDiscard(false);
        quiet.show();
        quiet.findChild<QPlainTextEdit *>(u"text"_s)->setPlainText(u"不问"_s);
        quiet.reject();
        QVERIFY(!quiet.isVisible());
    }

    void attachmentsAreReadAndOversizedOnesRefused()
    {
        ActivityDialog d(u"L1"_s, u"恒达"_s, nullptr, m_clock);
        const QString big = file(u"录音.m4a"_s);
        QVERIFY(test::writeSizedFile(big, kMaxAttachmentBytes + 1));
        d.addAttachments({file(u"名片.png"_s), big});
        QCOMPARE(d.entry().attachments.size(), 1);
        QCOMPARE(d.findChild<QListWidget *>(u"attachmentList"_s)->count(), 1);
        const QString message = test::labelText(d, u"attachmentsError"_s);
        QVERIFY2(message.contains(u"录音.m4a"_s) && message.contains(u"20.0 MB"_s), qPrintable(message));
        d.addAttachments({file(u"名片.png"_s)});
        QVERIFY(test::labelText(d, u"attachmentsError"_s).isEmpty());
        QCOMPARE(d.entry().attachments.size(), 2);
    }
};

QTEST_MAIN(TestActivityDialog)
#include "tst_activitydialog.moc"
