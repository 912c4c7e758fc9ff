#!/usr/bin/env bash
# The installed tramso, in kiosk mode (not --windowed) on the offscreen video driver, stops
# cleanly on each stop signal: with a learner's visit open, SIGTERM, SIGINT and SIGHUP each make
# it exit 0 within 2 s, the visit ends with reason 'shutdown' and its session_end event is on
# disk, and the log says so. Before the signal, an SDL_QUIT as a window manager sends for Alt+F4
# leaves it running. The tap and the SDL_QUIT come from sdl_tap_preload.so (see there): the
# kiosk binary is the one that ships, unchanged.
#   stop_signals.sh TRAMSO SDL_TAP_PRELOAD
set -euo pipefail
tramso=$1 preload=$2
tmp=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill -KILL "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
fail() { echo "stop_signals: FAIL: $*" >&2; [ -f "$tmp/err" ] && tail -n 20 "$tmp/err" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
command -v sqlite3 >/dev/null || fail "sqlite3 is missing (apt-get install sqlite3)"
# The preloaded shim comes before the sanitizer runtime in the library list; that is expected.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy
# The bundled config, drawn by the software renderer: the offscreen driver has no GPU.
sed 's/^renderer = "auto"/renderer = "software"/' config/kiosk.toml >"$tmp/kiosk.toml"
grep -q '^renderer = "software"' "$tmp/kiosk.toml" || fail "config/kiosk.toml has no renderer = \"auto\" line to change"

stops_on() {  # stops_on SIGNAL: one kiosk, one visit, one signal
  local sig=$1 db="$tmp/$1/tramso.db" open=0 rc=0 sent gone reason
  mkdir -p "$tmp/$sig"
  TAP_AT_MS=1500 QUIT_AT_MS=2500 LD_PRELOAD="$preload" \
    "$tramso" --size 1280x800 --config "$tmp/kiosk.toml" --db "$db" >"$tmp/out" 2>"$tmp/err" &
  pid=$!
  # The visit is open once its session row is committed (the recorder commits within ms).
  for _ in $(seq 300); do
    kill -0 "$pid" 2>/dev/null || fail "$sig: the kiosk ended before the visit opened"
    open=$(sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM sessions WHERE ended_ms IS NULL" 2>/dev/null || echo 0)
    [ "$open" = 1 ] && break
    sleep 0.1
  done
  [ "$open" = 1 ] || fail "$sig: no visit opened within 30 s of the tap"
  # The window manager's SDL_QUIT (at 2.5 s) is ignored in kiosk mode.
  sleep 2
  kill -0 "$pid" 2>/dev/null || fail "$sig: an SDL_QUIT from the window manager stopped the kiosk"

  # A kiosk still there 2 s after the signal is killed, as systemd would later: that fails.
  (sleep 2 && kill -KILL "$pid" 2>/dev/null) &
  local killer=$!
  sent=$(now_ms)
  kill -s "$sig" "$pid"
  wait "$pid" || rc=$?
  gone=$(now_ms)
  pid=
  kill "$killer" 2>/dev/null || true
  wait "$killer" 2>/dev/null || true
  echo "stop_signals: $sig: exited $rc after $((gone - sent)) ms"
  [ "$rc" != 137 ] || fail "$sig: still running 2 s after the signal (killed)"
  [ "$rc" = 0 ] || fail "$sig: exit status $rc, expected 0"
  [ $((gone - sent)) -le 2000 ] || fail "$sig: took $((gone - sent)) ms to stop, more than 2000"

  reason=$(sqlite3 "$db" "SELECT coalesce(end_reason, 'open') FROM sessions ORDER BY id")
  [ "$reason" = shutdown ] || fail "$sig: the visit's end reason is '$reason', expected 'shutdown'"
  [ "$(sqlite3 "$db" "SELECT count(*) FROM events WHERE kind = 'session_end'")" = 1 ] ||
    fail "$sig: no session_end event on disk"
  grep -q "stopping on $sig: the open visit ended (shutdown); every record is on disk" "$tmp/$sig/log/tramso.log" ||
    fail "$sig: the log does not say it stopped: $(tail -n 3 "$tmp/$sig/log/tramso.log" 2>/dev/null)"
}

for sig in TERM INT HUP; do stops_on "SIG$sig"; done
echo "stop_signals: the kiosk stops cleanly on SIGTERM, SIGINT and SIGHUP"
