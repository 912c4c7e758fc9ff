#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan+UBSan) in build/fuzz and runs them one
# after another, never two at once, under nice:
#   scripts/fuzz.sh MINUTES          all targets for MINUTES in total, shared evenly
#   scripts/fuzz.sh --each SECONDS   each target for SECONDS
#   … [TARGET…]                      only these (fuzz_lesson fuzz_wav …)
# Seeds come from fuzz/corpus/<name>/ (fuzz_<name> the target, fuzz/dict/<name>.dict its
# dictionary if there is one); what a run discovers is kept in build/fuzz/corpus/
# for the next run. A crash or a failed property is saved to build/fuzz/crashes/ and makes the
# script exit non-zero. Prints the executions per target and in all.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 MINUTES | --each SECONDS [TARGET…]" >&2; exit 2; }
[ $# -ge 1 ] || usage
each=""
if [ "$1" = "--each" ]; then
  [ $# -ge 2 ] || usage
  each=$2
  shift 2
else
  minutes=$1
  shift
fi
[[ "${each:-${minutes:-}}" =~ ^[0-9]+$ ]] || usage

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_lesson fuzz_config fuzz_telex fuzz_script fuzz_wav fuzz_normalize fuzz_csv fuzz_followup)
[ -n "$each" ] || each=$(( minutes * 60 / ${#targets[@]} ))
[ "$each" -ge 1 ] || each=1

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd)}"
export CCACHE_NOHASHDIR=true
build=build/fuzz
# -O1 keeps asserts and sanitizer reports readable while running fast enough to fuzz.
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DTRAMSO_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" >/dev/null
nice -n 10 cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >"$build/build.log" 2>&1 ||
  { cat "$build/build.log"; exit 1; }

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/crashes"
total=0
failed=()
for t in "${targets[@]}"; do
  name=${t#fuzz_}
  work="$build/corpus/$name"
  mkdir -p "$work"
  dict=()
  [ -f "fuzz/dict/$name.dict" ] && dict=(-dict="fuzz/dict/$name.dict")
  log="$build/$t.log"
  # The first folder collects new inputs; the seeds in fuzz/corpus are only read.
  if nice -n 10 "$build/fuzz/$t" "$work" "fuzz/corpus/$name" "${dict[@]}" -max_total_time="$each" \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/crashes/$t-" \
      >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed+=("$t")
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  runs=${runs:-0}
  total=$(( total + runs ))
  printf '%-16s %12s executions in %ss  %s\n' "$t" "$runs" "$each" "$status"
done
printf '%-16s %12s executions\n' "all" "$total"
if [ ${#failed[@]} -gt 0 ]; then
  for t in "${failed[@]}"; do
    echo "--- $t ($build/$t.log):"
    grep -E "ERROR|property failed|SUMMARY|Test unit written" "$build/$t.log" | head -20
  done
  exit 1
fi
