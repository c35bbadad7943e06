// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sales {

class WorkAreaRegistry;
struct WorkAreaContext;

// Every work area of the main window, in navigation order (Ctrl+1, Ctrl+2, …).
// A new area is one folder under ui/ and one line here.
void registerWorkAreas(WorkAreaRegistry &areas, const WorkAreaContext &context);

} // namespace sales
