#!/usr/bin/env bash
# A real cluster test: a single-node Slurm (munge, slurmctld, slurmd) from Debian's packages runs a
# 4-task array sweep and its merge job; the merged results must equal a local `lngsim sweep` of the
# same file. Stops the daemons it started. Needs root (CI runs as root).
set -euo pipefail
# The daemons, /etc/slurm and the munge key need root; re-run under sudo when CI is not root.
if [[ "$(id -u)" -ne 0 ]]; then exec sudo -E bash "$0" "$@"; fi
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STARTED=$(date +%s)

if ! command -v slurmctld >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm >/dev/null
fi

HOST=$(hostname -s)
CPUS=$(nproc)
WORK=$(mktemp -d /tmp/lngsim-slurm.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# Waits up to 30 s for a daemon's pid file, then prints the pid: a slow machine may need more than
# a second to write it, and `cat` on a missing file would end the test under `set -e`.
pid_from() {
  for _ in $(seq 1 60); do
    [[ -s "$1" ]] && { cat "$1"; return 0; }
    sleep 0.5
  done
  echo "slurm test: no pid file $1 after 30 s" >&2
  cat /var/log/slurm/*.log >&2 2>/dev/null || true
  return 1
}

mkdir -p /run/munge /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /etc/slurm
chown munge: /run/munge
if [[ ! -f /etc/munge/munge.key ]]; then
  (command -v mungekey >/dev/null && mungekey --create) || create-munge-key -f
fi
runuser -u munge -- munged --force
MUNGE_PID=$(pgrep -n munged); PIDS+=("$MUNGE_PID")

cat > /etc/slurm/slurm.conf <<CONF
ClusterName=lngsim-ci
SlurmctldHost=$HOST
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
NodeName=$HOST CPUs=$CPUS RealMemory=20000 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

rm -f /run/slurmctld.pid /run/slurmd.pid
slurmctld -i; PIDS+=("$(pid_from /run/slurmctld.pid)")
slurmd; PIDS+=("$(pid_from /run/slurmd.pid)")
for _ in $(seq 1 30); do
  [[ "$(sinfo -h -o %T 2>/dev/null || true)" =~ idle|mixed ]] && break
  sleep 1
done
sinfo

SWEEP="$ROOT/scenarios/sweeps/slurm/ci-sweep.yaml"
scenarios/sweeps/slurm/submit.sh "$SWEEP" 4 "$WORK/cluster" | tee "$WORK/submit.txt"
MERGE_JOB=$(sed -E 's/.*merge job ([0-9]+).*/\1/' "$WORK/submit.txt")
for _ in $(seq 1 170); do
  [[ -z "$(squeue -h)" ]] && break
  sleep 1
done
if [[ -n "$(squeue -h)" ]]; then
  echo "slurm test: jobs still queued after the time limit" >&2; squeue; exit 1
fi
test -f "$WORK/cluster/merged/results.csv" || { echo "slurm test: no merged results" >&2; cat "$WORK/cluster/logs/"*; exit 1; }

java -jar sim/target/lngsim.jar sweep "$SWEEP" --out "$WORK/local" --quiet
diff "$WORK/local/results.csv" "$WORK/cluster/merged/results.csv"
diff "$WORK/local/stats.csv" "$WORK/cluster/merged/stats.csv"
echo "slurm test: 4-shard array + merge job equal a local sweep ($(( $(date +%s) - STARTED )) s)"
