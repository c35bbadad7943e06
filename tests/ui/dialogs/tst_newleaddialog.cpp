// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newleaddialog.h"
#include "dialogtesting.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const QList<Region> kRegions = {{u"R-east"_s, u"华东"_s}, {u"R-south"_s, u"华南"_s}};

NewLeadDialog *makeDialog()
{
    auto *d = new NewLeadDialog(kRegions);
    d->setOwner(u"U1"_s, u"T1"_s);
    return d;
}

QLineEdit *line(const QWidget &w, const QString &name)
{
    return w.findChild<QLineEdit *>(name);
}

} // namespace

class TestNewLeadDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabOrderFollowsTheForm()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        QVERIFY(test::showActive(*d));
        QCOMPARE(test::focusName(), u"accountName"_s);
        // The duplicates list is hidden while there are none, so Tab skips it.
        QCOMPARE(test::tabChain(12),
                 QStringList({u"industry"_s, u"regionId"_s, u"city"_s, u"contactName"_s, u"contactTitle"_s,
                              u"contactPhone"_s, u"contactRole"_s, u"title"_s, u"source"_s, u"amountYuan"_s,
                              u"okButton"_s, u"cancelButton"_s}));
    }

    void keyboardOnlyEntryCreatesTheLead()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        std::optional<NewLeadInput> sent;
        d->setCreator([&sent](const NewLeadInput &input) {
            sent = input;
            return Result::success(u"L-42"_s);
        });
        QVERIFY(test::showActive(*d));
        test::type(u"杭州恒达机械有限公司"_s);
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 工业设备
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 华东
        test::tab();
        test::type(u"杭州"_s);
        test::tab();
        test::type(u"王建国"_s);
        test::tab();
        test::type(u"采购总监"_s);
        test::tab();
        test::type(u"138-0013-8000"_s);
        QCOMPARE(d->phoneHint(), u"将保存为 +86 138 0013 8000"_s);
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 决策人
        test::tab();
        QCOMPARE(line(*d, u"title"_s)->text(), u"杭州恒达机械有限公司"_s); // followed the company
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 企业微信
        test::tab();
        test::type(u"125000"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // plain Enter never sends the form
        QVERIFY(!sent.has_value());
        QVERIFY(d->isVisible());
        test::ctrlEnter();

        QVERIFY(sent.has_value());
        QCOMPARE(sent->accountName, u"杭州恒达机械有限公司"_s);
        QCOMPARE(sent->industry, u"工业设备"_s);
        QCOMPARE(sent->regionId, u"R-east"_s);
        QCOMPARE(sent->city, u"杭州"_s);
        QCOMPARE(sent->contactName, u"王建国"_s);
        QCOMPARE(sent->contactTitle, u"采购总监"_s);
        QCOMPARE(sent->contactPhone, u"138-0013-8000"_s);
        QCOMPARE(sent->contactRole, u"决策人"_s);
        QCOMPARE(sent->title, u"杭州恒达机械有限公司"_s);
        QCOMPARE(sent->source, u"企业微信"_s);
        QCOMPARE(sent->amountYuan, 125000);
        QCOMPARE(sent->ownerId, u"U1"_s);
        QCOMPARE(sent->teamId, u"T1"_s);
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QCOMPARE(d->createdLeadId(), u"L-42"_s);
    }

    void phoneIsNormalisedLiveOrExplained()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        QLineEdit *phone = line(*d, u"contactPhone"_s);
        QVERIFY(d->phoneHint().isEmpty());
        test::typeInto(phone, u"+86 139 1234 5678"_s);
        QCOMPARE(d->phoneHint(), u"将保存为 +86 139 1234 5678"_s);
        phone->clear();
        test::typeInto(phone, u"0571 88886666"_s);
        QCOMPARE(d->phoneHint(), u"将保存为 0571-8888 6666"_s);
        phone->clear();
        test::typeInto(phone, u"1380013"_s);
        QCOMPARE(d->phoneHint(), normalizePhone(u"1380013"_s).error);
        QVERIFY(!d->phoneHint().isEmpty());
        QVERIFY(d->findChild<QLabel *>(u"phoneHint"_s)->styleSheet().contains(u"#c62828"_s)); // red
        phone->clear();
        QVERIFY(d->phoneHint().isEmpty());

        // The normaliser is a seam: whatever it says is what the rep sees.
        d->setPhoneNormalizer([](const QString &) {
            PhoneNumber p;
            p.kind = PhoneNumber::Kind::Service;
            p.display = u"400-820-8820"_s;
            return p;
        });
        test::typeInto(phone, u"4008208820"_s);
        QCOMPARE(d->phoneHint(), u"将保存为 400-820-8820"_s);
    }

    void amountShowsTenThousands()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        test::typeInto(line(*d, u"amountYuan"_s), u"125000"_s);
        QCOMPARE(d->amountHint(), u"即 ¥12.5万"_s);
        test::typeInto(line(*d, u"amountYuan"_s), u"元"_s); // refused: digits only
        QCOMPARE(d->input().amountYuan, 125000);
        QLocale::setDefault(QLocale::c());
    }

    void fieldErrorsAreShownInPlaceAndTheDialogStaysOpen()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        int calls = 0;
        d->setCreator([&calls](const NewLeadInput &) {
            ++calls;
            Result r;
            r.message = u"请修改以下 2 处后再保存：…"_s; // the service's summary of the same messages
            r.fieldErrors.insert(u"contactPhone"_s, u"电话号码格式不正确。"_s);
            r.fieldErrors.insert(u"source"_s, u"请选择线索来源。"_s);
            return r;
        });
        QVERIFY(test::showActive(*d));
        test::type(u"恒达"_s);
        test::ctrlEnter();
        QCOMPARE(calls, 1);
        QVERIFY(d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QCOMPARE(test::labelText(*d, u"contactPhoneError"_s), u"电话号码格式不正确。"_s);
        QCOMPARE(test::labelText(*d, u"sourceError"_s), u"请选择线索来源。"_s);
        QVERIFY(test::labelText(*d, u"accountNameError"_s).isEmpty());
        QVERIFY(test::labelText(*d, u"problem"_s).isEmpty()); // said in place, not twice

        QCOMPARE(test::focusName(), u"contactPhone"_s); // the first bad field in form order
        QVERIFY(d->createdLeadId().isEmpty());

        // A field the form does not show goes to the general line.
        d->setCreator([](const NewLeadInput &) {
            Result r;
            r.message = u"所选客户不存在或已被删除"_s;
            r.fieldErrors.insert(u"accountId"_s, u"所选客户不存在或已被删除"_s);
            return r;
        });
        test::ctrlEnter();
        QVERIFY(d->isVisible());
        QVERIFY(test::labelText(*d, u"contactPhoneError"_s).isEmpty());
        QCOMPARE(test::labelText(*d, u"problem"_s), u"所选客户不存在或已被删除"_s);
    }

    void duplicatesAreShownBeforeSaving()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        QStringList asked;
        d->setDuplicateDelay(30);
        d->setDuplicateFinder([&asked](const QString &company, const QString &phone) {
            asked.append(company + u'|' + phone);
            DuplicateCandidate samePhone;
            samePhone.reason = DuplicateCandidate::Reason::SamePhone;
            samePhone.accountName = u"恒达机械（杭州）"_s;
            samePhone.contactName = u"王建国"_s;
            samePhone.contactPhone = u"+86 138 0013 8000"_s;
            samePhone.leadId = u"L-7"_s;
            samePhone.leadTitle = u"恒达二期产线"_s;
            DuplicateCandidate similar;
            similar.accountName = u"杭州恒达机械有限公司"_s;
            return company.contains(u"恒达"_s) ? QList<DuplicateCandidate>{samePhone, similar}
                                               : QList<DuplicateCandidate>{};
        });
        QVERIFY(test::showActive(*d));
        auto *box = d->findChild<QGroupBox *>(u"duplicateBox"_s);
        QVERIFY(box && !box->isVisible());
        test::type(u"恒达"_s);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(asked.size(), 1); // debounced: one lookup for the whole word
        QCOMPARE(asked.constFirst(), u"恒达|"_s);
        auto *list = d->findChild<QListWidget *>(u"duplicateList"_s);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"同一电话"_s));
        QVERIFY(list->item(0)->text().contains(u"恒达二期产线"_s));
        QVERIFY(list->item(1)->text().contains(u"杭州恒达机械有限公司"_s));
        QSignalSpy open(d.get(), &NewLeadDialog::openLeadRequested);
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.constFirst().constFirst().toString(), u"L-7"_s);

        line(*d, u"accountName"_s)->setText(u"别家"_s);
        QTRY_VERIFY(!box->isVisible());
    }

    void titleFollowsTheCompanyUntilEdited()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        test::typeInto(line(*d, u"accountName"_s), u"恒达"_s);
        QCOMPARE(line(*d, u"title"_s)->text(), u"恒达"_s);
        test::typeInto(line(*d, u"title"_s), u"二期"_s);
        test::typeInto(line(*d, u"accountName"_s), u"机械"_s);
        QCOMPARE(line(*d, u"title"_s)->text(), u"恒达二期"_s);
    }

    void draftRoundTrip()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        QCOMPARE(d->draftKey(), u"new-lead"_s);
        QCOMPARE(d->draftKind(), u"new-lead"_s);
        test::typeInto(line(*d, u"accountName"_s), u"恒达"_s);
        test::typeInto(line(*d, u"contactPhone"_s), u"13800138000"_s);
        test::typeInto(line(*d, u"amountYuan"_s), u"80000"_s);
        d->findChild<QComboBox *>(u"industry"_s)->setCurrentIndex(1);
        d->findChild<QComboBox *>(u"regionId"_s)->setCurrentIndex(1);
        d->findChild<QComboBox *>(u"source"_s)->setCurrentIndex(5);
        const QJsonObject draft = d->toDraft();

        std::unique_ptr<NewLeadDialog> again(makeDialog());
        again->restoreDraft(draft);
        const NewLeadInput a = d->input();
        const NewLeadInput b = again->input();
        QCOMPARE(b.accountName, u"恒达"_s);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.industry, u"医疗器械"_s);
        QCOMPARE(b.regionId, u"R-south"_s);
        QCOMPARE(b.source, u"转介绍"_s);
        QCOMPARE(b.contactPhone, a.contactPhone);
        QCOMPARE(b.amountYuan, 80000);
        QCOMPARE(b.contactRole, QString());
        QCOMPARE(again->toDraft(), draft);
        QCOMPARE(again->phoneHint(), u"将保存为 +86 138 0013 8000"_s);
        // The restored title still follows the company.
        test::typeInto(line(*again, u"accountName"_s), u"机械"_s);
        QCOMPARE(again->input().title, u"恒达机械"_s);
    }

    void autosaveFiresAfterEdits()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        QList<QJsonObject> saved;
        d->setDraftSaver([&saved](const QJsonObject &draft) {
            saved.append(draft);
            return Result::success();
        });
        d->setAutosaveDelay(50);
        QVERIFY(test::showActive(*d));
        test::type(u"恒达"_s);
        QTRY_COMPARE(saved.size(), 1); // one save after the typing settles
        QCOMPARE(saved.constLast().value(u"accountName"_s).toString(), u"恒达"_s);
        d->flushDraft();
        QCOMPARE(saved.size(), 1); // nothing pending
        test::tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        d->flushDraft();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.constLast().value(u"industry"_s).toString(), u"工业设备"_s);
    }

    void failingAutosaveIsToldOnceInTheDialogAndKeepsTheInput()
    {
        std::unique_ptr<NewLeadDialog> d(makeDialog());
        int attempts = 0;
        bool diskFull = true;
        d->setDraftSaver([&](const QJsonObject &) {
            ++attempts;
            return diskFull ? Result::failure(u"草稿保存失败：database or disk is full"_s) : Result::success();
        });
        QSignalSpy saved(d.get(), &DraftDialog::draftSaved);
        d->setAutosaveDelay(50);
        QVERIFY(test::showActive(*d));
        auto *notice = d->findChild<QLabel *>(u"draftProblem"_s);
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());

        test::type(u"恒达"_s);
        QTRY_COMPARE(attempts, 1);
        QVERIFY(notice->isVisible()); // a line in the dialog, no message box
        QCOMPARE(notice->text(), u"草稿未能自动保存，已填写的内容仍在此窗口中，请尽快提交。"_s);
        QVERIFY(notice->toolTip().contains(u"disk is full"_s));
        const QWidgetList windows = QApplication::topLevelWidgets();
        QVERIFY(std::none_of(windows.cbegin(), windows.cend(),
                             [](const QWidget *w) { return qobject_cast<const QMessageBox *>(w) && w->isVisible(); }));
        QCOMPARE(saved.count(), 0); // nobody is told it was saved
        QCOMPARE(line(*d, u"accountName"_s)->text(), u"恒达"_s);
        QVERIFY(d->hasUnsavedInput()); // still pending: a quit tries to save it again

        test::type(u"机械"_s);
        d->flushDraft();
        QCOMPARE(attempts, 2);
        QCOMPARE(line(*d, u"accountName"_s)->text(), u"恒达机械"_s);

        diskFull = false; // space freed: the next save works and the warning goes
        test::type(u"厂"_s);
        d->flushDraft();
        QCOMPARE(saved.count(), 1);
        QVERIFY(!notice->isVisible());

        diskFull = true; // told once per dialog: a later failure does not say it again
        test::type(u"一"_s);
        d->flushDraft();
        QCOMPARE(attempts, 4);
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestNewLeadDialog)
#include "tst_newleaddialog.moc"
