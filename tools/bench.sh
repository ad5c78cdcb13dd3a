#!/usr/bin/env bash
# Builds the default preset and runs every benchmark in tests/bench, printing their figures.
# Benchmarks measure; they never fail on time.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset default
cmake --build --preset default
export QT_QPA_PLATFORM=offscreen
for bench in build/bin/bench_*; do
  [ -x "$bench" ] || continue
  echo "=== $(basename "$bench")"
  "$bench"
done
