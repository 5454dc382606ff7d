#!/usr/bin/env bash
# Runs the cluster recipes for sweeps on this machine and checks that each gives the results of
# an unsharded run, byte for byte: scripts/slurm-sweep.sh with a stand-in `sbatch` that runs the
# array's tasks and the dependent merge here, the shell of scripts/k8s-sweep.yaml's two Jobs with
# JOB_COMPLETION_INDEX = 0 … N − 1, and the README's GNU parallel line (when parallel is
# installed). Needs python3 (with PyYAML for the Kubernetes part).
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

# Slurm: a stand-in sbatch that runs the array's tasks one after another, and --wrap commands.
mkdir -p "$work/bin"
cat > "$work/bin/sbatch" <<'SBATCH'
#!/usr/bin/env bash
set -euo pipefail
array="" wrap=""
while [ $# -gt 0 ]; do
  case "$1" in
    --array=*) array=${1#--array=} ;;
    --wrap=*) wrap=${1#--wrap=} ;;
    --*) ;;
    *) break ;;
  esac
  shift
done
if [ -n "$wrap" ]; then sh -c "$wrap" > /dev/null; echo 2; exit; fi
last=${array#1-}
for task in $(seq 1 "$last"); do
  SLURM_ARRAY_TASK_ID=$task SLURM_ARRAY_TASK_COUNT=$last SLURM_CPUS_PER_TASK=1 "$@"
done
echo "1;cluster"
SBATCH
chmod +x "$work/bin/sbatch"
PATH="$work/bin:$PATH" CCSIM="$ccsim" scripts/slurm-sweep.sh "$sweep" "$work/slurm" "$shards" \
  > /dev/null
same "$work/slurm/results" "slurm-sweep.sh ($shards shards)"

# Kubernetes: the Jobs' shell commands, with the volume in a temporary directory.
if python3 -c 'import yaml' 2> /dev/null; then
  python3 - "$work" "$ccsim" "$sweep" "$shards" <<'PY'
import os, subprocess, sys, yaml
work, ccsim, sweep, shards = sys.argv[1:]
sweep_job, merge_job = [d for d in yaml.safe_load_all(open("scripts/k8s-sweep.yaml"))
                        if d["kind"] == "Job"]
def run(job, env):
    container = job["spec"]["template"]["spec"]["containers"][0]
    script = container["args"][0].replace("/sweep/", work + "/k8s/").replace("ccsim ", ccsim + " ")
    environment = {e["name"]: e["value"] for e in container.get("env", [])}
    environment.update(env, SHARDS=shards, SWEEP=sweep, PATH=os.environ["PATH"])
    subprocess.run(container["command"] + [script], env=environment, check=True,
                   stdout=subprocess.DEVNULL)
assert sweep_job["spec"]["completionMode"] == "Indexed"
for index in range(int(shards)):
    run(sweep_job, {"JOB_COMPLETION_INDEX": str(index)})
run(merge_job, {})
PY
  same "$work/k8s/results" "k8s-sweep.yaml ($shards indexed pods)"
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
