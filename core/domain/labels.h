// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity.h"
#include "evidencekind.h"
#include "lead.h"
#include "organisation.h"
#include "pipelinetemplate.h"
#include "sla.h"

#include <QString>

namespace sales {

// Display names for domain enums. The source text is Chinese and goes through
// QCoreApplication::translate (context "sales::Labels"), so a translator can
// replace it; the strings are never used as keys.
QString activityKindLabel(ActivityKind kind);       // 电话 拜访 会议 消息 发送资料 演示
QString slaStateLabel(SlaState state);              // 正常 即将到期 已超时 已冻结 已降级
QString slaBreachActionLabel(SlaBreachAction action); // 不处理 冻结 降级
QString evidenceKindLabel(EvidenceKind kind);       // 文字描述 文件 关联案例 角色标注
QString leadStatusLabel(LeadStatus status);         // 跟进中 赢单 输单
QString userRoleLabel(UserRole role);               // 销售 主管 区域经理 管理员

} // namespace sales
