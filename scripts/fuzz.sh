#!/usr/bin/env bash
# Fuzzes the scenario loader with libFuzzer for SECONDS (default 120): every input goes through
# ScenarioLoader.decode, and a scenario it accepts, when small, through one replication with
# the model's rules checked. A crash, a broken rule, a hang (10 s on one input) or a blow-up
# of memory (2 GB) fails the run and leaves the input in .build/fuzz/findings/.
#
#   scripts/fuzz.sh [SECONDS]
#   scripts/fuzz.sh --build-only     only builds the target (CI builds it beside the release
#                                    build: each compiles on one core)
#
# The target (scripts/fuzz/ScenarioLoaderFuzzTarget.swift) is built outside SwiftPM with
# `swiftc -sanitize=fuzzer` (coverage of ContactCentre and Scenario), against the sources of
# SimKernel, ContactCentre and Scenario, and rebuilt when they or this script change. Seeds: the example scenarios, scripts/fuzz/seeds (scenarios drawn by
# the property test's generator) and the corpus kept in .build/fuzz/corpus from earlier runs.
set -euo pipefail
cd "$(dirname "$0")/.."
build_only=false
[ "${1:-}" = --build-only ] && build_only=true && shift
seconds=${1:-120}
work=.build/fuzz
target=$work/fuzz-scenario-loader
mkdir -p "$work/lib" "$work/corpus" "$work/findings"

build() {
  local module=$1 flags=$2
  # shellcheck disable=SC2046,SC2086
  swiftc -O $flags -parse-as-library -emit-library -static -emit-module -module-name "$module" \
    -I "$work/lib" -o "$work/lib/lib$module.a" -emit-module-path "$work/lib/$module.swiftmodule" \
    $(find "Sources/$module" -name '*.swift' | sort)
}

if [ ! -x "$target" ] || [ -n "$(find Sources/SimKernel Sources/ContactCentre Sources/Scenario \
  scripts/fuzz scripts/fuzz.sh -newer "$target" \( -name '*.swift' -o -name fuzz.sh \) | head -1)" ]
then
  echo "== building the fuzz target (swiftc -sanitize=fuzzer)"
  build SimKernel ""
  # Coverage of the model too, so that inputs reaching new paths of a run are kept.
  build ContactCentre "-sanitize=fuzzer"
  build Scenario "-sanitize=fuzzer"
  swiftc -O -sanitize=fuzzer -parse-as-library -I "$work/lib" -L "$work/lib" \
    scripts/fuzz/ScenarioLoaderFuzzTarget.swift -lScenario -lContactCentre -lSimKernel \
    -o "$target"
fi

if $build_only; then exit 0; fi

echo "== fuzzing the scenario loader for $seconds s"
log=$work/fuzz.log
set +e
# Swift's own crash reporter would take the signal from libFuzzer, which saves the input.
export SWIFT_BACKTRACE=enable=no
# Forecast paths in the inputs are read beside the example forecast.
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -dict=scripts/fuzz/scenario.dict -artifact_prefix="$work/findings/" \
  "$work/corpus" scripts/fuzz/seeds scenarios > "$log" 2>&1
status=$?
set -e
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" || true
if [ "$status" -ne 0 ]; then
  grep -E 'ERROR|Fatal error|==[0-9]+==|Test unit written|SUMMARY' "$log" | head -20 >&2
  echo "fuzzing found a problem: the input is in $work/findings/ (the log: $log)" >&2
  exit 1
fi
echo "no crash, hang or broken rule in $seconds s"
