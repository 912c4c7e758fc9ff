#!/usr/bin/env bash
# Generates the walk-through script for one lesson, runs it headless, then scans the finish
# screen's QR code from its screenshot with a real decoder (zbarimg): it must read exactly the
# lesson's follow-up link plus the reference the kiosk recorded with qr_shown.
# qr_shot_check then measures it on the screenshot: crisp and at least 45 mm on the panel.
# With OFF_CENTRE_MM every right tap on the phone lands that far beside its target's centre.
#   run_lesson_flow.sh TRAMSO_DEV LESSON_ID SIZE OUT_DIR [QR_SHOT_CHECK] [OFF_CENTRE_MM]
set -euo pipefail
tramso_dev=$1 id=$2 size=$3 out=$4 shot_check=${5:-} off_centre=${6:-0}
mkdir -p "$out"
rm -f "$out"/tramso.db*  # one visit per run: the reference below is this run's
"$tramso_dev" lesson-flow "$id" content --off-centre "$off_centre" >"$out/$id.script"
"$tramso_dev" --headless --script "$out/$id.script" --shots "$out" --size "$size" \
  --db "$out/tramso.db" --config config/kiosk.toml

fail() { echo "FAIL ($id $size): $*" >&2; exit 1; }
# The link as a person reads it from the files: the lesson's followup joined to the kiosk's base_url.
setting() { sed -n "s/^$1 *= *\"\([^\"]*\)\".*/\1/p" "$2" | head -n1; }
followup=$(setting followup "content/lessons/$id.toml")
base=$(setting base_url config/kiosk.toml)
param=$(setting ref_param config/kiosk.toml)
[ -n "$followup" ] || fail "no followup in content/lessons/$id.toml"
case $followup in https://*) link=$followup ;; *) link=${base%/}/$followup ;; esac
case $link in *\?*) sep='&' ;; *) sep='?' ;; esac
ref=$(sqlite3 "$out/tramso.db" \
  "SELECT json_extract(payload, '\$.ref') FROM events WHERE kind = 'qr_shown' AND target = '$id' ORDER BY seq")
[[ $ref =~ ^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$ ]] || fail "qr_shown reference '$ref' is not one 6-character code"
expected="$link$sep$param=$ref"

scanned=$(zbarimg -q --raw "$out/$id-qr.png") || fail "zbarimg found no QR code in $out/$id-qr.png"
[ "$scanned" = "$expected" ] || fail "QR on screen reads '$scanned', expected '$expected'"
echo "QR on the finish screen reads $scanned"
if [ -n "$shot_check" ]; then
  diagonal=$(sed -n 's/^diagonal_inches *= *\([0-9.]*\).*/\1/p' config/kiosk.toml)
  "$shot_check" "$out/$id-qr.png" "$diagonal" 45 || fail "QR on the finish screen is not crisp or not ≥ 45 mm"
fi
