#!/usr/bin/env bash
# The finish screen with a receipt printer, run as the real kiosk, headless.
#   run_print_flow.sh TRAMSO_DEV ESCPOS_TO_PNG file|missing|none LESSON_ID SIZE OUT_DIR
# file:    printer.output = "file"; the slip file is played back into a PNG (escpos_to_png)
#          whose QR code zbarimg must read as exactly the link the screen showed.
# missing: printer.output = "device" at a path with no printer; the learner sees the friendly
#          message, the failure is logged and recorded, and the kiosk carries on.
# none:    no printer (the shipped config): she can ask staff to print it, a recorded help
#          request from the finish screen.
set -euo pipefail
tramso_dev=$1 to_png=$2 mode=$3 id=$4 size=$5 out=$6
fail() { echo "FAIL (print $mode $id $size): $*" >&2; exit 1; }
mkdir -p "$out"
rm -f "$out"/tramso.db* "$out/slip.bin" "$out/slip.png"

case $mode in
  file) output=file target=$out/slip.bin fixture=tests/flows/fixtures/print_to_file.script ;;
  missing) output=device target=$out/no-printer/lp0 fixture=tests/flows/fixtures/print_device_missing.script ;;
  none) output=none target="" fixture=tests/flows/fixtures/print_ask_staff.script ;;
  *) fail "unknown mode" ;;
esac
sed -e "s|^output = .*|output = \"$output\"|" -e "s|^target = .*|target = \"$target\"|" \
  -e "s|^timeout_seconds = .*|timeout_seconds = 2|" config/kiosk.toml >"$out/kiosk.toml"
grep -q "^output = \"$output\"" "$out/kiosk.toml" || fail "could not set printer.output in the test config"

# The lesson walk up to its finish screen (its last two lines go home), then the fixture.
"$tramso_dev" lesson-flow "$id" content | head -n -2 >"$out/$mode.script"
cat "$fixture" >>"$out/$mode.script"
"$tramso_dev" --headless --script "$out/$mode.script" --shots "$out" --size "$size" \
  --db "$out/tramso.db" --config "$out/kiosk.toml" 2>"$out/stderr.txt" || { cat "$out/stderr.txt" >&2; fail "script failed"; }

sql() { sqlite3 "$out/tramso.db" "$1"; }
ref=$(sql "SELECT json_extract(payload, '\$.ref') FROM events WHERE kind = 'qr_shown' AND target = '$id'")
[[ $ref =~ ^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$ ]] || fail "no single qr_shown reference ('$ref')"
if [ "$mode" = file ]; then
  [ "$(sql "SELECT ok FROM events WHERE kind = 'qr_printed'")" = 1 ] || fail "qr_printed not recorded as ok"
  "$to_png" "$out/slip.bin" "$out/slip.png" >/dev/null || fail "the slip file is not clean ESC/POS"
  screen=$(zbarimg -q --raw "$out/finish-printed.png") || fail "no QR code on the screen"
  printed=$(zbarimg -q --raw "$out/slip.png") || fail "no QR code on the printed slip"
  [[ $screen == *"?r=$ref" ]] || fail "screen QR '$screen' does not end in the recorded reference $ref"
  [ "$printed" = "$screen" ] || fail "slip QR '$printed' differs from the screen's '$screen'"
  echo "slip and screen QR read $printed"
elif [ "$mode" = none ]; then
  [ "$(sql "SELECT COUNT(*) FROM events WHERE kind = 'help_requested' AND target = 'finish'")" = 1 ] \
    || fail "the request to print was not recorded as a help request from the finish screen"
  echo "no printer: asked staff to print, recorded as a help request"
else
  [ ! -e "$out/slip.bin" ] || fail "a slip file appeared"
  [ "$(sql "SELECT COUNT(*) FROM events WHERE kind = 'qr_printed' AND ok = 0")" = 2 ] || fail "two failures not recorded"
  sql "SELECT json_extract(payload, '\$.error') FROM events WHERE kind = 'qr_printed'" | grep -q "no-printer/lp0" \
    || fail "recorded failure does not name the device"
  grep -q "printer: slip for lesson $id not printed: .*no-printer/lp0" "$out/stderr.txt" || fail "failure not logged"
  echo "missing printer: message shown, failure logged and recorded, kiosk carried on"
fi
