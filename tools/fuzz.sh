#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer + ASan + UBSan, core only) and runs each fuzz
# target of tests/fuzz for a bounded time, starting from its seed corpus in the repository.
# Fails on any finding (crash, leak, timeout, out-of-memory, broken property); prints the
# executions each target reached. Usage: tools/fuzz.sh [SECONDS_PER_TARGET] (default 60); FUZZ_SEED
# (default 1) fixes the mutation sequence so CI repeats what was run here.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
targets=(fuzz_csv_tokenizer fuzz_csv_import fuzz_value_parsers fuzz_police_feed fuzz_geojson fuzz_mapping)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=build-fuzz/runs
rm -rf "$work"
mkdir -p "$work"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
summary=()
for target in "${targets[@]}"; do
  mkdir -p "$work/$target/corpus"
  log="$work/$target/log.txt"
  echo "=== $target: ${seconds} s"
  status=0
  # New inputs go to the build's corpus; the repository's seeds are only read.
  "build-fuzz/bin/$target" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/$target/" "$work/$target/corpus" "tests/fuzz/$target/corpus" >"$log" 2>&1 || status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
  summary+=("$(printf '%-20s %12s executions  %6s edges  exit %s' "$target" "${executions:-?}" "${coverage:-?}" "$status")")
  if [ "$status" -ne 0 ] || grep -qE '^(==[0-9]+==ERROR|SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer)|runtime error:|ALARM: working on the last Unit' "$log"; then
    failed+=("$target")
    echo "--- $target found a problem (log: $log):"
    grep -E 'ERROR|runtime error|SUMMARY|property broken|Test unit written|ALARM|out-of-memory' "$log" | head -n 40 || true
  fi
done

echo "=== fuzzing summary (${seconds} s per target)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: findings in ${failed[*]} (inputs in $work/<target>/crash-*, leak-*, timeout-*, oom-*)"
  exit 1
fi
echo "fuzz: no findings"
