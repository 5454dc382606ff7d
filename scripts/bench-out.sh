#!/usr/bin/env bash
# Measures what `--out` costs: W1 (M/M/100, about 1,000,000 calls) and a copy of it ten times
# as long (about 10,000,000 calls), each run three ways — without --out, with --out, with
# --out --calls — timed by /usr/bin/time -v: CPU time (user + system) and peak memory (maximum
# resident set size), and the ratios to the run without --out. The goal (issue 16): with --out
# and --calls at most 3 × the CPU time and 1.5 × the peak memory of the run without.
#   scripts/bench-out.sh                    builds ccsim in release, then measures
#   CCSIM=/tmp/ccsim-before scripts/bench-out.sh   measures that binary instead (no build)
#   SIZES=1 scripts/bench-out.sh            only the 1 M-call run (SIZES="1 10" by default)
#   REPEAT=3 scripts/bench-out.sh          each run three times, the median CPU and peak shown
#                                            (the machine is shared: one run can be noisy)
# One run of each by default (a run at 10 M calls takes a while); the output directories are
# removed. Peaks are in MB to a tenth, so that ratios near a goal are not rounding.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CCSIM:-}" ]; then
  swift build -c release --static-swift-stdlib --product ccsim >&2
  CCSIM=.build/release/ccsim
fi
[ -x /usr/bin/time ] || { echo "bench-out.sh: needs /usr/bin/time (GNU time)" >&2; exit 69; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The 10 M-call workload: W1 run ten times as long (925h56m × 10 = 9259h20m).
sed 's/"duration": "925h56m"/"duration": "9259h20m"/; s/1,000,000 calls/10,000,000 calls/' \
  scenarios/bench/w1.json >"$work/w1-10m.json"
grep -q '"9259h20m"' "$work/w1-10m.json" || { echo "bench-out.sh: W1 changed" >&2; exit 70; }

# Runs ccsim with the given arguments under /usr/bin/time -v, REPEAT times (the output
# directory, if any, removed before each); prints the medians "CPU-SECONDS PEAK-MB
# SYSTEM-SECONDS" (the system time, apart: the kernel taking a large calls.csv into its page
# cache, which varies from run to run on a shared machine).
measure() {
  local runs=()
  for _ in $(seq "${REPEAT:-1}"); do
    rm -rf "$work/out"
    /usr/bin/time -v -o "$work/time" "$CCSIM" run "$@" --quiet --allow-large --format json \
      >"$work/summary.json"
    runs+=("$(awk -F': ' '
      /User time/ { cpu += $2 } /System time/ { cpu += $2; sys = $2 }
      /Maximum resident set size/ { peak = $2 / 1024 }
      END { printf "%.2f %.1f %.2f\n", cpu, peak, sys }' "$work/time")")
  done
  local middle=$(((${#runs[@]} + 1) / 2))
  printf '%s %s %s\n' \
    "$(printf '%s\n' "${runs[@]}" | cut -d' ' -f1 | sort -n | sed -n "${middle}p")" \
    "$(printf '%s\n' "${runs[@]}" | cut -d' ' -f2 | sort -n | sed -n "${middle}p")" \
    "$(printf '%s\n' "${runs[@]}" | cut -d' ' -f3 | sort -n | sed -n "${middle}p")"
}

# A ccsim from before --calls writes calls.csv with every --out: its one --out run is that.
# "no report" leaves report.html out (--files), to show what the report costs apart.
modes=("--out" "--out --calls" "--out --calls, no report")
"$CCSIM" run --help | grep -q -- '--calls' || modes=("--out")

printf '%-5s %-24s %8s %8s %7s %7s %6s\n' size run cpu_s peak_MB cpu_x peak_x sys_s
for size in ${SIZES:-1 10}; do
  scenario=scenarios/bench/w1.json
  [ "$size" = 10 ] && scenario="$work/w1-10m.json"
  read -r cpu0 peak0 sys0 < <(measure "$scenario")
  printf '%-5s %-24s %8s %8s %7s %7s %6s\n' "${size}M" "no --out" "$cpu0" "$peak0" 1.00 1.00 "$sys0"
  for mode in "${modes[@]}"; do
    rm -rf "$work/out"
    extra=()
    case "$mode" in
      "--out --calls") extra=(--calls) ;;
      "--out --calls, no report") extra=(--calls --files summary,intervals,agents) ;;
    esac
    read -r cpu peak sys < <(measure "$scenario" --out "$work/out" "${extra[@]}")
    calls=$([ -f "$work/out/calls.csv" ] && du -m "$work/out/calls.csv" | cut -f1 || echo -)
    report=$([ -f "$work/out/report.html" ] && du -m "$work/out/report.html" | cut -f1 || echo -)
    awk -v s="${size}M" -v m="$mode" -v c="$cpu" -v p="$peak" -v c0="$cpu0" -v p0="$peak0" \
      -v y="$sys" -v f="$calls" -v r="$report" 'BEGIN {
        printf "%-5s %-24s %8s %8s %7.2f %7.2f %6s  (calls.csv %s MB, report.html %s MB)\n",
          s, m, c, p, c / c0, p / p0, y, f, r
      }'
  done
done
