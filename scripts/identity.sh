#!/usr/bin/env bash
# Proves that a restructuring changed no figure: runs a baseline ccsim binary and the current
# release build side by side on every example scenario and on random scenarios drawn by the
# property test's generator, each with three seeds and three replications, and compares the
# summary.json of each run byte for byte (and, for information, every other file of --out).
#
#   scripts/identity.sh BASELINE-BINARY [RANDOM-SCENARIOS (default 50)]
#
# Build the baseline from the commit to compare with, e.g.:
#   git worktree add /tmp/ccsim-base main && (cd /tmp/ccsim-base && swift build -c release)
#   scripts/identity.sh /tmp/ccsim-base/.build/release/ccsim
# Exit 0 when every summary.json is identical, 1 otherwise (the differing runs are listed).
# A scenario the baseline refuses (written in a format newer than it, e.g. with a vocabulary)
# is skipped and named: there is nothing to compare it with.
# CANDIDATE=BINARY compares that binary instead of building; RANDOM_DIR=DIR keeps the drawn
# scenarios there (and reuses them when they are already there).
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${1:?usage: scripts/identity.sh BASELINE-BINARY [RANDOM-SCENARIOS]}
count=${2:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
candidate=${CANDIDATE:-}
if [ -z "$candidate" ]; then
  swift build -c release --product ccsim >&2
  candidate=.build/release/ccsim
fi
random=${RANDOM_DIR:-$work/random}
if [ ! -f "$random/random-$count.json" ]; then
  echo "== drawing $count random scenarios" >&2
  CCSIM_WRITE_RANDOM_SCENARIOS="$random" CCSIM_RANDOM_SCENARIO_COUNT="$count" \
    swift test --filter writesRandomScenariosForScripts > "$work/draw.log" 2>&1 \
    || { cat "$work/draw.log" >&2; exit 1; }
fi

scenarios=$(find scenarios -name '*.json' -not -path 'scenarios/sweeps/*' \
  -not -path 'scenarios/routing-tests/*' -not -path 'scenarios/data/*' | sort; for k in $(seq 1 "$count"); do echo "$random/random-$k.json"; done)
runs=0 same=0 differ=0 files_differ=0 skipped=""
for scenario in $scenarios; do
  if ! "$baseline" validate "$scenario" > /dev/null 2>&1; then
    skipped="$skipped $scenario"
    echo "skipped: $scenario (the baseline cannot read it)"
    continue
  fi
  for seed in 1 2 3; do
    runs=$((runs + 1))
    name=$(basename "$scenario" .json)-seed$seed
    if [[ $scenario == scenarios/bench/* ]]; then
      # Long runs: the summary only (per-call records of a month would be large).
      "$baseline" run "$scenario" --seed $seed --format json --quiet > "$work/a.json"
      "$candidate" run "$scenario" --seed $seed --format json --quiet > "$work/b.json"
      if cmp -s "$work/a.json" "$work/b.json"; then same=$((same + 1)); else
        differ=$((differ + 1)); echo "DIFFERS: $name summary (--format json)"; fi
      continue
    fi
    rm -rf "$work/a" "$work/b"
    "$baseline" run "$scenario" --seed $seed --replications 3 --jobs 2 --out "$work/a" \
      --quiet > /dev/null
    "$candidate" run "$scenario" --seed $seed --replications 3 --jobs 2 --out "$work/b" \
      --quiet > /dev/null
    if cmp -s "$work/a/summary.json" "$work/b/summary.json"; then same=$((same + 1)); else
      differ=$((differ + 1)); echo "DIFFERS: $name summary.json"; fi
    for file in "$work"/a/*; do
      other="$work/b/$(basename "$file")"
      if ! cmp -s "$file" "$other"; then
        files_differ=$((files_differ + 1))
        echo "note: $name $(basename "$file") differs"
      fi
    done
  done
done
echo "summary.json identical in $same of $runs runs ($differ differ);" \
  "$files_differ other output files differ${skipped:+; skipped, new to the baseline:$skipped}"
[ "$differ" -eq 0 ]
