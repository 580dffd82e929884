#!/usr/bin/env bash
# Builds the release preset and writes the .deb packages (depot, depot-server) into build/packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/build.sh release
mkdir -p build/packages
(cd build/packages && cpack --config ../release/CPackConfig.cmake -B . >/dev/null)
rm -rf build/packages/_CPack_Packages
ls -1 build/packages/*.deb
