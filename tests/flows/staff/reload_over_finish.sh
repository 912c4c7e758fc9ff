#!/usr/bin/env bash
# Staff reloads the lessons while a learner's finish screen is under staff mode, then staff mode
# times out and the finish screen is drawn again from the lessons it was opened with. Run under
# AddressSanitizer, this fails on any use of the freed lessons.
#   reload_over_finish.sh TRAMSO TRAMSO_DEV LESSON_ID SIZE OUT_DIR
set -euo pipefail
tramso=$1 tramso_dev=$2 id=$3 size=$4 out=$5
rm -rf "$out" && mkdir -p "$out"
db=$out/tramso.db
printf '2468\n2468\n' | "$tramso" set-pin --config config/kiosk.toml --db "$db" >/dev/null
script=$out/reload_over_finish.script
# The lesson walked to its finish screen, as the lesson journeys do; then staff mode over it.
"$tramso_dev" lesson-flow "$id" content | sed '/^tap "Về trang chủ"/,$d' >"$script"
cat >>"$script" <<'STEPS'
press "Logo" 3.2
expect "Nhập mã PIN cán bộ"
tap "2"
tap "4"
tap "6"
tap "8"
tap "Vào"
tap "Bảo trì"
tap "Tải lại bài học"
expect "Đã tải lại bài học:"
shot reloaded
# Staff walks away: after two minutes staff mode closes; the learner's screen comes back under
# the idle question, and her finish screen is there when she answers.
wait 125
expect-not "Bảo trì"
expect "Chị vẫn đang học chứ?"
tap "Tôi vẫn đang học"
expect "Về trang chủ"
shot finish_after_reload
tap "Học bài tiếp theo"
expect "Tiếp theo"
STEPS
"$tramso_dev" --headless --script "$script" --shots "$out" --size "$size" --db "$db" --config config/kiosk.toml
