#!/usr/bin/env bash
# Submit a sweep to a Slurm cluster as a job array of shards, plus a merge job that runs when
# every shard has succeeded.
#
#   scenarios/sweeps/slurm/submit.sh SWEEP_FILE SHARDS OUT_DIR [extra sbatch options...]
#
# The jar is built once, here, before anything is submitted; every task runs that same jar, so
# shards cannot differ by build. Shards are balanced (shard i runs every SHARDS-th run) and do not
# depend on which node runs them (each run's seed comes from the sweep seed and its number).
# Prints the array job id and the merge job id.
set -euo pipefail

if [[ $# -lt 3 ]]; then
  echo "usage: $0 SWEEP_FILE SHARDS OUT_DIR [sbatch options...]" >&2
  exit 2
fi
SWEEP="$(realpath "$1")"
SHARDS="$2"
OUT="$(realpath -m "$3")"
shift 3
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"

"$ROOT/lngsim" --version >/dev/null          # builds the jar if missing or stale
mkdir -p "$OUT/jar" "$OUT/logs"
cp "$ROOT/sim/target/lngsim.jar" "$OUT/jar/lngsim.jar"   # a frozen copy for every task
JAR="$OUT/jar/lngsim.jar"

ARRAY_JOB=$(sbatch --parsable --array=0-$((SHARDS - 1)) --output="$OUT/logs/shard-%a.out" "$@" \
  "$HERE/sweep-shard.sbatch" "$JAR" "$SWEEP" "$SHARDS" "$OUT")
MERGE_JOB=$(sbatch --parsable --dependency=afterok:"$ARRAY_JOB" --output="$OUT/logs/merge.out" "$@" \
  "$HERE/sweep-merge.sbatch" "$JAR" "$SHARDS" "$OUT")
echo "array job $ARRAY_JOB, merge job $MERGE_JOB; results in $OUT/merged"
