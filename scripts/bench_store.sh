#!/bin/sh
# Builds bench_store without sanitizers (optimised) and runs it; arguments go to bench_store,
# e.g. scripts/bench_store.sh --dir /var/lib/tramso/bench to measure on the kiosk's own disk.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench-store"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DTRAMSO_SANITIZE=OFF >/dev/null
cmake --build "$build" --target bench_store -j2 >/dev/null
exec "$build/tests/store/bench_store" "$@"
