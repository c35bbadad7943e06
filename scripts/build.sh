#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sales Client Authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures (once) and builds into ./build with Ninja. Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/deps.sh"
build="${SALES_BUILD_DIR:-$root/build}"
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif [[ $# -gt 0 ]]; then
    cmake "$build" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
