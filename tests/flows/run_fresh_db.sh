#!/usr/bin/env bash
# Runs one UI journey on a brand-new database (registration): resume codes are drawn
# from a seeded generator, so a script can type the code it was given only if no earlier run
# already holds that code in the same file.
#   run_fresh_db.sh TRAMSO_DEV SCRIPT SIZE OUT_DIR
set -euo pipefail
tramso_dev=$1 script=$2 size=$3 out=$4
rm -rf "$out"
mkdir -p "$out"
exec "$tramso_dev" --headless --script "$script" --shots "$out" --size "$size" --db "$out/tramso.db" --config config/kiosk.toml
