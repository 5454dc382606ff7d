#!/usr/bin/env bash
# Builds ccsim in release and prints its speed on the benchmark workloads, timing the whole
# process (scenario loading, simulation, report) as ../shared/bench does: W1 (M/M/100), W2
# (M/M/100+M), cms-day (one CMS centre day) and national (2,000 agents, 20 teams, 30 days),
# each the median of RUNS runs, with peak memory and the cost per call relative to W1.
#   scripts/bench.sh            three runs each
#   RUNS=9 scripts/bench.sh
# Then the routing scaling cases (scripts/make-scaling-scenarios.py): one 100-agent team
# answering 1, 100 and 1,000 queues, and a routing step naming 1, 10 and 100 teams, each as its
# cost per call relative to the single queue (single team). With valgrind installed, the cost is
# the instructions the simulation (CentreRun.run, loading and report left out) executes per call,
# counted by callgrind — stable on a busy machine; without it, CPU time per call. Either way the
# difference of a 32-hour and an 8-hour run, divided by the difference of their calls, so that the
# set-up of the centre does not count.
#   SCALING=0 scripts/bench.sh   the workloads only;   SCALING=only scripts/bench.sh   the cases only
#   CCSIM=BINARY scripts/bench.sh   measures BINARY instead of building (e.g. a baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
# A statically linked standard library saves about 5 ms of start-up per run.
ccsim=${CCSIM:-.build/release/ccsim}
[ -n "${CCSIM:-}" ] || swift build -c release --static-swift-stdlib --product ccsim >&2
if [ "${SCALING:-1}" != only ]; then
python3 - "${RUNS:-3}" "$ccsim" <<'PY'
import json, os, statistics, subprocess, sys, time
runs = int(sys.argv[1])
workloads = [("W1", "scenarios/bench/w1.json"), ("W2", "scenarios/bench/w2.json"),
             ("cms-day", "scenarios/cms-day.json"), ("national", "scenarios/bench/national.json")]
w1_cost = None
for name, path in workloads:
    times, peaks, out = [], [], None
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen([sys.argv[2], "run", path, "--format", "json"],
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
fi
[ "${SCALING:-1}" != 0 ] || exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/make-scaling-scenarios.py "$work/short" 8
python3 scripts/make-scaling-scenarios.py "$work/long" 32
tool=cpu
if command -v valgrind > /dev/null; then
  tool=callgrind
  # valgrind cannot read the static binary's DWARF; the symbols are enough.
  cp "$ccsim" "$work/ccsim" && strip --strip-debug "$work/ccsim" && ccsim="$work/ccsim"
fi
python3 - "$ccsim" "$work" "$tool" <<'PY'
import json, os, re, subprocess, sys
ccsim, work, tool = sys.argv[1:]

def cost(path):
    """(calls, instructions or CPU seconds) of one run."""
    if tool == "callgrind":
        out = f"{work}/callgrind.out"
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                              "--toggle-collect=$s13ContactCentre0B3RunO3run_11replication*",
                              ccsim, "run", path, "--format", "json", "--quiet"],
                             capture_output=True, text=True, check=True)
        total = int(re.search(r"summary: (\d+)", open(out).read()).group(1))
        return json.loads(run.stdout)["calls"]["offered"], total
    process = subprocess.Popen([ccsim, "run", path, "--format", "json", "--quiet"],
                               stdout=subprocess.PIPE, text=True)
    out = process.stdout.read()
    _, _, usage = os.wait4(process.pid, 0)
    return json.loads(out)["calls"]["offered"], usage.ru_utime + usage.ru_stime

unit = "instructions" if tool == "callgrind" else "µs CPU"
for family, cases in (("queues", (1, 100, 1000)), ("teams", (1, 10, 100))):
    first = None
    for n in cases:
        short_calls, short = cost(f"{work}/short/{family}-{n}.json")
        long_calls, long = cost(f"{work}/long/{family}-{n}.json")
        per_call = (long - short) / (long_calls - short_calls)
        if tool != "callgrind":
            per_call *= 1e6
        first = first or per_call
        label = {"queues": f"one 100-agent team, {n} queues", "teams": f"a step naming {n} teams"}
        print(f"scaling {family}-{n}: {label[family]}: {per_call:,.0f} {unit} per call "
              f"({per_call / first:.2f}× {family}-1)")
PY
