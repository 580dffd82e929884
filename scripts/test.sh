#!/usr/bin/env bash
# Runs the whole test suite: installs dependencies, builds the `dev` preset (Debug + sanitizers)
# and runs every CTest test. Exits non-zero if the build or any test fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

bash scripts/build.sh dev
ctest --preset dev --output-on-failure --timeout 600 -j2
