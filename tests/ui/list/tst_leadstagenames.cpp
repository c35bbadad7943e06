// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Stage names from each lead's own template in the list, the filter bar and the view.
#include "leads/leadfilterbar.h"
#include "leads/leadtablemodel.h"
#include "leads/leadview.h"
#include "leads/stagebar.h"
#include "stagenamesfixture.h"
#include "workspace/leaddetail.h"

#include <QComboBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sales;
using Fixture = test::StageNamesFixture;

namespace {

// Stage column text by lead id.
QHash<QString, QString> stageTexts(const LeadTableModel &model)
{
    QHash<QString, QString> texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.insert(model.leadId(row), model.index(row, LeadTableModel::Stage).data().toString());
    return texts;
}

} // namespace

class TestLeadStageNames : public QObject
{
    Q_OBJECT

    test::TestReplica *r = nullptr;
    FixedClock clock{Fixture::Now};

private Q_SLOTS:
    void initTestCase()
    {
        r = new test::TestReplica;
        QVERIFY(Fixture::fill(r->db()));
    }
    void cleanupTestCase() { delete r; }

    void theListShowsEachLeadsOwnStageName()
    {
        LeadTableModel model(r->db());
        model.setClock(clock);
        const QHash<QString, QString> want{{u"D1"_s, u"线索确认"_s},
                                           {u"D2"_s, u"方案演示"_s},
                                           {u"P1"_s, u"立项评估"_s},
                                           {u"P2"_s, u"方案演示"_s}};
        QCOMPARE(stageTexts(model), want);
    }

    void namesGivenForTheDefaultLeaveOtherTemplatesAlone()
    {
        LeadTableModel model(r->db(), QHash<QString, QString>{{u"qualify"_s, u"初筛"_s}});
        model.setClock(clock);
        const QHash<QString, QString> texts = stageTexts(model);
        QCOMPARE(texts.value(u"D1"_s), u"初筛"_s);
        QCOMPARE(texts.value(u"D2"_s), u"方案演示"_s); // not given: the template's own
        QCOMPARE(texts.value(u"P1"_s), u"立项评估"_s);
    }

    void theFilterBarPicksTheProjectStage()
    {
        LeadFilterBar bar(r->db());
        auto *stage = bar.findChild<QComboBox *>(u"stageFilter"_s);
        QVERIFY(stage);
        QStringList texts;
        for (int i = 1; i < stage->count(); ++i)
            texts.append(stage->itemText(i));
        QCOMPARE(texts, (QStringList{u"线索确认"_s, u"需求诊断"_s, u"方案演示（测试流程）"_s, u"立项评估"_s,
                                     u"方案演示（项目制流程）"_s}));

        LeadTableModel model(r->db());
        model.setClock(clock);
        connect(&bar, &LeadFilterBar::filterChanged, &model, &LeadTableModel::setFilter);
        QSignalSpy loaded(&model, &LeadTableModel::loaded);
        stage->setCurrentIndex(texts.indexOf(u"立项评估"_s) + 1);
        QCOMPARE(bar.filter().stageKeys, QStringList{u"qualify"_s});
        QCOMPARE(bar.filter().templateId, u"project"_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.leadId(0), u"P1"_s);
        QCOMPARE(model.index(0, LeadTableModel::Stage).data().toString(), u"立项评估"_s);

        // The same key on the default template is its own choice.
        loaded.clear();
        stage->setCurrentIndex(texts.indexOf(u"线索确认"_s) + 1);
        QCOMPARE(bar.filter().templateId, u"default"_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.leadId(0), u"D1"_s);

        // New choices keep the current (template, stage), not just the key.
        stage->setCurrentIndex(texts.indexOf(u"方案演示（项目制流程）"_s) + 1);
        bar.setChoices(LeadQuery(r->db()).filterChoices());
        QCOMPARE(stage->currentText(), u"方案演示（项目制流程）"_s);
        QCOMPARE(bar.filter().stageKeys, QStringList{u"pilot"_s});
        QCOMPARE(bar.filter().templateId, u"project"_s);
    }

    void theViewShowsTheLeadsOwnPipeline()
    {
        const auto detail = loadLeadDetail(r->db(), u"P1"_s, Fixture::Now);
        QVERIFY2(detail, qPrintable(detail.message()));
        LeadView view;
        view.showLead(*detail, Fixture::Now);
        auto *bar = view.findChild<StageBar *>(u"stageBar"_s);
        QVERIFY(bar);
        QCOMPARE(bar->stages(), (QStringList{u"立项评估"_s, u"需求诊断"_s, u"方案演示"_s}));
        QCOMPARE(bar->current(), 0);
        QCOMPARE(view.advanceButton()->text(), u"推进到「需求诊断」"_s);

        const auto other = loadLeadDetail(r->db(), u"D1"_s, Fixture::Now);
        QVERIFY2(other, qPrintable(other.message()));
        view.showLead(*other, Fixture::Now);
        QCOMPARE(bar->stages(), (QStringList{u"线索确认"_s, u"需求诊断"_s, u"方案演示"_s}));
    }
};

QTEST_MAIN(TestLeadStageNames)
#include "tst_leadstagenames.moc"
