#!/usr/bin/env bash
# The real UI and store (run by tramso-dev's script driver) keep teaching when the database
# cannot be written, and lose nothing they could keep. Each case runs a whole lesson headless
# (the script's expects must all pass) while the database is unwritable, then frees the disk
# while the kiosk still runs, and checks:
#   - the condition was logged once ("cannot save (<condition>)"), nothing was dropped;
#   - once the disk freed up every record was written (the rows added equal the last
#     "durable seq" the process logged) and staff can still see what happened (kiosk_meta);
#   - integrity_check is ok.
# Cases: full disk by a file-size limit (ulimit -f, raised with prlimit while it runs); a full
# tmpfs and a read-only tmpfs (in a private mount namespace: unshare -rm, skipped where the
# machine does not allow it); a database of garbage and one damaged inside (set aside, kept
# byte for byte, a fresh file used).
#   tests/store/storage_conditions.sh TRAMSO_DEV_BINARY [CASE...]
set -euo pipefail
self=$(realpath "$0")
cd "$(dirname "$0")/../.."
bin=$(realpath "$1"); shift
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(fsize tmpfs_full tmpfs_read_only garbage damaged_inside)
export SDL_AUDIODRIVER=dummy ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
root=$(pwd)
if [ -n "${WORK:-}" ]; then
  work=$WORK  # inside the mount namespace: the outer run owns the folder
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/tramso-conditions-XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

fail() { echo "storage_conditions: FAIL ($case): $*" >&2; exit 1; }
sql() { sqlite3 -batch -bail "$1" "$2"; }

lesson=lam-quen-dien-thoai
if [ ! -f "$work/lesson.script" ]; then
  "$bin" lesson-flow "$lesson" content | sed '/^shot /d' >"$work/lesson.script"
  printf 'tap "Kết thúc"\ntap "Không lưu, kết thúc"\nexpect "Chạm để bắt đầu"\n' >>"$work/lesson.script"
fi

kiosk() {  # kiosk DB LOG: one lesson, headless, logs durable seqs
  TRAMSO_LOG_DURABLE=1 "$bin" --headless --script "$work/lesson.script" --size 1280x800 \
    --config "$root/config/kiosk.toml" --content "$root/content" --db "$1" 2>"$2"
}

last_durable() { sed -n 's/^.*durable seq \([0-9][0-9]*\)$/\1/p' "$1" | sort -n | tail -1; }

wait_for_line() {  # wait_for_line LOG TEXT PID
  local t=0
  until grep -q "$2" "$1"; do
    kill -0 "$3" 2>/dev/null || fail "the kiosk finished before logging '$2' (log: $(cat "$1"))"
    sleep 0.05
    (( ++t < 1200 )) || fail "no '$2' within 60 s"
  done
}

# A database with one earlier visit in it, as a kiosk has.
prepare_db() {  # prepare_db PATH
  kiosk "$1" "$work/prepare.log" || fail "the preparing run failed: $(cat "$work/prepare.log")"
}

# After a run that had to wait for the disk: everything it recorded is there.
check_all_saved() {  # check_all_saved DB LOG ROWS_BEFORE CONDITION
  local db=$1 log=$2 before=$3 condition=$4
  [ "$(grep -c "cannot save ($condition)" "$log")" = 1 ] ||
    fail "expected one 'cannot save ($condition)' line: $(grep 'store:' "$log")"
  ! grep -q "newer records are dropped" "$log" || fail "records were dropped"
  grep -q "saving works again" "$log" || fail "no 'saving works again': $(grep 'store:' "$log")"
  local durable rows
  durable=$(last_durable "$log")
  rows=$(sql "$db" "SELECT count(*) FROM events") 
  [ -n "$durable" ] && (( rows - before == durable )) ||
    fail "the process logged durable seq ${durable:-none} but $((rows - before)) records were added"
  [ "$(sql "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check"
  # One completed visit from prepare_db, one from this run.
  [ "$(sql "$db" "SELECT count(*) FROM sessions WHERE end_reason = 'completed'")" = 2 ] ||
    fail "the visit's session was not saved as completed"
  local note
  note=$(sql "$db" "SELECT json_extract(value, '\$.condition') FROM kiosk_meta WHERE key = 'last_storage_problem'")
  [ "$note" = "$condition" ] || fail "kiosk_meta last_storage_problem says '$note', expected '$condition'"
  echo "  $case: kept teaching; '$condition' logged once; $durable records saved after the disk freed up"
  grep 'store:' "$log" | sed 's/^/      /'
}

case_fsize() {
  local db=$work/fsize/tramso.db log=$work/fsize/run.log
  mkdir -p "$work/fsize"
  prepare_db "$db"
  local before
  before=$(sql "$db" "SELECT count(*) FROM events")
  # No file may grow: SQLite cannot even create the WAL. A soft limit only, so prlimit can lift
  # it; SIGXFSZ ignored so write() fails with EFBIG instead of killing the kiosk. The log goes
  # through a pipe, which the limit does not cover.
  mkfifo "$work/fsize/log.fifo"
  cat "$work/fsize/log.fifo" >"$log" &
  local cat_pid=$!
  ( trap '' XFSZ; ulimit -S -f 0; exec env TRAMSO_LOG_DURABLE=1 "$bin" --headless \
      --script "$work/lesson.script" --size 1280x800 --config "$root/config/kiosk.toml" \
      --content "$root/content" --db "$db" ) 2>"$work/fsize/log.fifo" &
  local pid=$!
  wait_for_line "$log" "cannot save (disk full)" "$pid"
  prlimit --pid "$pid" --fsize=unlimited: || fail "could not lift the file-size limit (finished already?)"
  wait "$pid" || { wait "$cat_pid"; fail "the lesson script failed while the disk was full: $(cat "$log")"; }
  wait "$cat_pid"
  check_all_saved "$db" "$log" "$before" "disk full"
}

# The tmpfs cases run inside a private user + mount namespace, where mounting is allowed.
in_namespace() {  # in_namespace FUNCTION: runs this script's FUNCTION there
  CASE_FN=$1 WORK=$work unshare -rm bash "$self" "$bin" __inner
}

tmpfs_full_inner() {
  local mnt=$work/full db=$work/full/tramso.db log=$work/full.log
  mkdir -p "$mnt"
  mount -t tmpfs -o size=4m tmpfs "$mnt"
  prepare_db "$db"
  local before
  before=$(sql "$db" "SELECT count(*) FROM events")
  cat /dev/zero >"$mnt/filler" 2>/dev/null || true  # ENOSPC: the disk is now full
  kiosk "$db" "$log" &
  local pid=$!
  wait_for_line "$log" "cannot save (disk full)" "$pid"
  rm "$mnt/filler"
  wait "$pid" || fail "the lesson script failed while the disk was full: $(cat "$log")"
  check_all_saved "$db" "$log" "$before" "disk full"
}

tmpfs_read_only_inner() {
  local mnt=$work/ro db=$work/ro/tramso.db log=$work/ro.log
  mkdir -p "$mnt"
  mount -t tmpfs -o size=8m tmpfs "$mnt"
  prepare_db "$db"
  local before
  before=$(sql "$db" "SELECT count(*) FROM events")
  mount -o remount,ro "$mnt"
  kiosk "$db" "$log" &
  local pid=$!
  wait_for_line "$log" "cannot save (read-only)" "$pid"
  mount -o remount,rw "$mnt"
  wait "$pid" || fail "the lesson script failed while the disk was read-only: $(cat "$log")"
  check_all_saved "$db" "$log" "$before" "read-only"
}

if [ "${cases[0]}" = __inner ]; then
  case=${CASE_FN%_inner}
  "$CASE_FN"
  exit 0
fi

case_tmpfs() {  # case_tmpfs NAME
  if ! unshare -rm true 2>/dev/null; then
    echo "  $case: skipped (no private mount namespace here: unshare -rm)"
    return 0
  fi
  in_namespace "${1}_inner"
}

case_garbage() {
  local db=$work/garbage/tramso.db log=$work/garbage/run.log
  mkdir -p "$work/garbage"
  head -c 8192 /dev/urandom >"$db"
  cp "$db" "$work/garbage.orig"
  kiosk "$db" "$log" || fail "the lesson script failed on a damaged database: $(cat "$log")"
  check_set_aside "$work/garbage" "$work/garbage.orig" "$log"
}

case_damaged_inside() {
  local db=$work/inside/tramso.db log=$work/inside/run.log
  mkdir -p "$work/inside"
  prepare_db "$db"
  prepare_db "$db"
  # Pages in the middle of the file overwritten, the header left intact.
  dd if=/dev/urandom of="$db" bs=4096 seek=3 count=3 conv=notrunc status=none
  cp "$db" "$work/inside.orig"
  kiosk "$db" "$log" || fail "the lesson script failed on a damaged database: $(cat "$log")"
  check_set_aside "$work/inside" "$work/inside.orig" "$log"
}

check_set_aside() {  # check_set_aside DIR ORIGINAL LOG
  local moved
  moved=$(ls "$1" | grep '^tramso\.db\.corrupt-' | grep -v -- '-wal$\|-shm$' | head -1)
  [ -n "$moved" ] || fail "the damaged file was not set aside: $(ls "$1")"
  cmp -s "$1/$moved" "$2" || fail "the file set aside is not the damaged file byte for byte"
  grep -q "database was damaged" "$3" || fail "the damage was not logged"
  [ "$(sql "$1/tramso.db" "PRAGMA integrity_check")" = ok ] || fail "the fresh file fails integrity_check"
  local durable rows moved_note
  durable=$(last_durable "$3")
  rows=$(sql "$1/tramso.db" "SELECT count(*) FROM events")
  [ -n "$durable" ] && [ "$rows" = "$durable" ] || fail "fresh file has $rows events, durable seq ${durable:-none}"
  moved_note=$(sql "$1/tramso.db" "SELECT json_extract(value, '\$.moved_to') FROM kiosk_meta WHERE key = 'corrupt_file_moved'")
  [ "$moved_note" = "$1/$moved" ] || fail "kiosk_meta does not name the file set aside: '$moved_note'"
  echo "  $case: set aside as $moved (kept byte for byte), fresh file has all $rows records"
}

for case in "${cases[@]}"; do
  case $case in
    fsize) case_fsize ;;
    tmpfs_full) case_tmpfs tmpfs_full ;;
    tmpfs_read_only) case_tmpfs tmpfs_read_only ;;
    garbage) case_garbage ;;
    damaged_inside) case_damaged_inside ;;
    *) fail "unknown case" ;;
  esac
done
echo "storage_conditions: ok"
