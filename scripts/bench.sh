#!/usr/bin/env bash
# Usage: scripts/bench.sh [core|server|sync|app|all] [args...]
# Builds the `release` preset and runs a benchmark (docs/benchmarks.md):
#   core (default)  depot-bench-core: the local store against plain SQLite
#   server          depot-bench-server: push ingest and latency, SQLite and PostgreSQL
#   sync            depot-bench-sync: SyncEngine + depot-server against PouchDB + pouchdb-server
#                   (installs the npm packages into $TMPDIR/depot-bench-pouchdb on first use)
#   app             depot-bench-app: the desktop app's start, search and scan on a 1M-movement store
#                   (builds its fixture once into ~/.cache/depot-bench)
#   all             the four, one after the other, with their default sizes
# The remaining arguments are passed to the benchmark. Each prints one JSON object as its last line.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

which="core"
case "${1:-}" in
core | server | sync | app | all)
    which="$1"
    shift
    ;;
esac

bash scripts/build.sh release
case "$which" in
core) exec build/release/bench/depot-bench-core "$@" ;;
server) exec build/release/bench/depot-bench-server "$@" ;;
sync) exec build/release/bench/depot-bench-sync "$@" ;;
app) exec build/release/bench/depot-bench-app "$@" ;;
all)
    build/release/bench/depot-bench-core
    build/release/bench/depot-bench-server
    build/release/bench/depot-bench-sync
    build/release/bench/depot-bench-app
    ;;
esac
