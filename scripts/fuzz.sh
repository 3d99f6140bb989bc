#!/usr/bin/env bash
# Builds Hearth's OTLP libFuzzer targets with clang (tests/fuzz, a standalone CMake project) and
# runs each for a while on the seed corpus. Findings (crash-*, leak-*) land in the build folder.
#   scripts/fuzz.sh [--seconds N (default 60)] [--build-dir DIR (default build/fuzz)]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
seconds=60
build=build/fuzz
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    *) echo "usage: $0 [--seconds N] [--build-dir DIR]" >&2; exit 2 ;;
  esac
done
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is required (apt-get install clang)" >&2; exit 1; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang "${launcher[@]}" >/dev/null
cmake --build "$build" -j2
status=0
for target in protobuf json gzip; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  echo "fuzz.sh: fuzz_otlp_$target for ${seconds}s"
  if ! (cd "$build" && "./fuzz_otlp_$target" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "corpus-$target" "$root/tests/fuzz/corpus/$target" \
        2>"fuzz_otlp_$target.log"); then
    echo "fuzz.sh: fuzz_otlp_$target FAILED, see $build/fuzz_otlp_$target.log" >&2
    tail -30 "$build/fuzz_otlp_$target.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz_otlp_$target.log" || true
  fi
done
exit $status
