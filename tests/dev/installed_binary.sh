#!/usr/bin/env bash
# The installed tramso has none of tramso-dev's tooling: its parser refuses the options, its
# usage does not list them, and its symbols and strings hold nothing of the script driver,
# the soak or lesson-flow.
#   installed_binary.sh TRAMSO TRAMSO_DEV
set -euo pipefail
tramso=$1 tramso_dev=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "installed_binary: FAIL: $*" >&2; exit 1; }

refused() {  # refused ARGS...: exit 2, "unknown option" on stderr, nothing started
  local rc=0
  "$tramso" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  [ "$rc" = 2 ] || fail "tramso $* exited $rc, expected 2 (unknown option)"
  grep -q "unknown option" "$tmp/err" || fail "tramso $*: no 'unknown option' in: $(head -1 "$tmp/err")"
}
refused --headless --script x
refused --script x --shots "$tmp/shots"
refused --soak 1
refused --headless --soak 1 --db "$tmp/soak.db"
refused --frame-stats
refused lesson-flow lam-quen-dien-thoai
[ ! -e "$tmp/soak.db" ] && [ ! -e "$tmp/shots" ] || fail "a refused command left files behind"

"$tramso" --help >"$tmp/usage"
if grep -qE -- '--headless|--script|--soak|--frame-stats|lesson-flow' "$tmp/usage"; then
  fail "tramso --help lists developer tooling: $(grep -E -- '--headless|--script|--soak|--frame-stats|lesson-flow' "$tmp/usage")"
fi

# No code of the tooling is linked in (symbols when the binary has them, strings always).
dev_symbols='tramso::dev::|SimDriver|run_script|run_soak|lesson_flow_script|prepare_soak_database'
if nm -C "$tramso" >"$tmp/nm" 2>/dev/null && [ -s "$tmp/nm" ]; then
  if grep -qE "$dev_symbols" "$tmp/nm"; then fail "tramso links tooling: $(grep -E "$dev_symbols" "$tmp/nm" | head -3)"; fi
  nm -C "$tramso_dev" >"$tmp/nm-dev"
  grep -qE "$dev_symbols" "$tmp/nm-dev" || fail "the symbol check finds nothing even in tramso-dev"
fi
dev_strings='--headless|--soak|--script|--frame-stats|lesson-flow|stopped by a signal|soak_database'
strings "$tramso" >"$tmp/strings"
strings "$tramso_dev" >"$tmp/strings-dev"
if grep -qE -- "$dev_strings" "$tmp/strings"; then
  fail "tramso holds tooling strings: $(grep -E -- "$dev_strings" "$tmp/strings" | head -3)"
fi
grep -qE -- "$dev_strings" "$tmp/strings-dev" || fail "the strings check finds nothing even in tramso-dev"

"$tramso_dev" --help | grep -q -- "--soak DAYS --db NEW_FILE" || fail "tramso-dev --help does not show the soak"
echo "installed tramso has no developer tooling"
