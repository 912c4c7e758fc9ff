#!/usr/bin/env bash
# Staff mode journey: sets the PIN with `tramso set-pin` (stdin), seeds two learners
# with sqlite3 (one named =HYPERLINK("x")), runs staff_journey.script headless (tramso-dev), then checks the
# database (erasure, audit trail) and the exported CSV files (BOM, content, neutralised cells),
# and the same export from `tramso report`.
#   staff_journey.sh TRAMSO TRAMSO_DEV SIZE OUT_DIR
set -euo pipefail
tramso=$1 tramso_dev=$2 size=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out/usb"
db=$out/tramso.db
sed -e "s|^export_dir = .*|export_dir = \"$out/usb\"|" \
  -e "s|^output = .*|output = \"file\"|" -e "s|^target = .*|target = \"$out/test-slip.bin\"|" \
  config/kiosk.toml >"$out/kiosk.toml"
fail() { echo "staff_journey: $*" >&2; exit 1; }

# Two different PINs are refused; then the PIN is set.
if printf '2468\n1357\n' | "$tramso" set-pin --config "$out/kiosk.toml" --db "$db" 2>/dev/null; then fail "set-pin accepted two different PINs"; fi
printf '2468\n2468\n' | "$tramso" set-pin --config "$out/kiosk.toml" --db "$db"
hash=$(sqlite3 "$db" "SELECT value FROM kiosk_meta WHERE key = 'staff_pin_hash'")
[[ $hash == '$argon2id$'* ]] || fail "no argon2id hash stored: $hash"

# ManualClock's wall time starts at 1790000000000 ms: seed learners registered just before.
now=1789999000000
sqlite3 "$db" "INSERT INTO learners (code, full_name, search_key, birth_year, birth_decade, phone, ward, consent_ms, created_ms, last_seen_ms)
  VALUES ('HOA234', 'Trần Thị Hoà', 'tran thi hoa', 1958, 1950, '0912345678', 'Phường Láng', $now, $now, $now),
         ('EVL234', '=HYPERLINK(\"x\")', '=hyperlink(\"x\")', 1950, 1950, '', '+cmd', $now, $now, $now)"

"$tramso_dev" --headless --script "$here/staff_journey.script" --shots "$out" --size "$size" --db "$db" --config "$out/kiosk.toml"

# The test slip from the maintenance page: ESC/POS that starts by initialising the printer.
[[ $(head -c 2 "$out/test-slip.bin" | od -An -tx1 | tr -d ' ') == 1b40 ]] || fail "no test slip printed"

# The erasure: personal data gone, the row (for statistics) and her birth decade kept.
row=$(sqlite3 "$db" "SELECT coalesce(full_name, '-'), coalesce(phone, '-'), coalesce(birth_year, '-'), birth_decade, erased_ms IS NOT NULL FROM learners WHERE code = 'HOA234'")
[[ $row == '-|-|-|1950|1' ]] || fail "erasure left: $row"
# The audit trail: logins, every failed PIN, the erasure, the export.
count() { sqlite3 "$db" "SELECT count(*) FROM staff_audit WHERE action = '$1'"; }
[[ $(count pin_failed) == 5 ]] || fail "expected 5 pin_failed audits, got $(count pin_failed)"
[[ $(count login) == 1 ]] || fail "expected 1 login audit"
[[ $(count erase_learner) == 1 ]] || fail "expected 1 erase_learner audit"
[[ $(count export) == 1 ]] || fail "expected 1 export audit"
[[ $(count view_learner) == 1 ]] || fail "expected 1 view_learner audit"
[[ $(count print_test) == 1 ]] || fail "expected 1 print_test audit"
[[ $(count logout) == 1 ]] || fail "expected 1 logout audit (the 2-minute timeout)"

check_csv_folder() {
  local dir=$1
  local learners sessions summary
  learners=$(ls "$dir"/*-hoc-vien.csv) sessions=$(ls "$dir"/*-phien.csv) summary=$(ls "$dir"/*-tong-hop.csv)
  for f in "$learners" "$sessions" "$summary"; do
    [[ $(head -c 3 "$f" | od -An -tx1 | tr -d ' ') == efbbbf ]] || fail "$f: no UTF-8 BOM"
    if grep -qE '(^|,)"?[=+@-]' "$f"; then fail "$f: a cell starts a formula: $(grep -E '(^|,)"?[=+@-]' "$f" | head -1)"; fi
  done
  grep -q "\"'=HYPERLINK(\"\"x\"\")\"" "$learners" || fail "$learners: the =HYPERLINK name is not neutralised text"
  grep -q "'+cmd" "$learners" || fail "$learners: the +cmd ward is not neutralised"
  grep -q "^HOA234,,,1950s," "$learners" || fail "$learners: the erased learner still has personal data"
  if grep -q "Trần Thị Hoà" "$learners"; then fail "$learners: the erased name was exported"; fi
  [[ $(grep -c "" "$sessions") -ge 3 ]] || fail "$sessions: expected the header and at least 2 sessions"
  grep -q ",staff,\|,completed," "$sessions" || fail "$sessions: no ended session"
  grep -q "Lượt học (phiên)" "$summary" || fail "$summary: no session count"
}
check_csv_folder "$out/usb"

# The same from the command line.
month=$(ls "$out/usb"/*-phien.csv | sed -E 's/.*-([0-9]{4}-[0-9]{2})-phien.csv/\1/')
"$tramso" report --month "$month" --out "$out/cli" --config "$out/kiosk.toml" --db "$db"
check_csv_folder "$out/cli"
cmp "$out/usb/$(basename "$(ls "$out/usb"/*-hoc-vien.csv)")" "$out/cli/$(basename "$(ls "$out/cli"/*-hoc-vien.csv)")" || fail "staff mode and tramso report differ"
if "$tramso" report --month 2026-13 --out "$out/cli" --config "$out/kiosk.toml" --db "$db" 2>/dev/null; then fail "report accepted month 13"; fi
echo "staff journey OK at $size"
