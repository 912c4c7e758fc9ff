#!/usr/bin/env bash
# Registers a learner through the real UI with the alphabetical keyboard and the 2018
# tone style (a config variant of config/kiosk.toml), then reads the row back with the sqlite3
# CLI: the name must be stored exactly as NFC bytes, with its search key beside it.
#   register_stored_row.sh TRAMSO_DEV SIZE OUT_DIR
set -euo pipefail
tramso_dev=$1 size=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
sed -e 's/^keyboard_layout = "qwerty"/keyboard_layout = "abc"/' -e 's/^tone_style = "classic"/tone_style = "modern"/' \
  config/kiosk.toml >"$out/kiosk.toml"
grep -q '^keyboard_layout = "abc"' "$out/kiosk.toml"
grep -q '^tone_style = "modern"' "$out/kiosk.toml"
"$tramso_dev" --headless --script tests/flows/fixtures/register_diacritic_keys.script --shots "$out" --size "$size" \
  --db "$out/tramso.db" --config "$out/kiosk.toml"
row=$(sqlite3 "$out/tramso.db" "SELECT full_name || '|' || search_key || '|' || birth_year || '|' || ifnull(phone, '') || '|' || ifnull(ward, '') || '|' || union_member FROM learners ORDER BY id")
# NFC: "ặ" is U+1EB7 (E1 BA B7), "ỷ" U+1EF7 (E1 BB B7); decomposed text would have other bytes.
expected=$(printf 'Đặng Thị Thuỷ|dang thi thuy|1947||Khác|0')
if [[ "$row" != "$expected" ]]; then
  echo "stored row: $row" >&2
  echo "expected:   $expected" >&2
  exit 1
fi
hex=$(sqlite3 "$out/tramso.db" "SELECT hex(full_name) FROM learners")
[[ "$hex" == *E1BAB7* && "$hex" == *E1BBB7* ]] || { echo "name is not NFC: $hex" >&2; exit 1; }
# The session that registered her is attached to her.
sessions=$(sqlite3 "$out/tramso.db" "SELECT count(*) FROM sessions WHERE learner_id = (SELECT id FROM learners)")
[[ "$sessions" == 1 ]] || { echo "sessions attached to her: $sessions" >&2; exit 1; }
echo "stored: $row"
