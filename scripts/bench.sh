#!/usr/bin/env bash
# Usage: scripts/bench.sh [args...]
# Builds the `release` preset and runs the core benchmarks; arguments are passed to depot-bench-core.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/build.sh release
exec build/release/bench/depot-bench-core "$@"
