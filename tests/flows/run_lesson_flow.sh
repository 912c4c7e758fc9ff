#!/usr/bin/env bash
# Generates the walk-through script for one lesson and runs it headless.
#   run_lesson_flow.sh TRAMSO LESSON_ID SIZE OUT_DIR
set -euo pipefail
tramso=$1 id=$2 size=$3 out=$4
mkdir -p "$out"
"$tramso" lesson-flow "$id" content >"$out/$id.script"
exec "$tramso" --headless --script "$out/$id.script" --shots "$out" --size "$size" \
  --db "$out/tramso.db" --config config/kiosk.toml
