// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/labels.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

// Answers one translation, to prove labels go through the translator.
class OneWordTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "sales::Labels") == 0 && QString::fromUtf8(source) == u"拜访"_s)
            return u"Visit"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

template<typename Enum, typename Fn>
QStringList labelsOf(std::initializer_list<Enum> values, Fn fn)
{
    QStringList out;
    for (Enum v : values)
        out << fn(v);
    return out;
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void chineseNames();
    void translatable();
};

void TestLabels::chineseNames()
{
    QCOMPARE(labelsOf({ActivityKind::Call, ActivityKind::Visit, ActivityKind::Meeting,
                       ActivityKind::Message, ActivityKind::MaterialSent, ActivityKind::Demo},
                      activityKindLabel),
             (QStringList{u"电话"_s, u"拜访"_s, u"会议"_s, u"消息"_s, u"发送资料"_s, u"演示"_s}));
    QCOMPARE(labelsOf({SlaState::OnTrack, SlaState::Due, SlaState::Overdue, SlaState::Frozen,
                       SlaState::Downgraded},
                      slaStateLabel),
             (QStringList{u"正常"_s, u"即将到期"_s, u"已超时"_s, u"已冻结"_s, u"已降级"_s}));
    QCOMPARE(labelsOf({SlaBreachAction::None, SlaBreachAction::Freeze, SlaBreachAction::Downgrade},
                      slaBreachActionLabel),
             (QStringList{u"不处理"_s, u"冻结"_s, u"降级"_s}));
    QCOMPARE(labelsOf({EvidenceKind::FreeText, EvidenceKind::File, EvidenceKind::CaseLink,
                       EvidenceKind::Role},
                      evidenceKindLabel),
             (QStringList{u"文字描述"_s, u"文件"_s, u"关联案例"_s, u"角色标注"_s}));
    QCOMPARE(labelsOf({LeadStatus::Open, LeadStatus::Won, LeadStatus::Lost}, leadStatusLabel),
             (QStringList{u"跟进中"_s, u"赢单"_s, u"输单"_s}));
    QCOMPARE(labelsOf({UserRole::Rep, UserRole::Supervisor, UserRole::Manager, UserRole::Admin},
                      userRoleLabel),
             (QStringList{u"销售"_s, u"主管"_s, u"区域经理"_s, u"管理员"_s}));
}

void TestLabels::translatable()
{
    OneWordTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(activityKindLabel(ActivityKind::Visit), u"Visit"_s);
    QCOMPARE(activityKindLabel(ActivityKind::Call), u"电话"_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(activityKindLabel(ActivityKind::Visit), u"拜访"_s);
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
