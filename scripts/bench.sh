#!/usr/bin/env bash
# Benchmarks for the kiosk, printed as a table with the targets beside them.
#   - launch → first presented frame (median of 5)
#   - memory: peak RSS and PSS while idle on the attract screen
#   - idle CPU over 30 s on the attract screen (% of one core)
#   - frame CPU time (median, p99) while the driver taps through the screens at 1920x1080
#   - a 7-day soak on the simulated clock (issue 8): RSS growth, descriptors, sessions, errors
#   - time to first audio for a typical lesson step: Listen → first samples at the audio device,
#     cold (espeak synthesises) and cached (memory; disk after a restart), SDL's dummy device
# Uses Xvfb + the X11 video driver when Xvfb is installed (closest to a real panel),
# else SDL's offscreen driver. Software renderer either way (no GPU here).
# Ratios are against the Chromium-kiosk baseline measured in shared/PERF.md.
#   IDLE_SECONDS=30 RUNS=5 SOAK_DAYS=7 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
tramso_install_deps "${TRAMSO_PACKAGES[@]}" xvfb procps

IDLE_SECONDS=${IDLE_SECONDS:-30}
RUNS=${RUNS:-5}
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/release --target tramso bench_narration -j"$(nproc)" >/dev/null
bin=build/release/tramso
tmp=$(mktemp -d)
trap 'kill ${xvfb_pid:-} 2>/dev/null || true; rm -rf "$tmp"' EXIT

mode_args=(--headless)
if command -v Xvfb >/dev/null; then
  Xvfb :91 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  export DISPLAY=:91 SDL_VIDEODRIVER=x11 XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$tmp}
  mode_args=(--windowed --size 1920x1080)
  mode="Xvfb 1920x1080, software renderer"
else
  mode="offscreen 1920x1080, software renderer"
fi
# The config forces the software renderer: no GPU on this machine, and it is the honest worst case.
sed 's/^renderer = "auto"/renderer = "software"/' config/kiosk.toml >"$tmp/kiosk.toml"
common=(--config "$tmp/kiosk.toml" --db "$tmp/bench.db")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# 1. Launch → first frame.
for _ in $(seq "$RUNS"); do
  start=$(date +%s%6N)
  out=$("$bin" "${mode_args[@]}" "${common[@]}" --exit-after-first-frame)
  first=${out#first_frame_wall_us=}
  echo $(( (first - start) / 1000 ))
done >"$tmp/launch"
launch_ms=$(median <"$tmp/launch")

# 2+3. Idle on the attract screen: CPU from /proc/PID/stat deltas, memory from smaps_rollup.
"$bin" "${mode_args[@]}" "${common[@]}" &
pid=$!
sleep 3
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(ticks); s0=$(date +%s%N)
sleep "$IDLE_SECONDS"
t1=$(ticks); s1=$(date +%s%N)
hz=$(getconf CLK_TCK)
idle_cpu=$(awk -v d=$((t1 - t0)) -v hz="$hz" -v ns=$((s1 - s0)) 'BEGIN {printf "%.2f", 100 * (d / hz) / (ns / 1e9)}')
pss_kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")
hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
kill "$pid"; wait "$pid" 2>/dev/null || true

# 4. Frame CPU while tapping through the screens (simulated clock, offscreen).
stats=$(SDL_VIDEODRIVER= DISPLAY= "$bin" --headless --size 1920x1080 "${common[@]}" --frame-stats \
        --script tests/bench/tap_through.script)
f_med=$(sed -n 's/.*cpu_ms_median=\([0-9.]*\).*/\1/p' <<<"$stats")
f_p99=$(sed -n 's/.*cpu_ms_p99=\([0-9.]*\).*/\1/p' <<<"$stats")
frames=$(sed -n 's/.*frames=\([0-9]*\).*/\1/p' <<<"$stats")

# 5. Soak: simulated days of visitors, walk-aways and nights through the real app and store.
SOAK_DAYS=${SOAK_DAYS:-7}
mkdir -p "$tmp/soak"
soak_start=$(date +%s)
soak_out=$(SDL_VIDEODRIVER= DISPLAY= "$bin" --headless --size 1280x800 --config "$tmp/kiosk.toml" \
           --db "$tmp/soak/tramso.db" --soak "$SOAK_DAYS") || soak_failed=1
soak_wall=$(( $(date +%s) - soak_start ))
echo "$soak_out" | sed 's/^/  /'
soak_growth=$(sed -n 's/.*rss=[0-9.]* MB (growth \([-+0-9.]*\) MB).*/\1/p' <<<"$soak_out")
soak_fds=$(sed -n 's/.*fds=[0-9]* (growth \([-+0-9]*\)).*/\1/p' <<<"$soak_out")
soak_sessions=$(sed -n 's/.*sessions started=\([0-9]*\) recorded=\([0-9]*\).*/\2 of \1/p' <<<"$soak_out")
soak_errors=$(sed -n 's/^soak: errors=\([0-9]*\) faults=\([0-9]*\).*/\1 + \2/p' <<<"$soak_out")
# 5. Narration (issue 9): time to first audio, medians of $RUNS.
voice=$(SDL_AUDIODRIVER=dummy RUNS="$RUNS" build/release/tests/ui/bench_narration)
v_cold=$(sed -n 's/^first_audio_cold_ms=//p' <<<"$voice")
v_mem=$(sed -n 's/^first_audio_memory_ms=//p' <<<"$voice")
v_disk=$(sed -n 's/^first_audio_disk_ms=//p' <<<"$voice")
v_chars=$(sed -n 's/^typical_step_chars=//p' <<<"$voice")

pss_mb=$(awk -v k="$pss_kb" 'BEGIN {printf "%.1f", k / 1024}')
rss_mb=$(awk -v k="$hwm_kb" 'BEGIN {printf "%.1f", k / 1024}')
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a / b}'; }

echo
echo "Trạm Số benchmark ($mode; $(nproc) cores; $(date -u +%F))"
printf '%-40s %12s %14s %22s\n' "figure" "measured" "target" "vs Chromium kiosk"
printf '%-40s %12s %14s %22s\n' "launch → first frame (median of $RUNS)" "${launch_ms} ms" "< 300 ms" "$(ratio 500 "$launch_ms") sooner (500 ms)"
printf '%-40s %12s %14s %22s\n' "peak RSS" "${rss_mb} MB" "< 80 MB" ""
printf '%-40s %12s %14s %22s\n' "PSS idle on attract" "${pss_mb} MiB" "≤ 53 MiB" "$(ratio 424 "$pss_mb") less (424 MiB)"
printf '%-40s %12s %14s %22s\n' "CPU idle on attract (${IDLE_SECONDS} s)" "${idle_cpu} %" "< 1 %" "Chromium: 0.33 %"
printf '%-40s %12s %14s %22s\n' "frame CPU median ($frames frames)" "${f_med} ms" "" ""
printf '%-40s %12s %14s %22s\n' "frame CPU p99" "${f_p99} ms" "< 8 ms" ""
printf '%-40s %12s %14s %22s\n' "soak ${SOAK_DAYS} d: RSS growth" "${soak_growth} MB" "< 2 MB" "(${soak_wall} s wall)"
printf '%-40s %12s %14s %22s\n' "soak: descriptor growth" "${soak_fds}" "0" ""
printf '%-40s %12s %14s %22s\n' "soak: sessions recorded" "${soak_sessions}" "all" ""
printf '%-40s %12s %14s %22s\n' "soak: errors + faults" "${soak_errors}" "0" ""
printf '%-40s %12s %14s %22s\n' "first audio, step ($v_chars B), cold" "${v_cold} ms" "< 500 ms" ""
printf '%-40s %12s %14s %22s\n' "first audio, cached in memory" "${v_mem} ms" "< 100 ms" ""
printf '%-40s %12s %14s %22s\n' "first audio, cached on disk" "${v_disk} ms" "< 100 ms" ""
if [[ -n ${soak_failed:-} ]]; then echo "soak FAILED (see above)"; exit 1; fi
