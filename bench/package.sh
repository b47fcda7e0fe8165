#!/usr/bin/env bash
# The writer's repeated `mvn package` on this repository's sample newsroom with nothing changed:
#   bench/package.sh [RUNS]
# One `mvn -o -q package` first (it builds the generator if its code changed, and the site), then RUNS
# more (default 10), each timed with Maven's start-up included. Prints each wall time and the median.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
cd "$root"
mvn -o -q -B package >/dev/null
times=()
for _ in $(seq "$runs"); do
  sync
  start=$(date +%s.%N)
  mvn -o -q -B package >/dev/null
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
printf '%s\n' "${times[@]}" | awk '{ printf "%.2f s\n", $1 }'
printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
  m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "median of %d: %.2f s\n", NR, m }'
