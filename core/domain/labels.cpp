// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QCoreApplication>

// Literal strings inside translate() calls, so that lupdate finds every one.

namespace sales {

QString activityKindLabel(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call: return QCoreApplication::translate("sales::Labels", "电话");
    case ActivityKind::Visit: return QCoreApplication::translate("sales::Labels", "拜访");
    case ActivityKind::Meeting: return QCoreApplication::translate("sales::Labels", "会议");
    case ActivityKind::Message: return QCoreApplication::translate("sales::Labels", "消息");
    case ActivityKind::MaterialSent:
        return QCoreApplication::translate("sales::Labels", "发送资料");
    case ActivityKind::Demo: return QCoreApplication::translate("sales::Labels", "演示");
    }
    return {};
}

QString slaStateLabel(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack: return QCoreApplication::translate("sales::Labels", "正常");
    case SlaState::Due: return QCoreApplication::translate("sales::Labels", "即将到期");
    case SlaState::Overdue: return QCoreApplication::translate("sales::Labels", "已超时");
    case SlaState::Frozen: return QCoreApplication::translate("sales::Labels", "已冻结");
    case SlaState::Downgraded: return QCoreApplication::translate("sales::Labels", "已降级");
    }
    return {};
}

QString slaBreachActionLabel(SlaBreachAction action)
{
    switch (action) {
    case SlaBreachAction::None: return QCoreApplication::translate("sales::Labels", "不处理");
    case SlaBreachAction::Freeze: return QCoreApplication::translate("sales::Labels", "冻结");
    case SlaBreachAction::Downgrade: return QCoreApplication::translate("sales::Labels", "降级");
    }
    return {};
}

QString evidenceKindLabel(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::FreeText: return QCoreApplication::translate("sales::Labels", "文字描述");
    case EvidenceKind::File: return QCoreApplication::translate("sales::Labels", "文件");
    case EvidenceKind::CaseLink: return QCoreApplication::translate("sales::Labels", "关联案例");
    case EvidenceKind::Role: return QCoreApplication::translate("sales::Labels", "角色标注");
    }
    return {};
}

QString leadStatusLabel(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Open: return QCoreApplication::translate("sales::Labels", "跟进中");
    case LeadStatus::Won: return QCoreApplication::translate("sales::Labels", "赢单");
    case LeadStatus::Lost: return QCoreApplication::translate("sales::Labels", "输单");
    }
    return {};
}

QString userRoleLabel(UserRole role)
{
    switch (role) {
    case UserRole::Rep: return QCoreApplication::translate("sales::Labels", "销售");
    case UserRole::Supervisor: return QCoreApplication::translate("sales::Labels", "主管");
    case UserRole::Manager: return QCoreApplication::translate("sales::Labels", "区域经理");
    case UserRole::Admin: return QCoreApplication::translate("sales::Labels", "管理员");
    }
    return {};
}

} // namespace sales
