#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sales Client Authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the client and starts it. With no workspace yet, the client creates the
# local demo workspace on first start (no server needed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/build.sh"
exec "${SALES_BUILD_DIR:-$root/build}/app/desktop/sales-client" "$@"
