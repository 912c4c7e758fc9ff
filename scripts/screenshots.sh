#!/usr/bin/env bash
# Regenerates the README screenshots in docs/screenshots/ with the headless driver, at
# 1920x1080 and 1280x800, from the same flow scripts the tests run. TRAMSO_DEV=path uses an
# already built tramso-dev (e.g. build/test/tramso-dev) instead of building a release one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
tramso_install_deps "${TRAMSO_PACKAGES[@]}"
dev=${TRAMSO_DEV:-}
if [ -z "$dev" ]; then
  cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/release --target tramso-dev -j"$(nproc)" >/dev/null
  dev=build/release/tramso-dev
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 1920x1080 1280x800; do
  out=docs/screenshots/$size
  mkdir -p "$out"
  for script in tests/flows/wake_home_language.script tests/flows/lesson_hint_and_leave.script; do
    "$dev" --headless --size "$size" --script "$script" --shots "$tmp/$size" --db "$tmp/$size.db"
  done
  "$dev" lesson-flow cuoc-goi-lua-dao >"$tmp/scam.script"
  "$dev" --headless --size "$size" --script "$tmp/scam.script" --shots "$tmp/$size" --db "$tmp/$size-2.db"
  # Registration, the idle question and the attract panels, each on a fresh database.
  for script in tests/flows/registration/register_telex.script tests/flows/idle_warning.script \
                tests/flows/attract_panels.script; do
    name=$(basename "$script" .script)
    "$dev" --headless --size "$size" --script "$script" --shots "$tmp/$size" --db "$tmp/$size-$name.db"
  done
  for shot in attract home home_en lesson_explain lesson_practice_hint lesson_practice_done lesson_leave_question end_visit_question \
              cuoc-goi-lua-dao-05-practice-before cuoc-goi-lua-dao-05-practice cuoc-goi-lua-dao-08-quiz-wrong cuoc-goi-lua-dao-10-finish \
              cuoc-goi-lua-dao-qr home_register_row register_consent register_keyboard register_name_problem \
              register_ward register_review register_saved returning_welcome idle_warning_countdown \
              attract_lessons attract_tip attract_hours; do
    cp "$tmp/$size/$shot.png" "$out/$shot.png"
  done
done
echo "screenshots written to docs/screenshots/"
