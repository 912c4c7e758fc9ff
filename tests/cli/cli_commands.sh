#!/usr/bin/env bash
# The command-line tools a staff member or installer uses, run as they would be.
#   cli_commands.sh TRAMSO TRAMSO_DEV ESCPOS_TO_PNG   (tramso-dev only makes a database to back up)
set -euo pipefail
tramso=$1 tramso_dev=$2 escpos_to_png=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# check-content: the bundled lessons pass; the broken fixtures fail with file:line:col.
"$tramso" check-content content | grep -q "12 lessons OK" || fail "bundled content does not pass"
if "$tramso" check-content tests/data/lessons >"$tmp/out" 2>&1; then fail "broken fixtures passed"; fi
grep -qE "unknown-key.toml:[0-9]+:[0-9]+: " "$tmp/out" || fail "no file:line:col in check-content output"

# A lesson whose header has tens of thousands of dotted parts is one error at its line, and
# the other lessons still load: exit code 1, not a crash.
cp -r content "$tmp/deep" && chmod -R u+w "$tmp/deep"
{ printf 'id = "deep"\n['; printf 'a.%.0s' $(seq 30000); printf 'a]\n'; } >"$tmp/deep/lessons/deep.toml"
rc=0; "$tramso" check-content "$tmp/deep" >"$tmp/out" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "check-content on a deep-key lesson exited $rc: $(tail -3 "$tmp/out")"
grep -qE "deep/lessons/deep.toml:2:[0-9]+: .*dotted parts" "$tmp/out" || fail "deep key not reported at file:line: $(head -3 "$tmp/out")"

# check-content builds each lesson's QR link as the finish screen does: a base_url that makes
# the links too long for the code is reported at each lesson's followup line.
sed "s|^base_url = .*|base_url = \"https://hoctapso.vn/$(printf 'a%.0s' $(seq 200))/\"|" config/kiosk.toml >"$tmp/long.toml"
if "$tramso" check-content --config "$tmp/long.toml" content >"$tmp/out" 2>&1; then fail "too-long QR links passed"; fi
grep -qE "content/lessons/vneid.toml:7:12: the follow-up link .* is too long for the QR code" "$tmp/out" \
  || fail "too-long QR link not reported at the followup line: $(head -3 "$tmp/out")"
"$tramso" check-content --config config/kiosk.toml content | grep -q "12 lessons OK" || fail "check-content --config"
# A folder or a pipe given as --config is an error naming it, not a run on defaults or a hang.
mkdir "$tmp/confdir" && mkfifo "$tmp/conf.fifo"
for bad in "$tmp/confdir" "$tmp/conf.fifo"; do
  if timeout 20 "$tramso" check-content --config "$bad" content >"$tmp/out" 2>&1; then fail "--config $bad accepted"; fi
  grep -qE "$bad: the config file is a (folder|pipe)" "$tmp/out" || fail "--config $bad not refused by name: $(head -3 "$tmp/out")"
done

# print-test to a file: the ESC/POS slip, played back into a PNG, scans to the configured link.
sed -e 's|^output = .*|output = "file"|' -e "s|^target = .*|target = \"$tmp/slip.bin\"|" config/kiosk.toml >"$tmp/print.toml"
"$tramso" print-test --config "$tmp/print.toml" | grep -q "test slip sent" || fail "print-test"
"$escpos_to_png" "$tmp/slip.bin" "$tmp/slip.png" >/dev/null || fail "the test slip is not clean ESC/POS"
[ "$(zbarimg -q --raw "$tmp/slip.png")" = "https://hoctapso.vn/bai/" ] || fail "test slip QR does not decode to the base URL"
sed -e 's|^output = .*|output = "device"|' -e "s|^target = .*|target = \"$tmp/none/lp0\"|" config/kiosk.toml >"$tmp/nodev.toml"
if "$tramso" print-test --config "$tmp/nodev.toml" 2>"$tmp/err"; then fail "print-test to a missing printer succeeded"; fi
grep -q "none/lp0: no printer at this path" "$tmp/err" || fail "print-test error does not name the device: $(cat "$tmp/err")"

# qr: a PNG that a real decoder reads back exactly.
url="https://hoctapso.vn/bai/lam-quen-dien-thoai?r=K7Q2XM"
"$tramso" qr --out "$tmp/qr.png" "$url" >/dev/null
[ "$(zbarimg -q --raw "$tmp/qr.png")" = "$url" ] || fail "QR PNG does not decode to $url"

# backup: a verified copy of a database the kiosk wrote, into the configured folder.
"$tramso_dev" --headless --script tests/flows/idle_reset.script --db "$tmp/t.db" >/dev/null 2>&1
sed "s|^backup_dir = .*|backup_dir = \"$tmp/backups\"|" config/kiosk.toml >"$tmp/k.toml"
"$tramso" backup --config "$tmp/k.toml" --db "$tmp/t.db" | grep -q "backup verified" || fail "backup"
[ "$(sqlite3 "$tmp"/backups/*.db "SELECT COUNT(*) FROM sessions")" -ge 1 ] || fail "backup has no sessions"
if "$tramso" backup --config "$tmp/k.toml" --db "$tmp/nowhere/t.db" 2>"$tmp/err"; then fail "backup of a missing file succeeded"; fi
grep -q "nowhere/t.db" "$tmp/err" || fail "backup error does not name the file"

# say: Vietnamese speech of plausible length.
"$tramso" say --out "$tmp/x.wav" "Xin chào chị" >/dev/null
bytes=$(stat -c %s "$tmp/x.wav")
[ "$bytes" -gt 20000 ] || fail "speech WAV too short ($bytes bytes)"
# say without --out plays it (CTest's SDL_AUDIODRIVER=dummy plays in real time, silently).
SDL_AUDIODRIVER=dummy "$tramso" say "Xin chào chị" >"$tmp/said" || fail "say on the audio output failed"
grep -q "said" "$tmp/said" || fail "say did not report what it played"
if SDL_AUDIODRIVER=no-such-driver "$tramso" say "Xin chào" 2>"$tmp/err"; then fail "say without a device succeeded"; fi
grep -q -- "--out" "$tmp/err" || fail "say without a device does not suggest --out"
echo "cli commands OK"
