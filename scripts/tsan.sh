#!/usr/bin/env bash
# Builds the tests of the kiosk's threaded parts with ThreadSanitizer (build/tsan) and runs
# them: the store's writer and worker, the runtime's event queue, the speech worker, the print
# worker, the audio player, the log and the stop-signal thread. Any data race, lock-order
# inversion or unsafe signal call fails the run. Called by scripts/test.sh; safe alone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

build=build/tsan
# -O1: ThreadSanitizer's documented setting, fast enough and with exact stacks.
cmake -S . -B "$build" -DTRAMSO_TSAN=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
  -DTRAMSO_WERROR="${TRAMSO_WERROR:-OFF}" >/dev/null
# Each binary with the test files that start threads; the rest of its tests are single-threaded
# and already run under ASan and UBSan.
declare -A files=(
  [test_store]="*test_recorder.cpp,*test_record_writer.cpp,*test_crash.cpp,*test_backup_retention.cpp,*test_storage_status.cpp"
  [test_app]="*runtime_test.cpp,*records_stored_test.cpp,*finish_flow_test.cpp,*slip_printer_test.cpp"
  [test_print]="*test_print_worker.cpp,*test_backends.cpp"
  [test_voice]="*test_speech_worker.cpp"
  [test_platform]="*test_log.cpp,*test_stop_signals.cpp"
  [test_ui]="*test_audio_player.cpp,*test_narration_ui.cpp"
)
order=(test_store test_app test_print test_voice test_platform test_ui)
cmake --build "$build" -j"$(nproc)" --target "${order[@]}"

export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
export SDL_AUDIODRIVER=dummy
failed=()
for t in "${order[@]}"; do
  echo "== $t (ThreadSanitizer)"
  "$build/tests/${t#test_}/$t" --source-file="${files[$t]}" --no-version=true ||
    failed+=("$t")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "ThreadSanitizer: failed in ${failed[*]}" >&2
  exit 1
fi
echo "ThreadSanitizer: no race in ${order[*]}"
