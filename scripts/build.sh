#!/usr/bin/env bash
# Usage: scripts/build.sh [preset]   (presets: dev (default), release; see CMakePresets.json)
# Installs missing dependencies, configures and builds into build/<preset> with Ninja.
set -euo pipefail

preset="${1:-dev}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
