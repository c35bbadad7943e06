#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sales Client Authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds everything with warnings as errors and runs the whole ctest suite.
# Pass ctest arguments to narrow it, e.g. `-L replica`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SALES_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh" -DSALES_WERROR=ON
cd "$build"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
