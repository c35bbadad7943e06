#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sales Client Authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test inside its own D-Bus session with a throwaway, unlocked
# gnome-keyring (Secret Service), so keychain tests use the real keychain
# without touching the user's. HOME points at a temp dir that is removed after.
set -euo pipefail
if [[ "${1:-}" != "--inner" ]]; then
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -m 700 "$home/run"
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        XDG_RUNTIME_DIR="$home/run" dbus-run-session -- "$0" --inner "$@"
    exit $?
fi
shift
eval "$(printf '%s' 'throwaway-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
rc=$?
exit $rc
