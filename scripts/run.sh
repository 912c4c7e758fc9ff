#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine if needed, builds Release and starts the kiosk on
# config/kiosk.toml, the bundled content and var/tramso.db (created on first run).
#   scripts/run.sh              fullscreen kiosk
#   scripts/run.sh --windowed   a window, for development (Escape closes it)
# Any other arguments go to build/release/tramso.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
tramso_install_deps "${TRAMSO_PACKAGES[@]}"

cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/release --target tramso -j"$(nproc)"
mkdir -p var
exec build/release/tramso --config config/kiosk.toml "$@"
