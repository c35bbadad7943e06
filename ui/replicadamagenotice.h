// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace sales {

class Session;

// A damaged replica found outside the lead list (the background check, a sync):
// a warning over window with ReplicaDamage's words, once per session (nothing
// when the list or another finder already told it). True when it was shown.
bool tellReplicaDamage(Session &session, QWidget *window);

} // namespace sales
