#!/usr/bin/env bash
# Writes into DIR a tiny sweep (DIR/sweep.json over DIR/tiny.json: 3 points × 2 replications)
# and DIR/failing-ccsim, which runs CCSIM but fails shard 2 of 3 with exit 70: what
# check-sweep-scripts.sh and slurm-local-check.sh give the Slurm recipe to see a failed shard
# reported. Usage: scripts/failing-shard.sh DIR CCSIM
set -euo pipefail
dir=$1
ccsim=$2
mkdir -p "$dir"
cat > "$dir/tiny.json" <<'JSON'
{"name": "tiny", "seed": 11, "duration": "1h",
 "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 90}}],
 "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 100}},
                "patience": {"exponential": {"mean": 60}}}],
 "teams": [{"id": "gich", "agents": 3, "handles": ["general"]}]}
JSON
echo '{"scenario": "tiny.json", "replications": 2, "factors": {"agents": {"gich": [2, 3, 4]}}}' \
  > "$dir/sweep.json"
cat > "$dir/failing-ccsim" <<SH
#!/bin/sh
case " \$* " in *" --shard 2/3 "*) echo "shard 2 breaks, as asked" >&2; exit 70 ;; esac
exec "$ccsim" "\$@"
SH
chmod 755 "$dir/failing-ccsim"
