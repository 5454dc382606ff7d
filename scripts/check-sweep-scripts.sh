#!/usr/bin/env bash
# Runs the cluster recipes for sweeps on this machine and checks that each gives the results of
# an unsharded run, byte for byte: scripts/slurm-sweep.sh with a stand-in `sbatch` that runs the
# array's tasks and the dependent merge here (and checks the sbatch options the script gives,
# and that a failed shard makes the merge job name it and exit 1), the shell of
# scripts/k8s-sweep.yaml's two Jobs with JOB_COMPLETION_INDEX = 0 … N − 1 (and that a shard
# failing every attempt ends the merge Job at once, naming it), and the README's
# GNU parallel line (when parallel is installed). Needs python3 (with PyYAML for the Kubernetes
# part).
#   scripts/check-sweep-scripts.sh             builds a debug ccsim
#   CCSIM=.build/release/ccsim scripts/check-sweep-scripts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CCSIM:-}" ]; then
  swift build --product ccsim >&2
  CCSIM=$(swift build --show-bin-path)/ccsim
fi
ccsim=$(cd "$(dirname "$CCSIM")" && pwd)/$(basename "$CCSIM")
sweep=scenarios/sweeps/cms-day-agents.json
shards=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$ccsim" sweep "$sweep" --out "$work/whole" --quiet > /dev/null
same() {  # same DIR LABEL: DIR holds the unsharded run's results, byte for byte
  for file in results.json results.csv manifest.json replications.tsv; do
    cmp -s "$work/whole/$file" "$1/$file" || { echo "$2: $file differs" >&2; exit 1; }
  done
  echo "$2: identical to the unsharded run"
}

# Slurm: a stand-in sbatch that logs its options to $work/sbatch.log and runs the job at once
# (each task of an array in turn), its output in --output, its exit status in the log; with
# LOSE_TASK=K it leaves task K out, as if the task had been killed.
mkdir -p "$work/bin"
cat > "$work/bin/sbatch" <<'SBATCH'
#!/usr/bin/env bash
set -euo pipefail
array="" output=/dev/null export=ALL cpus=1
echo "$*" >> "$SBATCH_LOG"
while [ $# -gt 0 ]; do
  case "$1" in
    --array=*) array=${1#--array=} ;;
    --output=*) output=${1#--output=} ;;
    --export=*) export=${1#--export=} ;;
    --cpus-per-task=*) cpus=${1#--cpus-per-task=} ;;
    --parsable | --*=*) ;;
    -*) echo "sbatch (stand-in): write options as --name=value, not $1" >&2; exit 1 ;;
    *) break ;;
  esac
  shift
done
job=$(( $(wc -l < "$SBATCH_LOG") + 100 ))
environment=()
case "$export" in ALL,*) IFS=, read -ra environment <<< "${export#ALL,}" ;; esac
if [ -z "$array" ]; then
  status=0
  env "${environment[@]}" SLURM_JOB_ID=$job "$@" > "${output//%j/$job}" 2>&1 || status=$?
  echo "job $job exit $status" >> "$SBATCH_LOG"
  echo "$job"
  exit
fi
tasks=${array%\%*}
for range in ${tasks//,/ }; do
  for task in $(seq "${range%-*}" "${range#*-}"); do
    [ "$task" = "${LOSE_TASK:-}" ] && continue
    log=${output//%A/$job}
    status=0
    env "${environment[@]}" SLURM_ARRAY_JOB_ID=$job SLURM_ARRAY_TASK_ID=$task \
      SLURM_CPUS_PER_TASK=$cpus "$@" > "${log//%a/$task}" 2>&1 || status=$?
    echo "task $job.$task exit $status" >> "$SBATCH_LOG"
  done
done
echo "$job;cluster"
SBATCH
chmod +x "$work/bin/sbatch"
export SBATCH_LOG=$work/sbatch.log
slurm() { PATH="$work/bin:$PATH" CCSIM=${CCSIM:-$ccsim} scripts/slurm-sweep.sh "$@" > /dev/null; }
expect() {  # expect LABEL PATTERN FILE: the file has a line matching PATTERN
  grep -qE -- "$2" "$3" || { echo "slurm-sweep.sh: $1: no /$2/ in $3:" >&2; cat "$3" >&2; exit 1; }
}
: > "$SBATCH_LOG"
slurm --partition short --account=proj42 --cpus-per-task 2 --mem 1500M --time 00:20:00 \
  --max-running 3 --sbatch=--qos=quick "$sweep" "$work/slurm" "$shards"
same "$work/slurm/results" "slurm-sweep.sh ($shards shards)"
head -n 1 "$SBATCH_LOG" > "$work/array.txt"
grep '^--parsable --job-name=ccsim-merge' "$SBATCH_LOG" > "$work/merge.txt"
for option in --partition=short --account=proj42 --cpus-per-task=2 --mem=1500M --time=00:20:00 \
  "--array=1-$shards%3" --qos=quick "scripts/slurm-sweep.sh /.*\.json $work/slurm $shards\$"; do
  expect "the array's options" " $option( |\$)" "$work/array.txt"
done
for option in --partition=short --account=proj42 --qos=quick "--dependency=afterany:[0-9]+" \
  "scripts/slurm-sweep.sh --merge $work/slurm $shards /.*\.json\$"; do
  expect "the merge job's options" " $option( |\$)" "$work/merge.txt"
done
expect "the merge job" "^job [0-9]+ exit 0$" "$SBATCH_LOG"
: > "$SBATCH_LOG"
slurm "$sweep" "$work/slurm-defaults" 2
expect "default options" " --cpus-per-task=2 --mem=1G --time=02:00:00 " "$SBATCH_LOG"
echo "slurm-sweep.sh: sbatch options as given (partition, account, CPUs, memory, time)"

# A shard that fails, a shard that never ends, and the failed one again with --only: a tiny
# sweep, and a ccsim that fails shard 2 of 3.
scripts/failing-shard.sh "$work/tiny" "$ccsim"
tiny=$work/tiny/out
"$ccsim" sweep "$work/tiny/sweep.json" --out "$work/tiny/whole" --quiet > /dev/null
: > "$SBATCH_LOG"
CCSIM=$work/tiny/failing-ccsim LOSE_TASK=3 slurm "$work/tiny/sweep.json" "$tiny" 3
expect "a failed shard" "^job [0-9]+ exit 1$" "$SBATCH_LOG"
expect "a failed shard" "^shard 2 of 3 failed \(exit 70\): see $tiny/logs/shard-2.out$" \
  "$tiny/logs/merge.out"
expect "a lost shard" "^shard 3 of 3 did not finish" "$tiny/logs/merge.out"
expect "the rerun" "--only 2,3 $work/tiny/sweep.json $tiny 3$" "$tiny/logs/merge.out"
[ ! -e "$tiny/results" ] || { echo "slurm-sweep.sh: results despite failed shards" >&2; exit 1; }
: > "$SBATCH_LOG"
slurm --only 2,3 "$work/tiny/sweep.json" "$tiny" 3
expect "--only" " --array=2,3 " "$SBATCH_LOG"
expect "--only" "^task [0-9]+\.2 exit 0$" "$SBATCH_LOG"
! grep -qE '^task [0-9]+\.1 ' "$SBATCH_LOG" || { echo "--only 2,3 ran shard 1" >&2; exit 1; }
for file in results.json results.csv manifest.json replications.tsv; do
  cmp -s "$work/tiny/whole/$file" "$tiny/results/$file" \
    || { echo "slurm-sweep.sh --only: $file differs" >&2; exit 1; }
done
echo "slurm-sweep.sh: failed and lost shards named by the merge job (exit 1); --only 2,3 then"
echo "  completes the sweep, identical to the unsharded run"
status=0
PATH="$work/bin:$PATH" scripts/slurm-sweep.sh --cpus "$sweep" out 2> /dev/null || status=$?
[ $status = 64 ] || { echo "slurm-sweep.sh --cpus: exit $status, not 64" >&2; exit 1; }
scripts/slurm-sweep.sh --help | grep -q -- '--account A' || { echo "no --help" >&2; exit 1; }

# Kubernetes: the Jobs' shell commands, with the volume in a temporary directory; then the
# tiny sweep with shard 2 failing every attempt the Job allows (the merge Job fails at once,
# naming it, with no results), and failing once before it succeeds (the merge completes).
if python3 -c 'import yaml' 2> /dev/null; then
  python3 - "$work" "$ccsim" "$sweep" "$shards" "$work/tiny" <<'PY'
import os, subprocess, sys, yaml
work, ccsim, sweep, shards, tiny = sys.argv[1:]
sweep_job, merge_job = [d for d in yaml.safe_load_all(open("scripts/k8s-sweep.yaml"))
                        if d["kind"] == "Job"]
def run(job, env, volume, binary=ccsim, shards=shards, sweep=sweep):
    container = job["spec"]["template"]["spec"]["containers"][0]
    script = container["args"][0].replace("/sweep/", volume + "/").replace("ccsim ", binary + " ")
    environment = {e["name"]: e["value"] for e in container.get("env", [])}
    environment.update(env, SHARDS=shards, SWEEP=sweep, PATH=os.environ["PATH"])
    return subprocess.run(container["command"] + [script], env=environment,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
assert sweep_job["spec"]["completionMode"] == "Indexed"
for index in range(int(shards)):
    assert run(sweep_job, {"JOB_COMPLETION_INDEX": str(index)}, work + "/k8s").returncode == 0
assert run(merge_job, {}, work + "/k8s").returncode == 0

attempts = sweep_job["spec"]["backoffLimitPerIndex"] + 1
merge_container = merge_job["spec"]["template"]["spec"]["containers"][0]
merge_env = {e["name"]: e["value"] for e in merge_container["env"]}
assert int(merge_env["ATTEMPTS"]) == attempts, "ATTEMPTS is not backoffLimitPerIndex + 1"
failing = tiny + "/failing-ccsim"
def shard(index, volume, binary):
    return run(sweep_job, {"JOB_COMPLETION_INDEX": str(index)}, volume, binary, "3",
               tiny + "/sweep.json").returncode
volume = work + "/k8s-failing"
assert shard(0, volume, failing) == 0 and shard(2, volume, failing) == 0
for attempt in range(attempts):
    assert shard(1, volume, failing) == 70, "shard 2 of the failing ccsim did not fail"
merged = run(merge_job, {}, volume, shards="3")
assert merged.returncode == 1, f"merge exit {merged.returncode} with a shard failed for good"
assert f"shard 2/3 failed {attempts} times; no results:" in merged.stderr, merged.stderr
assert merged.stderr.count("shard 2/3: exit 70 on ") == attempts, merged.stderr
assert not os.path.exists(volume + "/results"), "results despite a shard failed for good"
volume = work + "/k8s-retried"
assert shard(0, volume, failing) == 0 and shard(2, volume, failing) == 0
assert shard(1, volume, failing) == 70 and shard(1, volume, ccsim) == 0
assert run(merge_job, {}, volume, shards="3").returncode == 0
for name in ["results.json", "results.csv", "manifest.json", "replications.tsv"]:
    whole = open(tiny + "/whole/" + name, "rb").read()
    assert open(volume + "/results/" + name, "rb").read() == whole, name + " differs"
PY
  same "$work/k8s/results" "k8s-sweep.yaml ($shards indexed pods)"
  echo "k8s-sweep.yaml: a shard failed for good ends the merge Job (exit 1, naming it); one"
  echo "  that fails and then succeeds does not"
else
  echo "k8s-sweep.yaml: skipped (no PyYAML)"
fi

# GNU parallel, as in the README.
if command -v parallel > /dev/null; then
  N=$shards
  parallel -j 2 "$ccsim" sweep "$sweep" --shard {}/$N --out "$work/parallel/parts/{}" --quiet \
    ::: $(seq 1 $N)
  "$ccsim" merge $(seq -f "$work/parallel/parts/%g" 1 $N) --out "$work/parallel/results" \
    --quiet > /dev/null
  same "$work/parallel/results" "GNU parallel ($N shards)"
else
  echo "GNU parallel: skipped (not installed)"
fi
