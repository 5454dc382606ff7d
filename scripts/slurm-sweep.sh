#!/bin/bash
# A ccsim sweep as a Slurm job array (docs/sweeps.md): task K of N runs shard K/N into
# OUT/parts/K, and a merge job, which starts once every task has ended however it ended,
# writes OUT/results/results.{json,csv} — or, when a shard failed, names it and exits 1.
#
#   scripts/slurm-sweep.sh --partition short --account proj42 \
#     scenarios/sweeps/cms-day-agents.json sweep-out 16
#
# Run it on a login node; see --help. The sweep file, its scenario, OUT and the ccsim binary
# must be on a file system every node sees.
#
# The #SBATCH lines below are only for submitting the array by hand (the options of the
# script override them):
#   sbatch --array=1-16 scripts/slurm-sweep.sh SWEEP OUT      # then, when all have ended:
#   ccsim merge OUT/parts/{1..16} --out OUT/results
#SBATCH --job-name=ccsim-sweep
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=02:00:00
#SBATCH --output=ccsim-sweep-%A_%a.out
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/slurm-sweep.sh [OPTIONS] SWEEP OUT [SHARDS]

Submits the sweep as a Slurm job array of SHARDS tasks (default 16; task K runs
'ccsim sweep SWEEP --shard K/SHARDS --out OUT/parts/K --jobs CPUS') and a merge job that
starts when every task has ended (--dependency=afterany). The merge job checks each task's
exit status, kept in OUT/status/K: when all are 0 it runs 'ccsim merge' into OUT/results;
otherwise it names the shards that failed and their logs, and exits 1. Logs go to
OUT/logs/shard-K.out and OUT/logs/merge.out.

Options (each also as --option=VALUE):
  --partition P       The partition (sbatch --partition). Default: the cluster's default.
  --account A         The account to charge (sbatch --account); many clusters require one.
  --cpus-per-task C   CPUs per shard (default 2); the shard runs C replications side by side.
  --mem M             Memory per shard, as sbatch --mem takes it (default 1G).
  --time T            Time limit per shard (default 02:00:00); the merge job gets 00:30:00.
  --max-running M     At most M shards at a time (--array=1-N%M).
  --only K,K,...      Submit only these shards again (after a failure), with the merge of all
                      N: the other shards' parts and exit statuses in OUT are kept.
  --sbatch OPTION     Pass OPTION to both sbatch commands as it is (e.g. --sbatch=--qos=short);
                      may be repeated.
  -h, --help          This help.

Environment: CCSIM names the ccsim binary (default: ccsim on PATH).
USAGE
}

# Task K of the array: run shard K/N and record how it ended (a task that is killed records
# nothing, which the merge job reports as well).
if [ -n "${SLURM_ARRAY_TASK_ID:-}" ] && [ "${1:-}" != --merge ]; then
  sweep=$1 out=$2
  shards=${3:-${SLURM_ARRAY_TASK_COUNT:-${SLURM_ARRAY_TASK_MAX:-}}}
  task=$SLURM_ARRAY_TASK_ID
  mkdir -p "$out/status"
  status=0
  "${CCSIM:-ccsim}" sweep "$sweep" --shard "$task/$shards" --out "$out/parts/$task" \
    --jobs "${SLURM_CPUS_PER_TASK:-1}" --quiet || status=$?
  echo "$status" > "$out/status/$task"
  exit "$status"
fi

# The merge job: every shard must have ended with status 0.
if [ "${1:-}" = --merge ]; then
  out=$2 shards=$3 sweep=$4
  failed=()
  for task in $(seq 1 "$shards"); do
    status=$(cat "$out/status/$task" 2> /dev/null || true)
    if [ "$status" = 0 ]; then continue; fi
    failed+=("$task")
    if [ -z "$status" ]; then
      echo "shard $task of $shards did not finish (cancelled, out of time or memory, or its" \
        "node failed): see $out/logs/shard-$task.out" >&2
    else
      echo "shard $task of $shards failed (exit $status): see $out/logs/shard-$task.out" >&2
    fi
  done
  if [ ${#failed[@]} -gt 0 ]; then
    list=$(IFS=,; echo "${failed[*]}")
    echo "no results: ${#failed[@]} of $shards shards failed ($list); once the cause is" \
      "fixed, resubmit them, with the options given before:" \
      "scripts/slurm-sweep.sh --only $list $sweep $out $shards" >&2
    exit 1
  fi
  parts=()
  for task in $(seq 1 "$shards"); do parts+=("$out/parts/$task"); done
  exec "${CCSIM:-ccsim}" merge "${parts[@]}" --out "$out/results"
fi

# Not inside a job: submit the array and the merge job.
cpus=2 mem=1G time=02:00:00 throttle="" only="" extra=() positionals=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --partition=* | --account=*) extra+=("$1") ;;
    --cpus-per-task=*) cpus=${1#*=} ;;
    --mem=*) mem=${1#*=} ;;
    --time=*) time=${1#*=} ;;
    --max-running=*) throttle=${1#*=} ;;
    --only=*) only=${1#*=} ;;
    --sbatch=*) extra+=("${1#*=}") ;;
    --partition | --account | --cpus-per-task | --mem | --time | --max-running | --only | --sbatch)
      [ $# -ge 2 ] || { echo "slurm-sweep.sh: $1 needs a value" >&2; exit 64; }
      set -- "$1=$2" "${@:3}"
      continue ;;
    --) shift; positionals+=("$@"); break ;;
    -*) echo "slurm-sweep.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
    *) positionals+=("$1") ;;
  esac
  shift
done
if [ ${#positionals[@]} -lt 2 ] || [ ${#positionals[@]} -gt 3 ]; then
  usage >&2
  exit 64
fi
sweep=${positionals[0]} out=${positionals[1]} shards=${positionals[2]:-16}
whole() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }
whole "$shards" || { echo "slurm-sweep.sh: SHARDS must be a whole number ≥ 1" >&2; exit 64; }
whole "$cpus" \
  || { echo "slurm-sweep.sh: --cpus-per-task must be a whole number ≥ 1" >&2; exit 64; }
[ -z "$throttle" ] || whole "$throttle" \
  || { echo "slurm-sweep.sh: --max-running must be a whole number ≥ 1" >&2; exit 64; }
[ -f "$sweep" ] || { echo "slurm-sweep.sh: $sweep: no such file" >&2; exit 66; }

# Jobs start in the submission directory, but the paths are made absolute all the same, and
# the binary is found now, as the user sees it.
ccsim=${CCSIM:-ccsim}
if [[ $ccsim != */* ]]; then
  ccsim=$(command -v "$ccsim") \
    || { echo "slurm-sweep.sh: no $ccsim on PATH (set CCSIM)" >&2; exit 66; }
fi
ccsim=$(cd "$(dirname "$ccsim")" && pwd)/$(basename "$ccsim")
mkdir -p "$out/parts" "$out/status" "$out/logs"
out=$(cd "$out" && pwd)
sweep=$(cd "$(dirname "$sweep")" && pwd)/$(basename "$sweep")
"$ccsim" validate "$sweep" > /dev/null  # refused here, not in N jobs (exit 65 with every problem)

if [ -n "$only" ]; then
  [[ $only =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "slurm-sweep.sh: --only takes K,K,..." >&2; exit 64; }
  for task in ${only//,/ }; do
    if [ "$task" -lt 1 ] || [ "$task" -gt "$shards" ]; then
      echo "slurm-sweep.sh: --only: there is no shard $task of $shards" >&2
      exit 64
    fi
    rm -f "$out/status/$task"
  done
  tasks=$only
else
  rm -f "$out/status/"*
  tasks=1-$shards
fi

array=$(sbatch --parsable --job-name=ccsim-sweep --array="$tasks${throttle:+%$throttle}" \
  --cpus-per-task="$cpus" --mem="$mem" --time="$time" --output="$out/logs/shard-%a.out" \
  --export=ALL,CCSIM="$ccsim" ${extra[@]+"${extra[@]}"} "$0" "$sweep" "$out" "$shards")
array=${array%%;*}  # --parsable may add ";cluster"
merge=$(sbatch --parsable --job-name=ccsim-merge --dependency="afterany:$array" \
  --cpus-per-task=1 --mem="$mem" --time=00:30:00 --output="$out/logs/merge.out" \
  --export=ALL,CCSIM="$ccsim" ${extra[@]+"${extra[@]}"} "$0" --merge "$out" "$shards" "$sweep")
merge=${merge%%;*}
echo "submitted shards $tasks of $shards as array job $array and the merge as job $merge"
echo "results: $out/results/results.csv once job $merge has ended (its log: $out/logs/merge.out)"
