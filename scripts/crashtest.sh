#!/usr/bin/env bash
# Crash test: nothing the kiosk confirmed durable is lost to a kill -9, and the next start
# recovers. Runs the real UI and store headless (tramso-dev's script driver) on a long generated
# journey (every bundled lesson, one session each, with bursts of wrong taps), with
# TRAMSO_LOG_DURABLE=1 so it logs "durable seq N" after each commit, and kills it with SIGKILL
# at random moments N times.
# After each kill, on the same database file:
#   1. PRAGMA integrity_check says ok and foreign_key_check finds nothing;
#   2. every record the process logged as durable is in the file: the kiosk's records are one
#      events row each, so the rows added since the process started number at least the last
#      durable seq it logged (and they have no holes);
#   3. sessions (and lesson runs) the previous kill left open were closed by the next start with
#      end reason 'interrupted' at their last event.
# A last clean run at the end must recover whatever the last kill left open.
#
#   scripts/crashtest.sh [N]              N kills (default 20); CTest runs a small N
#   TRAMSO_DEV=build/dev/tramso-dev CRASH_SEED=42 CRASH_KEEP=1 scripts/crashtest.sh 200
# Exit status: 0 all checks passed, 1 a check failed (the database and logs are kept).
set -euo pipefail
cd "$(dirname "$0")/.."

kills=${1:-20}
bin=${TRAMSO_DEV:-build/dev/tramso-dev}
seed=${CRASH_SEED:-$(( $(date +%s) % 100000 ))}
RANDOM=$seed
export SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-dummy}
# A kill leaves ASan nothing to report, and a leak report at a clean exit is not this test's job.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

command -v sqlite3 >/dev/null || { echo "crashtest: needs the sqlite3 shell (apt install sqlite3)" >&2; exit 1; }
[ -x "$bin" ] || { echo "crashtest: no binary at $bin (set TRAMSO_DEV=…)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/tramso-crash-XXXXXX")
db=$work/tramso.db
failed=0
cleanup() {
  if [ "$failed" = 0 ] && [ -z "${CRASH_KEEP:-}" ]; then rm -rf "$work"; else echo "crashtest: kept $work"; fi
}
trap cleanup EXIT

fail() { echo "crashtest: FAIL (seed $seed, kill $k): $*" >&2; failed=1; exit 1; }
sql() { sqlite3 -batch -bail "$db" "$@"; }

# --- the journey ---------------------------------------------------------------------------
# Every bundled lesson as lesson-flow writes it (screenshots dropped), each its own session
# ended with "Kết thúc"; each wrong tap on the phone is repeated so the writer sees bursts.
journey=$work/journey.script
# Lessons in home-screen order (by their `order`).
for id in $(for f in content/lessons/*.toml; do
              echo "$(sed -n 's/^order *= *\([0-9]*\).*/\1/p' "$f" | head -1) $(basename "$f" .toml)"
            done | sort -n | cut -d' ' -f2); do
  "$bin" lesson-flow "$id" content
  echo 'tap "Kết thúc"'
  echo 'tap "Không lưu, kết thúc"'
  echo 'expect "Chạm để bắt đầu"'
done | awk '
  /^shot / { next }
  { print }
  /^tap "phone:/ { last_tap = $0; next }
  /^expect "Chưa đúng chỗ"/ { for (i = 0; i < 6; ++i) print last_tap }
' >"$journey"
grep -q '^tap' "$journey" || fail "could not generate the journey"

run_kiosk() {  # run_kiosk LOG SCRIPT: starts the kiosk in the background, sets $pid
  TRAMSO_LOG_DURABLE=1 "$bin" --headless --script "$2" --size 1280x800 \
    --config config/kiosk.toml --db "$db" >"$1" 2>&1 &
  pid=$!
}

last_durable() {  # the highest "durable seq N" a log holds (complete lines only)
  sed -n 's/^.*durable seq \([0-9][0-9]*\)$/\1/p' "$1" | sort -n | tail -1
}

now_ms() { date +%s%3N; }

max_event() { [ -f "$db" ] && sql "SELECT coalesce(max(seq), 0) FROM events" 2>/dev/null || echo 0; }

# Sessions and runs left open, with the end recovery must give them: "table|id|expected_ms".
open_rows() {
  sql "SELECT 'sessions', s.id, coalesce((SELECT max(e.at_ms) FROM events AS e WHERE e.session_id = s.id), s.started_ms)
         FROM sessions AS s WHERE s.ended_ms IS NULL ORDER BY s.id;
       SELECT 'lesson_runs', r.id, coalesce((SELECT max(e.at_ms) FROM events AS e WHERE e.run_id = r.id), r.started_ms)
         FROM lesson_runs AS r WHERE r.ended_ms IS NULL ORDER BY r.id;"
}

# Checks that rows left open by an earlier kill were closed as interrupted at their last event.
# With must=1 they all must be closed; otherwise rows still open are carried to $carry.
check_recovered() {  # check_recovered FILE must
  local file=$1 must=$2 table id expected got
  : >"$work/carry"
  while IFS='|' read -r table id expected; do
    [ -n "$table" ] || continue
    if [ "$table" = sessions ]; then
      got=$(sql "SELECT coalesce(end_reason, '') || '|' || coalesce(ended_ms, '') FROM sessions WHERE id = $id")
      if [ "$got" = "|" ] && [ "$must" = 0 ]; then echo "$table|$id|$expected" >>"$work/carry"; continue; fi
      [ "$got" = "interrupted|$expected" ] ||
        fail "session $id left open by a kill: expected 'interrupted|$expected', found '$got'"
    else
      got=$(sql "SELECT coalesce(ended_ms, '') FROM lesson_runs WHERE id = $id")
      if [ -z "$got" ] && [ "$must" = 0 ]; then echo "$table|$id|$expected" >>"$work/carry"; continue; fi
      [ "$got" = "$expected" ] || fail "lesson run $id left open by a kill: expected end $expected, found '$got'"
    fi
  done <"$file"
}

: >"$work/open"
k=0
total_confirmed=0
checked_sessions=0
start_all=$(now_ms)
echo "crashtest: $kills kills, seed $seed, $(grep -c '^tap' "$journey") taps in the journey, $bin"
for k in $(seq 1 "$kills"); do
  before=$(max_event)
  log=$work/run-$k.log
  run_kiosk "$log" "$journey"
  started=$(now_ms)
  # Most kills land while it records (after its first commit); some land during start-up,
  # which is when recovery and migration run.
  if (( RANDOM % 4 == 0 )); then
    sleep "0.$(printf '%03d' $(( RANDOM % 1000 )))"
  else
    until grep -q 'durable seq' "$log" || ! kill -0 "$pid" 2>/dev/null; do
      sleep 0.02
      (( $(now_ms) - started < 60000 )) || fail "no durable seq logged within 60 s; log: $log"
    done
    sleep "$(( RANDOM % 3 )).$(printf '%03d' $(( RANDOM % 1000 )))"
  fi
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    how="killed after $(( $(now_ms) - started )) ms"
  else
    wait "$pid" || fail "the kiosk exited with an error before the kill; log: $log"
    how="finished before the kill"
  fi

  [ -f "$db" ] || { echo "  kill $k: $how, before the database existed"; continue; }
  integrity=$(sql "PRAGMA integrity_check")
  [ "$integrity" = ok ] || fail "integrity_check after the kill: $integrity"
  fk=$(sql "PRAGMA foreign_key_check")
  [ -z "$fk" ] || fail "foreign_key_check after the kill: $fk"

  durable=$(last_durable "$log")
  durable=${durable:-0}
  read -r rows top < <(sql "SELECT count(*) || ' ' || coalesce(max(seq), 0) FROM events WHERE seq > $before")
  (( rows >= durable )) ||
    fail "the process logged durable seq $durable but only $rows of its records are in the file; log: $log"
  (( rows == 0 || top - before == rows )) || fail "events after $before have holes: $rows rows up to $top"

  # Whoever logged a durable seq had finished opening, so it had recovered the last kill's rows.
  if (( durable > 0 )); then
    check_recovered "$work/open" 1
    checked_sessions=$(( checked_sessions + $(grep -c '^sessions' "$work/open" || true) ))
    : >"$work/carry"
  else
    check_recovered "$work/open" 0
  fi
  { cat "$work/carry"; open_rows; } | sort -u >"$work/open.next"
  mv "$work/open.next" "$work/open"
  total_confirmed=$(( total_confirmed + durable ))
  echo "  kill $k: $how; durable seq $durable, $rows records in the file; $(grep -c '^sessions' "$work/open" || true) session(s) left open"
done

# A clean start recovers what the last kill left open; a short visit then ends normally.
final=$work/final.script
printf 'tap "Chạm để bắt đầu"\nexpect "Xin chào chị!"\ntap "Kết thúc"\nexpect "Chạm để bắt đầu"\n' >"$final"
run_kiosk "$work/final.log" "$final"
wait "$pid" || fail "the clean run after the last kill failed; log: $work/final.log"
check_recovered "$work/open" 1
checked_sessions=$(( checked_sessions + $(grep -c '^sessions' "$work/open" || true) ))
open=$(sql "SELECT count(*) FROM sessions WHERE ended_ms IS NULL")
[ "$open" = 0 ] || fail "$open session(s) still open after a clean run"
[ "$(sql "PRAGMA integrity_check")" = ok ] || fail "integrity_check after the clean run"

sessions=$(sql "SELECT count(*) FROM sessions")
interrupted=$(sql "SELECT count(*) FROM sessions WHERE end_reason = 'interrupted'")
events=$(sql "SELECT count(*) FROM events")
echo "crashtest: ok — $kills kills in $(( ($(now_ms) - start_all) / 1000 )) s (seed $seed): $total_confirmed durable records" \
     "confirmed and found, $sessions sessions ($interrupted interrupted, $checked_sessions recoveries checked), $events events"
