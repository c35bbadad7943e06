// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sales {

enum class EvidenceKind { FreeText, File, CaseLink, Role };

} // namespace sales
