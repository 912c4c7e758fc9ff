#!/usr/bin/env bash
# Runs help_request.script at one size with the help button's centre filled in: the centre of
# ui/screens/help.cpp's help_button_rect() for config/kiosk.toml's 21.5" panel (theme metrics:
# margin, gap and button height in millimetres). A tap there that opens the waiting screen
# proves the button is where this says.
#   run_help_request.sh TRAMSO_DEV SIZE OUT_DIR
set -euo pipefail
tramso_dev=$1 size=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
case $size in
  1280x800) x=838 y=61 ;;
  1920x1080) x=1261 y=88 ;;
  *) echo "run_help_request.sh: no help button centre known for $size" >&2; exit 2 ;;
esac
rm -rf "$out"
mkdir -p "$out"
sed -e "s/@HELP_X@/$x/g" -e "s/@HELP_Y@/$y/g" "$here/help_request.script.in" > "$out/help_request.script"
exec "$tramso_dev" --headless --script "$out/help_request.script" --shots "$out" --size "$size" \
  --db "$out/tramso.db" --config config/kiosk.toml
