// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14.1 and 14.3 on the rep's desktop: a lead in a review stage shows
// 待审核 with its deadline and cannot be advanced; a rejected one shows the
// reason and the stage's script packs, and its resubmission opens the next round;
// an approved one says who approved it and may go on.
#include "demo/demogenerator.h"
#include "dialogtesting.h"
#include "leads/leadsarea.h"
#include "leads/leadview.h"
#include "leads/reviewbox.h"
#include "leadsof.h"
#include "mainwindow.h"
#include "testreplica.h"
#include "workspace/reviewservice.h"
#include "workspace/session.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
}

class TestLeadReview : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestReplica> r;
    FixedClock clock{Now};
    QString m_rep;

    // The rep's first lead whose review is in this state.
    QString leadIn(ReviewState state)
    {
        QSqlQuery q(r->db());
        q.prepare(u"SELECT id FROM lead WHERE owner_id = ? AND status = 'open' ORDER BY id"_s);
        q.addBindValue(m_rep);
        if (!q.exec())
            return {};
        while (q.next()) {
            const auto review = ReviewService(r->db(), clock, m_rep).reviewOf(q.value(0).toString());
            if (review && *review && !(*review)->item.id.isEmpty() && (*review)->status.state == state
                && !(*review)->status.provisional)
                return q.value(0).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        r = std::make_unique<test::TestReplica>();
        DemoOptions options;
        options.leads = 600;
        options.now = Now;
        QVERIFY(DemoGenerator(r->db(), options).run());
        QString error;
        QVERIFY2(DemoGenerator::signInAs(r->db(), UserRole::Rep, &error), qPrintable(error));
        QSqlQuery q(r->db());
        QVERIFY(q.exec(u"SELECT value FROM local_state WHERE key = 'session.user_id'"_s) && q.next());
        m_rep = q.value(0).toString();
    }

    void aRejectedLeadShowsTheReasonAndTheScriptsAndIsResubmitted()
    {
        const QString lead = leadIn(ReviewState::Rejected);
        QVERIFY2(!lead.isEmpty(), "the demo gives its rep a rejected lead");
        Session session(r->db(), clock);
        MainWindow w(session, u"测试工作区"_s);
        QVERIFY(test::showActive(w));
        LeadsArea &area = test::leadsOf(w);
        area.selectLead(lead);
        QTRY_COMPARE(area.currentLeadId(), lead);
        ReviewBox *box = area.leadView()->reviewBox();
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->statusText().contains(u"审核未通过"_s), qPrintable(box->statusText()));
        const auto review = *ReviewService(r->db(), clock, m_rep).reviewOf(lead);
        QVERIFY(box->statusText().contains((*review).status.decision->reason));
        auto *scripts = box->findChild<QTextBrowser *>(u"reviewScripts"_s);
        QVERIFY(scripts->isVisible());
        QVERIFY(!(*review).scripts.isEmpty());
        QVERIFY(scripts->toPlainText().contains((*review).scripts.first().title));
        QVERIFY(!area.leadView()->advanceButton()->isEnabled());

        QVERIFY(box->resubmitButton()->isVisible());
        box->resubmitButton()->click();
        const auto after = *ReviewService(r->db(), clock, m_rep).reviewOf(lead);
        QCOMPARE((*after).status.state, ReviewState::Pending);
        QCOMPARE((*after).item.round, (*review).item.round + 1);
        QTRY_VERIFY(box->statusText().contains(u"待审核"_s));
        QVERIFY(!box->resubmitButton()->isVisible());
        QVERIFY(!area.leadView()->advanceButton()->isEnabled());
        auto *note = area.leadView()->findChild<QLabel *>(u"gateNote"_s);
        QVERIFY(note->text().contains(u"待审核"_s) || note->text().contains(u"证据未齐"_s));
    }

    void anApprovedLeadSaysWhoApproved()
    {
        const QString lead = leadIn(ReviewState::Approved);
        QVERIFY(!lead.isEmpty());
        Session session(r->db(), clock);
        MainWindow w(session, u"测试工作区"_s);
        QVERIFY(test::showActive(w));
        LeadsArea &area = test::leadsOf(w);
        area.selectLead(lead);
        ReviewBox *box = area.leadView()->reviewBox();
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->statusText().contains(u"审核已通过"_s), qPrintable(box->statusText()));
        QVERIFY(!box->resubmitButton()->isVisible());
    }
};

QTEST_MAIN(TestLeadReview)
#include "tst_leadreview.moc"
