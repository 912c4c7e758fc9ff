#!/usr/bin/env bash
# Installs the Debian 12 packages Trạm Số builds and runs with, if any are missing.
# Sourced by run.sh and test.sh; uses sudo when not root. Safe to run again.
set -euo pipefail

TRAMSO_PACKAGES=(
  build-essential cmake pkg-config ccache
  libsdl2-dev libimgui-dev libstb-dev libfreetype-dev
  libsqlite3-dev libqrencode-dev libtomlplusplus-dev doctest-dev
  libsodium-dev libespeak-ng-dev espeak-ng-data libsystemd-dev libutf8proc-dev libpng-dev
  fonts-noto-core
)
# Only the tests need these: a QR decoder, a SQLite shell for checking stored rows, clang
# with its libFuzzer and sanitizer runtimes for the fuzz targets (scripts/fuzz.sh), clang-format
# for the layout check (scripts/format.sh), and Python for comparing NFC/NFD with its
# unicodedata (tests/text/normalize_vs_python.py); tidy and headless Chromium for the follow-up
# site's pages (tests/site/site_test.sh).
TRAMSO_TEST_PACKAGES=(zbar-tools sqlite3 clang-14 libclang-rt-14-dev clang-format-14 python3 tidy chromium)

# ccache keys objects by paths relative to the checkout, so any clone (CI's, a worktree)
# reuses what another compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd)}"
export CCACHE_NOHASHDIR=true

tramso_install_deps() {
  local wanted=("$@") missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
