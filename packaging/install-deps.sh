#!/bin/sh
# Installs every Debian 12 package Cutover needs to build, test, package and
# take screenshots. Idempotent and non-interactive; run as root (or via sudo).
set -eu

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

PACKAGES="cmake ninja-build g++ git
qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite
qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qt6-translations-l10n
qt6-svg-dev qt6-image-formats-plugins
qtkeychain-qt6-dev libsimdjson-dev libboost-dev sqlite3
xvfb xauth imagemagick poppler-utils fonts-noto-cjk fonts-noto-core fonts-wqy-microhei
clang-format clang-tidy hyperfine desktop-file-utils appstream"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages already installed"
    exit 0
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
