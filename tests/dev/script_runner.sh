#!/usr/bin/env bash
# The script driver checks what only it can (the screen's size) and stops when told to:
# a tap or drag off the screen fails at its line; a bad shot name fails before anything runs;
# SIGTERM stops a long script before its next line.
#   script_runner.sh TRAMSO_DEV
set -euo pipefail
tramso_dev=$1
tmp=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
fail() { echo "script_runner: FAIL: $*" >&2; exit 1; }
drive() {  # drive SCRIPT: exit code; stderr in $tmp/err
  local rc=0
  "$tramso_dev" --headless --size 1280x800 --config config/kiosk.toml --db "$tmp/tramso.db" \
    --script "$1" --shots "$tmp/shots" >/dev/null 2>"$tmp/err" || rc=$?
  echo "$rc"
}

printf 'tap "Chạm để bắt đầu"\ntap 1280 400\n' >"$tmp/off.script"
[ "$(drive "$tmp/off.script")" = 1 ] || fail "a tap off the screen passed"
grep -q "off.script:2: the point is off the 1280x800 screen" "$tmp/err" || fail "no FILE:LINE for the tap: $(cat "$tmp/err")"
printf 'wait 1\ndrag 600 700 600 900\n' >"$tmp/drag.script"
[ "$(drive "$tmp/drag.script")" = 1 ] || fail "a drag off the screen passed"
grep -q "drag.script:2: the drag leaves the 1280x800 screen" "$tmp/err" || fail "no FILE:LINE for the drag: $(cat "$tmp/err")"

printf 'wait 1\nshot ../escaped\n' >"$tmp/shot.script"
[ "$(drive "$tmp/shot.script")" = 2 ] || fail "a shot name with ../ was accepted"
grep -q "shot.script:2: shot names are" "$tmp/err" || fail "no FILE:LINE for the shot name: $(cat "$tmp/err")"
[ ! -e "$tmp/escaped.png" ] || fail "a shot was written outside --shots"

# Hours of simulated attract screen, line after line: far longer than the test waits. Its
# first line writes a shot, so the signal is sent once the script is really running (a slow,
# sanitized start on a loaded machine takes seconds).
{ echo 'shot started'; for _ in $(seq 500); do echo 'wait 3600'; done; } >"$tmp/long.script"
"$tramso_dev" --headless --size 1280x800 --config config/kiosk.toml --db "$tmp/long.db" \
  --script "$tmp/long.script" --shots "$tmp/long-shots" >/dev/null 2>"$tmp/err" &
pid=$!
for _ in $(seq 600); do [ -e "$tmp/long-shots/started.png" ] && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null || fail "the long script ended by itself: $(cat "$tmp/err")"
[ -e "$tmp/long-shots/started.png" ] || fail "the long script did not start within 60 s"
kill -TERM "$pid"
for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then fail "still running 30 s after SIGTERM"; fi
rc=0; wait "$pid" || rc=$?
pid=
[ "$rc" = 1 ] || fail "exit $rc after SIGTERM, expected 1"
grep -q "long.script:[0-9]*: stopped by a signal before this line" "$tmp/err" || fail "no stop message: $(cat "$tmp/err")"
echo "the script driver keeps to the screen and stops on SIGTERM"
