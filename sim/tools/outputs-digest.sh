#!/usr/bin/env bash
# Prints a SHA-256 digest of every output file of every library scenario (scenarios/*.yaml, charts
# in png,svg,pdf), run with the current jar, one line per file. run.json is left out: it holds the
# wall time, the build and the program version. Use it to show that a refactoring changed no
# output: run it before and after, and diff the two listings.
#
#   sim/tools/outputs-digest.sh > before.txt; ...; sim/tools/outputs-digest.sh > after.txt; diff before.txt after.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for scenario in scenarios/*.yaml; do
  name="$(basename "$scenario" .yaml)"
  ./lngsim run "$scenario" --out "$WORK/$name" --format png,svg,pdf >/dev/null
done
cd "$WORK"
find . -type f ! -name run.json -print0 | sort -z | xargs -0 sha256sum
