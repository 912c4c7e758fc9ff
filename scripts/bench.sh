#!/usr/bin/env bash
# Benchmarks for the kiosk, printed as a table with the targets beside them.
#   - launch → first presented frame (median of 5)
#   - memory: peak RSS and PSS while idle on the attract screen
#   - idle CPU over 30 s on the attract screen (% of one core)
#   - frame CPU time (median, p99) while the driver taps through the screens at 1920x1080
#   - frame CPU time on a lesson practice step with the hint moving (the lesson-sized phone,
#     its halo and hand redrawn about ten times a second), 1920x1080
#   - a 30-day soak on the simulated clock, voice on (SDL's dummy audio device): RSS growth beyond
#     the bounded caches, how far RSS moves from day 8 on, descriptors, sessions, errors
#   - time to first audio for a typical lesson step: Listen → first samples at the audio device,
#     cold (espeak synthesises) and cached (memory; disk after a restart), SDL's dummy device
#   - the store (tests/store/bench_store.cpp): time on the frame loop to record an event
#     (p50/p99), durable events per second (WAL, synchronous=FULL), and the staff report queries
#     over a generated year of use (~1M events, 50,000 sessions); medians of STORE_RUNS runs
# Uses Xvfb + the X11 video driver when Xvfb is installed (closest to a real panel),
# else SDL's offscreen driver. Software renderer either way (no GPU here).
#   IDLE_SECONDS=30 RUNS=5 SOAK_DAYS=30 STORE_RUNS=3 scripts/bench.sh
#   BENCH_ONLY=store scripts/bench.sh     just the store figures
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
tramso_install_deps "${TRAMSO_PACKAGES[@]}" xvfb procps

IDLE_SECONDS=${IDLE_SECONDS:-30}
RUNS=${RUNS:-5}
STORE_RUNS=${STORE_RUNS:-3}
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
if [ "${BENCH_ONLY:-}" = store ]; then targets=(bench_store); else targets=(tramso tramso-dev bench_narration bench_store); fi
cmake --build build/release --target "${targets[@]}" -j"$(nproc)" >/dev/null
# Launch, memory and idle CPU are the installed binary's; frame CPU and the soak need the
# developer binary's script driver and soak (the same libraries).
bin=build/release/tramso
dev_bin=build/release/tramso-dev
tmp=$(mktemp -d)
trap 'kill ${xvfb_pid:-} 2>/dev/null || true; rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# 5 (first, while the machine is quiet). The store: bench_store prints tables; each figure is
# the median over STORE_RUNS runs, each on a freshly generated database.
for i in $(seq "$STORE_RUNS"); do
  TMPDIR=$tmp build/release/tests/store/bench_store >"$tmp/store-$i.txt"
done
# store_figure "LABEL": the first number after the label, from every run, median.
store_figure() {
  for i in $(seq "$STORE_RUNS"); do
    awk -v label="$1" 'index($0, label) == 1 { split(substr($0, length(label) + 1), f, " "); print f[1]; exit }' \
      "$tmp/store-$i.txt"
  done | median
}
us_to_ms() { awk -v u="$1" 'BEGIN {printf "%.4f", u / 1000}'; }
rec_p50=$(store_figure "enqueue p50 (one every 2 ms)")
rec_p99=$(store_figure "enqueue p99 (one every 2 ms)")
burst_p99=$(store_figure "enqueue p99 (burst)")
durable_rate=$(store_figure "durable events per second (burst, to flush)")
q_per_day=$(store_figure "sessions per day (year)")
q_funnel=$(store_figure "lesson funnel (one lesson, year)")
q_search_prefix=$(store_figure "learner search: key prefix")
q_search_contains=$(store_figure "learner search: key contains + birth year")
q_sessions_list=$(store_figure "sessions list, page 1 (all)")
q_monthly=$(store_figure "monthly summary (March)")
store_size=$(sed -n 's/^== Staff queries: \(.*\) ==$/\1/p' "$tmp/store-1.txt")
# Slowest staff query in any run (start-up work such as quick_check is not a staff query).
q_slowest=$(cat "$tmp"/store-*.txt | awk '/^== Staff queries/ {on = 1; next} on && /^online backup/ {on = 0}
  on && !/start-up/ && !/^query/ && NF >= 4 { v = $(NF - 2); if ($NF ~ /target/) v = $(NF - 8); if (v + 0 > m) { m = v + 0; n = $0 } }
  END { printf "%.2f", m }')

print_store_table() {
  echo
  echo "Store benchmark (bench_store, release build; median of $STORE_RUNS runs; $(nproc) cores; $(date -u +%F))"
  echo "Data for the queries: $store_size"
  printf '%-48s %14s %14s\n' "figure" "measured" "target"
  printf '%-48s %14s %14s\n' "record an event on the frame loop, p50" "$(us_to_ms "$rec_p50") ms" ""
  printf '%-48s %14s %14s\n' "record an event on the frame loop, p99" "$(us_to_ms "$rec_p99") ms" "< 0.2 ms"
  printf '%-48s %14s %14s\n' "  same, p99 in a burst of 100,000" "$(us_to_ms "$burst_p99") ms" "< 0.2 ms"
  printf '%-48s %14s %14s\n' "durable events per second (synchronous=FULL)" "${durable_rate} /s" ""
  printf '%-48s %14s %14s\n' "sessions per day (a year)" "${q_per_day} ms" "< 200 ms"
  printf '%-48s %14s %14s\n' "per-lesson funnel (a year)" "${q_funnel} ms" "< 200 ms"
  printf '%-48s %14s %14s\n' "learner search, name prefix" "${q_search_prefix} ms" "< 200 ms"
  printf '%-48s %14s %14s\n' "learner search, name contains + birth year" "${q_search_contains} ms" "< 200 ms"
  printf '%-48s %14s %14s\n' "sessions list, first page" "${q_sessions_list} ms" "< 200 ms"
  printf '%-48s %14s %14s\n' "monthly summary" "${q_monthly} ms" "< 200 ms"
  printf '%-48s %14s %14s\n' "slowest staff query, any run (best of 4)" "${q_slowest} ms" "< 200 ms"
}
if [ "${BENCH_ONLY:-}" = store ]; then
  cat "$tmp/store-1.txt"
  print_store_table
  exit 0
fi

mode_args=(--windowed --size 1920x1080)
if command -v Xvfb >/dev/null; then
  Xvfb :91 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  export DISPLAY=:91 SDL_VIDEODRIVER=x11 XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$tmp}
  mode="Xvfb 1920x1080, software renderer"
else
  export SDL_VIDEODRIVER=offscreen
  mode="offscreen 1920x1080, software renderer"
fi
# The config forces the software renderer: no GPU on this machine, and it is the honest worst case.
sed 's/^renderer = "auto"/renderer = "software"/' config/kiosk.toml >"$tmp/kiosk.toml"
common=(--config "$tmp/kiosk.toml" --db "$tmp/bench.db")

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
stats=$(SDL_VIDEODRIVER= DISPLAY= "$dev_bin" --headless --size 1920x1080 "${common[@]}" --frame-stats \
        --script tests/bench/tap_through.script)
f_med=$(sed -n 's/.*cpu_ms_median=\([0-9.]*\).*/\1/p' <<<"$stats")
f_p99=$(sed -n 's/.*cpu_ms_p99=\([0-9.]*\).*/\1/p' <<<"$stats")
frames=$(sed -n 's/.*frames=\([0-9]*\).*/\1/p' <<<"$stats")
# 4b. The same on a practice step whose hint animates (tests/bench/practice_hint.script).
pstats=$(SDL_VIDEODRIVER= DISPLAY= "$dev_bin" --headless --size 1920x1080 "${common[@]}" --frame-stats \
         --script tests/bench/practice_hint.script)
p_med=$(sed -n 's/.*cpu_ms_median=\([0-9.]*\).*/\1/p' <<<"$pstats")
p_p99=$(sed -n 's/.*cpu_ms_p99=\([0-9.]*\).*/\1/p' <<<"$pstats")
p_frames=$(sed -n 's/.*frames=\([0-9]*\).*/\1/p' <<<"$pstats")

# 5. Soak: simulated days of visitors, walk-aways and nights through the real app and store.
SOAK_DAYS=${SOAK_DAYS:-30}
mkdir -p "$tmp/soak"
soak_start=$(date +%s)
soak_out=$(SDL_VIDEODRIVER= DISPLAY= SDL_AUDIODRIVER=dummy "$dev_bin" --headless --size 1280x800 --config "$tmp/kiosk.toml" \
           --db "$tmp/soak/tramso.db" --soak "$SOAK_DAYS") || soak_failed=1
soak_wall=$(( $(date +%s) - soak_start ))
echo "$soak_out" | sed 's/^/  /'
soak_growth=$(sed -n 's/^soak: end rss=[0-9.]* MB (growth \([-+0-9.]*\) MB.*/\1/p' <<<"$soak_out")
soak_rest=$(sed -n 's/^soak: end .*, the rest \([-+0-9.]*\) MB).*/\1/p' <<<"$soak_out")
soak_band=$(sed -n 's/^soak: RSS from day [0-9]* on: .*(band \([0-9.]*\) MB.*/\1/p' <<<"$soak_out")
soak_fds=$(sed -n 's/.*fds=[0-9]* (growth \([-+0-9]*\)).*/\1/p' <<<"$soak_out")
soak_sessions=$(sed -n 's/.*sessions started=\([0-9]*\) recorded=\([0-9]*\).*/\2 of \1/p' <<<"$soak_out")
soak_errors=$(sed -n 's/^soak: errors=\([0-9]*\) faults=\([0-9]*\).*/\1 + \2/p' <<<"$soak_out")
# 5. Narration: time to first audio, medians of $RUNS.
voice=$(SDL_AUDIODRIVER=dummy RUNS="$RUNS" build/release/tests/ui/bench_narration)
v_cold=$(sed -n 's/^first_audio_cold_ms=//p' <<<"$voice")
v_mem=$(sed -n 's/^first_audio_memory_ms=//p' <<<"$voice")
v_disk=$(sed -n 's/^first_audio_disk_ms=//p' <<<"$voice")
v_chars=$(sed -n 's/^typical_step_chars=//p' <<<"$voice")

pss_mb=$(awk -v k="$pss_kb" 'BEGIN {printf "%.1f", k / 1024}')
rss_mb=$(awk -v k="$hwm_kb" 'BEGIN {printf "%.1f", k / 1024}')

echo
echo "Trạm Số benchmark ($mode; $(nproc) cores; $(date -u +%F))"
printf '%-40s %12s %14s %22s\n' "figure" "measured" "target" ""
printf '%-40s %12s %14s %22s\n' "launch → first frame (median of $RUNS)" "${launch_ms} ms" "< 300 ms" ""
printf '%-40s %12s %14s %22s\n' "peak RSS" "${rss_mb} MB" "< 80 MB" ""
printf '%-40s %12s %14s %22s\n' "PSS idle on attract" "${pss_mb} MiB" "≤ 53 MiB" ""
printf '%-40s %12s %14s %22s\n' "CPU idle on attract (${IDLE_SECONDS} s)" "${idle_cpu} %" "< 1 %" ""
printf '%-40s %12s %14s %22s\n' "frame CPU median ($frames frames)" "${f_med} ms" "" ""
printf '%-40s %12s %14s %22s\n' "frame CPU p99" "${f_p99} ms" "< 8 ms" ""
printf '%-40s %12s %14s %22s\n' "practice hint: frame CPU median ($p_frames)" "${p_med} ms" "" ""
printf '%-40s %12s %14s %22s\n' "practice hint: frame CPU p99" "${p_p99} ms" "< 8 ms" ""
printf '%-40s %12s %14s %22s\n' "soak ${SOAK_DAYS} d: RSS growth, all" "${soak_growth} MB" "" "(${soak_wall} s wall)"
printf '%-40s %12s %14s %22s\n' "  beyond the bounded caches" "${soak_rest} MB" "< 2 MB" ""
printf '%-40s %12s %14s %22s\n' "  RSS band from day 8 on" "${soak_band:-n/a} MB" "≤ 1 MB" ""
printf '%-40s %12s %14s %22s\n' "soak: descriptor growth" "${soak_fds}" "0" ""
printf '%-40s %12s %14s %22s\n' "soak: sessions recorded" "${soak_sessions}" "all" ""
printf '%-40s %12s %14s %22s\n' "soak: errors + faults" "${soak_errors}" "0" ""
printf '%-40s %12s %14s %22s\n' "first audio, step ($v_chars B), cold" "${v_cold} ms" "< 500 ms" ""
printf '%-40s %12s %14s %22s\n' "first audio, cached in memory" "${v_mem} ms" "< 100 ms" ""
printf '%-40s %12s %14s %22s\n' "first audio, cached on disk" "${v_disk} ms" "< 100 ms" ""
print_store_table
if [[ -n ${soak_failed:-} ]]; then echo "soak FAILED (see above)"; exit 1; fi
