// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisation.h"
#include "review.h"

#include <QString>

#include <optional>

namespace sales {

// Who may decide a review item, the same rule offline and on the server:
// nobody decides their own item; a supervisor decides for their own team; the
// region's manager decides what was escalated to them; an admin decides anything;
// a rep never. code is stable ("own_item", "other_team", "escalated",
// "not_escalated", "other_region", "forbidden", "already_decided").
struct ReviewRefusal
{
    QString code;
    QString message;
};

struct ReviewLeadScope
{
    QString submittedBy; // who submitted the item
    QString teamId;      // the lead's team and region now
    QString regionId;
};

std::optional<ReviewRefusal> reviewAuthorityRefusal(const User &decider, const ReviewLeadScope &lead,
                                                    ReviewState state);

} // namespace sales
