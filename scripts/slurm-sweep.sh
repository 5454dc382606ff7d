#!/bin/bash
# A ccsim sweep as a Slurm job array: task K of N runs shard K/N into OUT/parts/K, and a merge
# job that starts when every task has succeeded writes OUT/results.{json,csv} (docs/sweeps.md).
#
# Submit both with one command, from a login node (N defaults to 16):
#   scripts/slurm-sweep.sh scenarios/sweeps/cms-day-agents.json sweep-out 16
# or submit the array yourself and merge when it is done:
#   sbatch --array=1-16 scripts/slurm-sweep.sh scenarios/sweeps/cms-day-agents.json sweep-out
#   ccsim merge sweep-out/parts/{1..16} --out sweep-out/results
#
# CCSIM names the binary (default: ccsim on PATH). The sweep file, its scenario and OUT must be
# on a file system every node sees.
#SBATCH --job-name=ccsim-sweep
#SBATCH --array=1-16
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=02:00:00
#SBATCH --output=ccsim-sweep-%A_%a.out
set -euo pipefail

sweep=${1:?usage: slurm-sweep.sh SWEEP OUT [SHARDS]}
out=${2:?usage: slurm-sweep.sh SWEEP OUT [SHARDS]}
ccsim=${CCSIM:-ccsim}

if [ -z "${SLURM_ARRAY_TASK_ID:-}" ]; then
  # Not a task of the array: submit the array, then the merge job depending on all of it.
  shards=${3:-16}
  mkdir -p "$out/parts"
  array=$(sbatch --parsable --array="1-$shards" "$0" "$sweep" "$out")
  array=${array%%;*}  # --parsable may add ";cluster"
  parts=$(seq -f "$out/parts/%g" 1 "$shards" | tr '\n' ' ')
  merge=$(sbatch --parsable --dependency="afterok:$array" --job-name=ccsim-merge \
    --cpus-per-task=1 --time=00:30:00 --output=ccsim-merge-%j.out \
    --wrap="$ccsim merge $parts --out $out/results")
  echo "submitted the sweep as array job $array ($shards shards) and the merge as job $merge"
  echo "results: $out/results/results.csv once job $merge has finished"
  exit 0
fi

# Task K of the array runs shard K/N; N is the size of the array as submitted.
shards=${SLURM_ARRAY_TASK_COUNT:-$SLURM_ARRAY_TASK_MAX}
exec "$ccsim" sweep "$sweep" --shard "$SLURM_ARRAY_TASK_ID/$shards" \
  --out "$out/parts/$SLURM_ARRAY_TASK_ID" --jobs "${SLURM_CPUS_PER_TASK:-1}" --quiet
