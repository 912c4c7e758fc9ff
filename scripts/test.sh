#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine if needed, checks the C++ layout (scripts/format.sh), builds
# with AddressSanitizer and UndefinedBehaviorSanitizer, and runs every test (unit tests and UI
# flow scripts) with CTest. Then runs the threaded parts' tests under ThreadSanitizer
# (scripts/tsan.sh) and each fuzz target for 20 s (scripts/fuzz.sh). Exits non-zero on any
# failure. With TRAMSO_WERROR=ON (as .ci/run sets) every compiler warning is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
tramso_install_deps "${TRAMSO_PACKAGES[@]}" "${TRAMSO_TEST_PACKAGES[@]}"

scripts/format.sh --check

werror=${TRAMSO_WERROR:-OFF}
export TRAMSO_WERROR=$werror
build=build/test
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DTRAMSO_SANITIZE=ON -DTRAMSO_WERROR=$werror >/dev/null
cmake --build "$build" -j"$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export SDL_AUDIODRIVER=dummy
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"

scripts/tsan.sh

# Short fuzzing on every run: a crash or a failed property in any target fails the run.
scripts/fuzz.sh --each 20
