// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumcodec.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sales::codec {
namespace {

template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, QStringView>, N> &table, E value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return code.toString();
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QStringView>, N> &table, const QString &code)
{
    for (const auto &[e, c] : table) {
        if (c == code)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ActivityKind, QStringView>, 6> ActivityCodes{{
    {ActivityKind::Call, u"call"},
    {ActivityKind::Visit, u"visit"},
    {ActivityKind::Meeting, u"meeting"},
    {ActivityKind::Message, u"message"},
    {ActivityKind::MaterialSent, u"material"},
    {ActivityKind::Demo, u"demo"},
}};

constexpr std::array<std::pair<EvidenceKind, QStringView>, 4> EvidenceCodes{{
    {EvidenceKind::FreeText, u"text"},
    {EvidenceKind::File, u"file"},
    {EvidenceKind::CaseLink, u"case"},
    {EvidenceKind::Role, u"role"},
}};

constexpr std::array<std::pair<LeadStatus, QStringView>, 3> StatusCodes{{
    {LeadStatus::Open, u"open"},
    {LeadStatus::Won, u"won"},
    {LeadStatus::Lost, u"lost"},
}};

constexpr std::array<std::pair<UserRole, QStringView>, 4> RoleCodes{{
    {UserRole::Rep, u"rep"},
    {UserRole::Supervisor, u"supervisor"},
    {UserRole::Manager, u"manager"},
    {UserRole::Admin, u"admin"},
}};

} // namespace

QString toCode(ActivityKind kind) { return codeOf(ActivityCodes, kind); }
std::optional<ActivityKind> activityKind(const QString &code) { return valueOf(ActivityCodes, code); }
QString toCode(EvidenceKind kind) { return codeOf(EvidenceCodes, kind); }
std::optional<EvidenceKind> evidenceKind(const QString &code) { return valueOf(EvidenceCodes, code); }
QString toCode(LeadStatus status) { return codeOf(StatusCodes, status); }
std::optional<LeadStatus> leadStatus(const QString &code) { return valueOf(StatusCodes, code); }
QString toCode(UserRole role) { return codeOf(RoleCodes, role); }
std::optional<UserRole> userRole(const QString &code) { return valueOf(RoleCodes, code); }

} // namespace sales::codec
