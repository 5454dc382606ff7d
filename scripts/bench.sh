#!/usr/bin/env bash
# Builds ccsim in release and prints its speed on the benchmark workloads, timing the whole
# process (scenario loading, simulation, report) as ../shared/bench does: W1 (M/M/100), W2
# (M/M/100+M), cms-day (one CMS centre day) and national (2,000 agents, 20 teams, 30 days),
# each the median of RUNS runs, with peak memory and the cost per call relative to W1.
#   scripts/bench.sh            three runs each
#   RUNS=9 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# A statically linked standard library saves about 5 ms of start-up per run.
swift build -c release --static-swift-stdlib --product ccsim >&2
python3 - "${RUNS:-3}" <<'PY'
import json, os, statistics, subprocess, sys, time
runs = int(sys.argv[1])
workloads = [("W1", "scenarios/bench/w1.json"), ("W2", "scenarios/bench/w2.json"),
             ("cms-day", "scenarios/cms-day.json"), ("national", "scenarios/bench/national.json")]
w1_cost = None
for name, path in workloads:
    times, peaks, out = [], [], None
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen([".build/release/ccsim", "run", path, "--format", "json"],
                                   stdout=subprocess.PIPE, text=True)
        out = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)  # this run's own peak memory
        times.append(time.perf_counter() - start)
        if status != 0:
            sys.exit(f"ccsim failed on {path}")
        peaks.append(usage.ru_maxrss / 1024)
    summary = json.loads(out)
    calls = summary["calls"]["offered"]
    median = statistics.median(times)
    cost = median / calls * 1e6
    w1_cost = w1_cost or cost
    m = summary["metrics"]
    print(f"{name}: {calls:,} calls in {median:.3f} s (median of {runs}) = {calls / median:,.0f} "
          f"calls/s, {cost:.3f} µs/call ({cost / w1_cost:.2f}× W1), peak {max(peaks):.0f} MB; "
          f"SL {m['serviceLevel']['mean']:.4f}, ASA {m['averageSpeedOfAnswer']['mean']:.3f} s, "
          f"abandon {m['abandonRate']['mean']:.4f}")
PY
