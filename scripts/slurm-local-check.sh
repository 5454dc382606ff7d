#!/usr/bin/env bash
# Runs scripts/slurm-sweep.sh on a real, single-node Slurm started on this machine and checks
# that the merged results are those of a local 'ccsim sweep', byte for byte; then that a shard
# which fails makes the merge job name it and exit 1, and that resubmitting that shard with
# --only gives the results after all. Debian or Ubuntu: slurm-wlm and munge are installed
# with apt-get when missing. Needs root (or sudo): slurmd runs jobs as their user.
#
#   scripts/slurm-local-check.sh [CCSIM] [SWEEP] [SHARDS]
#     CCSIM   the ccsim binary (default: a debug build, made when missing)
#     SWEEP   default scenarios/sweeps/cms-day-agents.json;  SHARDS default 4
#
# Its daemons (munged, slurmctld, slurmd) use their own configuration, key, sockets, ports
# (16817, 16818) and state in a temporary directory, so a Slurm already on the machine is
# left alone; they are stopped, and the directory removed, when the script ends.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
say() { printf '[%4ss] %s\n' "$((SECONDS - started))" "$*"; }

ccsim=${1:-}
if [ -z "$ccsim" ]; then
  swift build --product ccsim >&2
  ccsim=$(swift build --show-bin-path)/ccsim
fi
ccsim=$(cd "$(dirname "$ccsim")" && pwd)/$(basename "$ccsim")
sweep=${2:-scenarios/sweeps/cms-day-agents.json}
shards=${3:-4}

if ! command -v sbatch > /dev/null || ! [ -x /usr/sbin/slurmctld ] || ! [ -x /usr/sbin/munged ]
then
  say "installing slurm-wlm and munge"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    slurm-wlm munge > /dev/null
fi

work=$(mktemp -d /tmp/ccsim-slurm.XXXXXX)
chmod 755 "$work"  # the jobs run as the user who started this script
pids=()
stop() {
  for pidfile in "${pids[@]}"; do
    [ -f "$pidfile" ] && as_root kill "$(cat "$pidfile")" 2> /dev/null || true
  done
  sleep 1
  as_root rm -rf "$work"
}
trap stop EXIT

# munge, with its own key and socket.
mkdir -p "$work/munge"
head -c 1024 /dev/urandom > "$work/munge/munge.key"
chmod 700 "$work/munge"
chmod 400 "$work/munge/munge.key"
as_root chown -R root: "$work/munge"
as_root /usr/sbin/munged --force --socket="$work/munge/socket" \
  --key-file="$work/munge/munge.key" --pid-file="$work/munge/munged.pid" \
  --log-file="$work/munge/munged.log" --seed-file="$work/munge/munged.seed"
pids+=("$work/munge/munged.pid")

# One node: this machine as slurmd sees it (CPUs, sockets, cores, memory).
host=$(hostname -s)
node=$(/usr/sbin/slurmd -C | head -n 1)
mkdir -p "$work/state" "$work/spool" "$work/out"
cat > "$work/slurm.conf" <<CONF
ClusterName=ccsim-check
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
MinJobAge=3600
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=check Nodes=$host Default=NO MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$work/slurm.conf
as_root /usr/sbin/slurmctld -f "$SLURM_CONF"
pids+=("$work/slurmctld.pid")
as_root /usr/sbin/slurmd -f "$SLURM_CONF"
pids+=("$work/slurmd.pid")
for _ in $(seq 60); do
  sinfo -h -o %T 2> /dev/null | grep -qx idle && break
  sleep 1
done
sinfo -h -o %T | grep -qx idle || {
  echo "the node did not come up:" >&2
  tail -n 20 "$work/slurmctld.log" "$work/slurmd.log" >&2
  exit 1
}
say "single-node Slurm up: $node"

# wait_for JOB...: until none of them is pending or running (at most an hour).
wait_for() {
  for _ in $(seq 3600); do
    [ -z "$(squeue -h -j "$(IFS=,; echo "$*")" -t PENDING,RUNNING,CONFIGURING,COMPLETING \
      2> /dev/null)" ] && return
    sleep 1
  done
  echo "jobs $* still not done after an hour" >&2
  exit 1
}
# submit OUT ARGUMENTS...: slurm-sweep.sh with the cluster's options; waits for its jobs.
submit() {
  local out=$1 submitted
  shift
  submitted=$(CCSIM=${CCSIM:-$ccsim} scripts/slurm-sweep.sh --partition check \
    --account ccsim-check --cpus-per-task 1 --mem 1G --time 01:00:00 "$@")
  echo "$submitted" | sed 's/^/    /'
  array_job=$(echo "$submitted" | head -n 1 | sed -E 's/.*array job ([0-9]+).*/\1/')
  merge_job=$(echo "$submitted" | head -n 1 | sed -E 's/.*merge as job ([0-9]+).*/\1/')
  wait_for "$array_job" "$merge_job"
}
same() {  # same WHOLE MERGED LABEL
  for file in results.json results.csv manifest.json replications.tsv; do
    cmp "$1/$file" "$2/$file" || { echo "$3: $file differs" >&2; exit 1; }
  done
  say "$3: identical to 'ccsim sweep' run here"
}

say "local run: ccsim sweep $sweep"
"$ccsim" sweep "$sweep" --out "$work/local" --quiet > /dev/null
say "on Slurm: slurm-sweep.sh $sweep in $shards shards"
submit "$work/out/sweep" "$sweep" "$work/out/sweep" "$shards"
[ -f "$work/out/sweep/results/results.csv" ] || {
  echo "no results; the merge job's log:" >&2
  cat "$work/out/sweep/logs/merge.out" >&2
  exit 1
}
same "$work/local" "$work/out/sweep/results" "slurm-sweep.sh ($shards shards)"

# A shard that fails: a small sweep, and a ccsim that fails shard 2 of 3.
tiny=$work/tiny
scripts/failing-shard.sh "$tiny" "$ccsim"
"$ccsim" sweep "$tiny/sweep.json" --out "$tiny/local" --quiet > /dev/null
say "on Slurm: a sweep whose shard 2 of 3 fails"
CCSIM=$tiny/failing-ccsim submit "$tiny/out" "$tiny/sweep.json" "$tiny/out" 3
grep -q "shard 2 of 3 failed (exit 70)" "$tiny/out/logs/merge.out" \
  && ! [ -e "$tiny/out/results" ] \
  && scontrol show job "$merge_job" | grep -q 'JobState=FAILED' || {
  echo "the merge job did not report the failed shard:" >&2
  cat "$tiny/out/logs/merge.out" >&2
  exit 1
}
sed 's/^/    merge job: /' "$tiny/out/logs/merge.out"
say "on Slurm: shard 2 again, with --only 2"
submit "$tiny/out" --only 2 "$tiny/sweep.json" "$tiny/out" 3
same "$tiny/local" "$tiny/out/results" "slurm-sweep.sh --only 2 after the failure"
say "all checks passed"
