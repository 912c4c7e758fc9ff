#!/usr/bin/env bash
# The soak never touches a station's database. It refuses (exit 2, a message naming the file)
# a copy of a database with real sessions and one that only has a staff PIN, and leaves each
# byte for byte as it was; it refuses to run without --db. On a path that does not exist yet it
# creates its own database, marks it in kiosk_meta and gives it the soak's PIN, and it may run
# again on that database.
#   soak_database.sh TRAMSO TRAMSO_DEV
set -euo pipefail
tramso=$1 tramso_dev=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "soak_database: FAIL: $*" >&2; exit 1; }
soak() { "$tramso_dev" --headless --size 1280x800 --config config/kiosk.toml "$@"; }

refuses() {  # refuses DB WHAT: the soak exits 2 on DB, says why, and DB is unchanged
  local db=$1 what=$2 before rc=0
  before=$(sha256sum <"$db")
  soak --soak 1 --db "$db" >"$tmp/out" 2>"$tmp/err" || rc=$?
  [ "$rc" = 2 ] || fail "the soak on $what exited $rc, expected 2: $(cat "$tmp/out" "$tmp/err" | head -5)"
  grep -q "$db: .*not made by the soak" "$tmp/err" || fail "no clear refusal for $what: $(cat "$tmp/err")"
  [ "$(sha256sum <"$db")" = "$before" ] || fail "the soak changed $what"
  [ ! -e "$db-wal" ] && [ ! -e "$db-shm" ] || fail "the soak left a WAL or shared-memory file beside $what"
  ! grep -q "^soak: start" "$tmp/out" || fail "the soak started visits on $what"
}

# A station's database: a real visit recorded by the kiosk, then copied as someone would.
mkdir -p "$tmp/station" "$tmp/pin"
"$tramso_dev" --headless --script tests/flows/idle_reset.script --config config/kiosk.toml \
  --db "$tmp/station/tramso.db" >/dev/null 2>&1 || fail "could not record a visit"
mkdir "$tmp/copy" && sqlite3 "$tmp/station/tramso.db" ".backup '$tmp/copy/tramso.db'"
[ "$(sqlite3 "$tmp/copy/tramso.db" "SELECT count(*) FROM sessions")" -ge 1 ] || fail "the copy has no sessions"
refuses "$tmp/copy/tramso.db" "a copy of a station's database"
[ ! -e "$tmp/copy/soak-backups" ] || fail "the soak made a backup folder beside the refused database"

# A database with only a staff PIN: the soak must not take it over (nor learn its PIN).
printf '1357\n1357\n' | "$tramso" set-pin --config config/kiosk.toml --db "$tmp/pin/tramso.db" >/dev/null
refuses "$tmp/pin/tramso.db" "a database with a staff PIN"

# Without --db it would run on the configured database, the station's own.
if soak --soak 1 2>"$tmp/err"; then fail "the soak ran without --db"; fi
grep -q -- "--soak: needs --db" "$tmp/err" || fail "no clear message without --db: $(cat "$tmp/err")"

# Its own database: created, marked, with the soak's PIN; usable again by a later soak.
soak --soak 0.02 --db "$tmp/soak/tramso.db" >"$tmp/out" 2>&1 || fail "the soak on a new path failed: $(tail -5 "$tmp/out")"
mark=$(sqlite3 "$tmp/soak/tramso.db" "SELECT count(*) FROM kiosk_meta WHERE key = 'soak_database'")
[ "$mark" = 1 ] || fail "the soak's database is not marked"
grep -q "staff=[1-9]" "$tmp/out" || fail "no staff visit on the soak's own database: $(grep 'visits' "$tmp/out")"
soak --soak 0.01 --db "$tmp/soak/tramso.db" >"$tmp/out" 2>&1 || fail "a second soak on its own database failed: $(tail -5 "$tmp/out")"
echo "the soak keeps to its own database"
