#!/usr/bin/env bash
# Usage: scripts/bench.sh [core|server|sync|all] [args...]
# Builds the `release` preset and runs a benchmark (docs/benchmarks.md):
#   core (default)  depot-bench-core: the local store against plain SQLite
#   server          depot-bench-server: push ingest and latency, SQLite and PostgreSQL
#   sync            depot-bench-sync: SyncEngine + depot-server against PouchDB + pouchdb-server
#                   (installs the npm packages into $TMPDIR/depot-bench-pouchdb on first use)
#   all             the three, one after the other, with their default sizes
# The remaining arguments are passed to the benchmark. Each prints one JSON object as its last line.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

which="core"
case "${1:-}" in
core | server | sync | all)
    which="$1"
    shift
    ;;
esac

bash scripts/build.sh release
case "$which" in
core) exec build/release/bench/depot-bench-core "$@" ;;
server) exec build/release/bench/depot-bench-server "$@" ;;
sync) exec build/release/bench/depot-bench-sync "$@" ;;
all)
    build/release/bench/depot-bench-core
    build/release/bench/depot-bench-server
    build/release/bench/depot-bench-sync
    ;;
esac
