#!/usr/bin/env bash
# Builds ccsim in release and prints its calls per second on the benchmark workloads W1 and W2,
# timing the whole process (scenario loading, simulation, report), as ../shared/bench does.
#   scripts/bench.sh            W1 and W2, three runs each, the median
#   RUNS=5 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# A statically linked standard library saves about 5 ms of start-up per run.
swift build -c release --static-swift-stdlib --product ccsim >&2
python3 - "${RUNS:-3}" <<'PY'
import json, statistics, subprocess, sys, time
runs = int(sys.argv[1])
for workload in ("w1", "w2"):
    times, out = [], None
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([".build/release/ccsim", "run", f"scenarios/bench/{workload}.json",
                              "--format", "json"], check=True, capture_output=True, text=True).stdout
        times.append(time.perf_counter() - start)
    summary = json.loads(out)
    calls = summary["calls"]["offered"]
    median = statistics.median(times)
    m = summary["metrics"]
    print(f"{workload.upper()}: {calls:,} calls in {median:.3f} s (median of {runs}) "
          f"= {calls / median:,.0f} calls/s; P(wait) {m['probabilityOfWait']['mean']:.4f}, "
          f"ASA {m['averageSpeedOfAnswer']['mean']:.3f} s, SL {m['serviceLevel']['mean']:.4f}, "
          f"abandon {m['abandonRate']['mean']:.4f}")
PY
