#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sales Client Authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages the build, the client and the tests need,
# but only those that are missing. Non-interactive; uses sudo when not root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev libqt6opengl6-dev libxkbcommon-dev
    libsqlcipher-dev qtkeychain-qt6-dev libsodium-dev libboost-dev libssl-dev qt6-pdf-dev libsimdjson-dev
    # run: platform plugins, Chinese fonts, the sqlcipher shell
    qt6-qpa-plugins libxkbcommon-x11-0 libxcb-cursor0 fonts-noto-cjk sqlcipher
    # tests: a private Secret Service, plain sqlite3 shell, a virtual display
    dbus dbus-bin gnome-keyring sqlite3 xvfb xauth
    # tests: the translation checks (scripts/check-untranslated.py)
    python3
    # the sync server: Qt SQL drivers, and a throwaway PostgreSQL 15 for its tests
    libqt6sql6-sqlite libqt6sql6-psql postgresql-15 postgresql-client
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
