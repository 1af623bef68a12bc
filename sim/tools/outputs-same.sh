#!/usr/bin/env bash
# Runs every library scenario (scenarios/*.yaml) with one replication, and hormuz-closure-60d with
# its default ensemble, into DIR with the current jar. Run it before and after a change that must
# not move any output, then compare the two folders with `sim/tools/outputs-same.sh --diff A B`:
# every file but run.json (wall time, build) must be byte-identical, charts included.
#
#   sim/tools/outputs-same.sh /tmp/before; ...change...; sim/tools/outputs-same.sh /tmp/after
#   sim/tools/outputs-same.sh --diff /tmp/before /tmp/after
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ "${1:-}" == "--diff" ]]; then
  diff -r -x run.json "$2" "$3" && echo "outputs identical: $2 $3"
  exit
fi
OUT="${1:?usage: outputs-same.sh DIR | --diff A B}"
mkdir -p "$OUT"
cd "$ROOT"
for scenario in scenarios/*.yaml; do
  name="$(basename "$scenario" .yaml)"
  rm -rf "${OUT:?}/$name"
  ./lngsim run "$scenario" --replications 1 --out "$OUT/$name" >/dev/null
done
rm -rf "${OUT:?}/ensemble-hormuz-closure-60d"
./lngsim run scenarios/hormuz-closure-60d.yaml --out "$OUT/ensemble-hormuz-closure-60d" >/dev/null
