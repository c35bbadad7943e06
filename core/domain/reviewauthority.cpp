// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewauthority.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

ReviewRefusal refusal(const char *code, const char *text)
{
    return {QString::fromLatin1(code), QCoreApplication::translate("sales::ReviewAuthority", text)};
}

} // namespace

std::optional<ReviewRefusal> reviewAuthorityRefusal(const User &decider, const ReviewLeadScope &lead,
                                                    ReviewState state)
{
    if (state == ReviewState::Approved || state == ReviewState::Rejected)
        return refusal("already_decided", QT_TRANSLATE_NOOP("sales::ReviewAuthority", "这一轮审核已经有了结论"));
    if (!decider.id.isEmpty() && decider.id == lead.submittedBy)
        return refusal("own_item", QT_TRANSLATE_NOOP("sales::ReviewAuthority", "不能审核自己提交的审核"));
    switch (decider.role) {
    case UserRole::Admin:
        return std::nullopt;
    case UserRole::Rep:
        return refusal("forbidden", QT_TRANSLATE_NOOP("sales::ReviewAuthority", "销售代表不能审核"));
    case UserRole::Supervisor:
        if (decider.teamId.isEmpty() || decider.teamId != lead.teamId)
            return refusal("other_team",
                           QT_TRANSLATE_NOOP("sales::ReviewAuthority", "这条线索不属于你的团队（可能已转给其他团队），不能由你审核"));
        if (state == ReviewState::Escalated)
            return refusal("escalated",
                           QT_TRANSLATE_NOOP("sales::ReviewAuthority", "已超时并升级给区域经理，由区域经理审核"));
        return std::nullopt;
    case UserRole::Manager:
        if (decider.regionId.isEmpty() || decider.regionId != lead.regionId)
            return refusal("other_region",
                           QT_TRANSLATE_NOOP("sales::ReviewAuthority", "这条线索不属于你的区域，不能由你审核"));
        if (state != ReviewState::Escalated)
            return refusal("not_escalated",
                           QT_TRANSLATE_NOOP("sales::ReviewAuthority", "这条审核尚未升级，应由团队主管审核"));
        return std::nullopt;
    }
    return refusal("forbidden", QT_TRANSLATE_NOOP("sales::ReviewAuthority", "无权审核"));
}

} // namespace sales
