#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/debian-packages.txt that are not installed yet.
# Idempotent: prints nothing and touches nothing when every package is already there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
list="$here/debian-packages.txt"

if [[ ! -r "$list" ]]; then
    echo "install-deps: cannot read $list" >&2
    exit 1
fi

missing=()
while IFS= read -r line || [[ -n "$line" ]]; do
    pkg="${line%%#*}"                  # strip comments
    pkg="${pkg//[[:space:]]/}"         # strip whitespace
    [[ -z "$pkg" ]] && continue
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done < "$list"

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"

if [[ $(id -u) -eq 0 ]]; then
    as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
else
    echo "install-deps: not root and sudo is not available; install these as root:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
fi

"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
