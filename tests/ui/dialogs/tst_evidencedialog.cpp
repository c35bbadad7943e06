// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/evidencedialog.h"
#include "dialogs/filepicker.h"
#include "dialogtesting.h"
#include "workspace/result.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

EvidenceRequirement requirement(EvidenceKind kind)
{
    EvidenceRequirement r;
    r.kind = kind;
    switch (kind) {
    case EvidenceKind::FreeText:
        r = {u"pain-points"_s, kind, u"客户痛点"_s, 3, {}, 4, u"写客户原话里的具体问题，不要写“需求强烈”"_s};
        break;
    case EvidenceKind::File: r = {u"signed-form"_s, kind, u"需求确认单"_s, 1, {}, 4, {}}; break;
    case EvidenceKind::CaseLink: r = {u"similar-case"_s, kind, u"相似战例"_s, 1, {}, 4, {}}; break;
    case EvidenceKind::Role: r = {u"decision-maker"_s, kind, u"决策人"_s, 1, u"决策人"_s, 4, {}}; break;
    }
    return r;
}

QList<CaseStudy> cases()
{
    return {{u"C1"_s, u"宁波注塑厂产线改造"_s, u"工业设备"_s, u"老设备停机多"_s, {}, {}, u"三个月回本"_s, {}},
            {u"C2"_s, u"省医院耗材集采"_s, u"医疗器械"_s, u"集采压价"_s, {}, {}, {}, {}},
            {u"C3"_s, u"连锁超市补货系统"_s, u"快消"_s, u"断货频繁"_s, {}, {}, {}, {}}};
}

Result ok()
{
    return Result::success(u"E1"_s);
}

void drop(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

} // namespace

class TestEvidenceDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::writePng(file(u"官网截图.png"_s), 800, 600));
        QPdfWriter pdf(file(u"需求确认单.pdf"_s));
        QPainter painter(&pdf);
        painter.drawText(QPointF(200, 400), u"需求确认单"_s);
        painter.end();
        QFile text(file(u"说明.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("plain");
    }

    void freeTextCountsLinesTypedByKeyboard()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::FreeText), u"恒达"_s);
        QCOMPARE(d.draftKey(), u"evidence:L1:pain-points"_s);
        QCOMPARE(d.draftKind(), u"evidence-text"_s);
        d.setExistingCount(1);
        QCOMPARE(d.counterText(), u"已有 1 / 需要 3"_s);
        QVERIFY(test::labelText(d, u"ruleHint"_s).startsWith(u"写客户原话里的具体问题"_s));
        QVERIFY(test::showActive(d));
        QCOMPARE(test::focusName(), u"text"_s);
        test::type(u"每月停机三次"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        test::type(u"备件要等两周"_s);
        QCOMPARE(d.counterText(), u"已有 3 / 需要 3"_s);
        QCOMPARE(test::tabChain(2), QStringList({u"okButton"_s, u"cancelButton"_s}));
    }

    void freeTextFilesLineByLineAndKeepsTheRest()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::FreeText), u"恒达"_s);
        QStringList filed;
        d.setSubmitter([&filed](const EvidenceSubmission &s) {
            if (s.texts.constFirst().size() < 4) {
                Result r;
                r.fieldErrors.insert(u"text"_s, u"「%1」太笼统，请写具体。"_s.arg(s.texts.constFirst()));
                return r;
            }
            filed.append(s.texts.constFirst());
            return ok();
        });
        QVERIFY(test::showActive(d));
        test::type(u"每月停机三次\n太贵\n备件要等两周"_s);
        test::ctrlEnter();
        QVERIFY(d.isVisible());
        QCOMPARE(filed, QStringList({u"每月停机三次"_s}));
        QCOMPARE(d.findChild<QPlainTextEdit *>(u"text"_s)->toPlainText(), u"太贵\n备件要等两周"_s);
        QCOMPARE(test::labelText(d, u"textError"_s), u"「太贵」太笼统，请写具体。"_s);
        QCOMPARE(test::focusName(), u"text"_s);
        QCOMPARE(d.counterText(), u"已有 3 / 需要 3"_s);

        d.findChild<QPlainTextEdit *>(u"text"_s)->setPlainText(u"报价比竞品高 8%\n备件要等两周"_s);
        test::ctrlEnter();
        QVERIFY(!d.isVisible());
        QCOMPARE(filed.size(), 3);
        QCOMPARE(d.submission().texts, QStringList({u"报价比竞品高 8%"_s, u"备件要等两周"_s}));
    }

    void filePickedShowsAnImagePreview()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::File), u"恒达"_s);
        QCOMPARE(d.draftKind(), u"evidence-file"_s);
        QVERIFY(!d.hasFilePreview());
        QVERIFY(d.setFile(file(u"官网截图.png"_s)));
        QVERIFY(d.hasFilePreview());
        const EvidenceSubmission s = d.submission();
        QVERIFY(s.file.has_value());
        QCOMPARE(s.file->fileName, u"官网截图.png"_s);
        QCOMPARE(s.file->mimeType, u"image/png"_s);
        QVERIFY(test::labelText(d, u"fileInfo"_s).startsWith(u"官网截图.png · "_s));
        QVERIFY(d.setFile(file(u"说明.txt"_s)));
        QVERIFY(!d.hasFilePreview()); // named, not previewed
    }

    void fileDroppedShowsAnImagePreview()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::File), u"恒达"_s);
        QVERIFY(test::showActive(d));
        QCOMPARE(test::focusName(), u"chooseFile"_s);
        auto *picker = d.findChild<FilePicker *>(u"filePicker"_s);
        QVERIFY(picker);
        drop(picker, file(u"官网截图.png"_s));
        QVERIFY(d.hasFilePreview());
        QCOMPARE(d.submission().file->fileName, u"官网截图.png"_s);
        QVERIFY(d.hasUnsavedInput());
    }

    void pdfShowsItsFirstPage()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::File), u"恒达"_s);
        QVERIFY(d.setFile(file(u"需求确认单.pdf"_s)));
        QCOMPARE(d.submission().file->mimeType, u"application/pdf"_s);
        QVERIFY(d.hasFilePreview());
    }

    void oversizedFileIsRefusedWithAMessage()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::File), u"恒达"_s);
        const QString big = file(u"录像.mp4"_s);
        QVERIFY(test::writeSizedFile(big, kMaxAttachmentBytes + 1024 * 1024));
        QVERIFY(!d.setFile(big));
        QVERIFY(!d.submission().file.has_value());
        const QString message = test::labelText(d, u"fileError"_s);
        QVERIFY2(message.contains(u"录像.mp4"_s) && message.contains(u"超过 20.0 MB"_s), qPrintable(message));
        QVERIFY(d.setFile(file(u"官网截图.png"_s)));
        QVERIFY(test::labelText(d, u"fileError"_s).isEmpty());
    }

    void caseIsFilteredAndPickedByKeyboard()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::CaseLink), u"恒达"_s);
        d.setCases(cases());
        std::optional<EvidenceSubmission> sent;
        d.setSubmitter([&sent](const EvidenceSubmission &s) {
            sent = s;
            return ok();
        });
        QVERIFY(test::showActive(d));
        QCOMPARE(test::focusName(), u"caseFilter"_s);
        test::type(u"停机"_s);
        QCOMPARE(d.findChild<QListWidget *>(u"caseList"_s)->count(), 3);
        int visible = 0;
        for (QListWidgetItem *item : d.findChild<QListWidget *>(u"caseList"_s)->findItems(u"*"_s, Qt::MatchWildcard))
            visible += item->isHidden() ? 0 : 1;
        QCOMPARE(visible, 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(test::focusName(), u"caseList"_s);
        test::ctrlEnter();
        QVERIFY(sent.has_value());
        QCOMPARE(sent->caseId, u"C1"_s);
        QCOMPARE(sent->requirementKey, u"similar-case"_s);
    }

    void roleNamesThePersonAndShowsErrorsInPlace()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::Role), u"恒达"_s);
        QCOMPARE(test::labelText(d, u"roleLabel"_s), u"决策人"_s);
        int calls = 0;
        d.setSubmitter([&calls](const EvidenceSubmission &s) {
            ++calls;
            if (s.personName.isEmpty()) {
                Result r;
                r.fieldErrors.insert(u"text"_s, u"请写明决策人是谁。"_s);
                return r;
            }
            return ok();
        });
        QVERIFY(test::showActive(d));
        QCOMPARE(test::focusName(), u"personName"_s);
        test::ctrlEnter();
        QVERIFY(d.isVisible());
        QCOMPARE(test::labelText(d, u"personNameError"_s), u"请写明决策人是谁。"_s);
        test::type(u"王建国（总经理）"_s);
        test::tab();
        QCOMPARE(test::focusName(), u"okButton"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter presses the focused button
        QVERIFY(!d.isVisible());
        QCOMPARE(calls, 2);
        QCOMPARE(d.submission().role, u"决策人"_s);
        QCOMPARE(d.submission().personName, u"王建国（总经理）"_s);
    }

    void draftRoundTrip()
    {
        EvidenceDialog text(u"L1"_s, requirement(EvidenceKind::FreeText), u"恒达"_s);
        text.findChild<QPlainTextEdit *>(u"text"_s)->setPlainText(u"每月停机三次\n备件要等两周"_s);
        EvidenceDialog text2(u"L1"_s, requirement(EvidenceKind::FreeText), u"恒达"_s);
        text2.restoreDraft(text.toDraft());
        QCOMPARE(text2.submission().texts, text.submission().texts);
        QCOMPARE(text2.counterText(), u"已有 2 / 需要 3"_s);

        EvidenceDialog pick(u"L1"_s, requirement(EvidenceKind::CaseLink), u"恒达"_s);
        pick.setCases(cases());
        pick.findChild<QListWidget *>(u"caseList"_s)->setCurrentRow(2);
        EvidenceDialog pick2(u"L1"_s, requirement(EvidenceKind::CaseLink), u"恒达"_s);
        pick2.restoreDraft(pick.toDraft()); // before the cases arrive
        pick2.setCases(cases());
        QCOMPARE(pick2.submission().caseId, u"C3"_s);

        EvidenceDialog doc(u"L1"_s, requirement(EvidenceKind::File), u"恒达"_s);
        QVERIFY(doc.setFile(file(u"官网截图.png"_s)));
        EvidenceDialog doc2(u"L1"_s, requirement(EvidenceKind::File), u"恒达"_s);
        doc2.restoreDraft(doc.toDraft());
        QVERIFY(doc2.hasFilePreview());
        QCOMPARE(doc2.submission().file->data, doc.submission().file->data);
        QVERIFY(doc2.hasUnsavedInput());
    }

    void autosaveFiresAfterEdits()
    {
        EvidenceDialog d(u"L1"_s, requirement(EvidenceKind::Role), u"恒达"_s);
        QList<QJsonObject> saved;
        d.setDraftSaver([&saved](const QJsonObject &draft) {
            saved.append(draft);
            return Result::success();
        });
        d.setAutosaveDelay(50);
        QVERIFY(test::showActive(d));
        test::type(u"王总"_s);
        QTRY_VERIFY(!saved.isEmpty());
        QCOMPARE(saved.constLast().value(u"personName"_s).toString(), u"王总"_s);
    }
};

QTEST_MAIN(TestEvidenceDialog)
#include "tst_evidencedialog.moc"
