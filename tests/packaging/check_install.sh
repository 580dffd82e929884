#!/usr/bin/env bash
# Usage: check_install.sh BUILD_DIR SCRATCH_DIR
# Installs the build with DESTDIR=SCRATCH_DIR/root and prefix /usr (what CPack packs), checks the layout of both
# packages, runs the installed programs, and checks that the shipped config.json is accepted by the
# installed depot-server. Exits non-zero with a message on the first problem.
set -euo pipefail
build="$1"
scratch="$2"
rm -rf "$scratch"
mkdir -p "$scratch"
root="$scratch/root"

fail() {
    echo "packaging: $*" >&2
    exit 1
}

DESTDIR="$root" cmake --install "$build" --prefix /usr --component client >/dev/null
DESTDIR="$root" cmake --install "$build" --prefix /usr --component server >/dev/null

for f in usr/bin/depot usr/bin/depotctl usr/bin/depot-server \
    usr/share/applications/depot.desktop usr/share/metainfo/org.depot.Depot.metainfo.xml \
    usr/share/icons/hicolor/256x256/apps/depot.png usr/share/doc/depot/README.md \
    usr/lib/systemd/system/depot-server.service etc/depot-server/config.json \
    usr/share/doc/depot-server/server.md; do
    [[ -e "$root/$f" ]] || fail "missing $f"
done
[[ -x "$root/usr/bin/depot-server" && -x "$root/usr/bin/depotctl" && -x "$root/usr/bin/depot" ]] \
    || fail "installed programs are not executable"
# Nothing from the tests or benchmarks is installed.
if find "$root" -name 'tst_*' -o -name 'depot-bench-*' | grep -q .; then
    fail "test or benchmark programs in the install tree"
fi

# The .desktop file launches the installed program and names the installed icon.
grep -qx 'Exec=depot' "$root/usr/share/applications/depot.desktop" || fail "depot.desktop: Exec is not depot"
grep -qx 'Icon=depot' "$root/usr/share/applications/depot.desktop" || fail "depot.desktop: Icon is not depot"
grep -q '<launchable type="desktop-id">depot.desktop</launchable>' \
    "$root/usr/share/metainfo/org.depot.Depot.metainfo.xml" || fail "metainfo does not launch depot.desktop"

# The unit starts the packaged binary with the packaged configuration.
unit="$root/usr/lib/systemd/system/depot-server.service"
grep -q '^ExecStart=/usr/bin/depot-server serve ' "$unit" || fail "unit: ExecStart is not /usr/bin/depot-server serve"
grep -q '^Environment=DEPOT_CONFIG=/etc/depot-server/config.json$' "$unit" || fail "unit: no DEPOT_CONFIG"
grep -q '^StateDirectory=depot-server$' "$unit" || fail "unit: no StateDirectory"

# The installed programs run.
"$root/usr/bin/depotctl" help >/dev/null || fail "installed depotctl does not run"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/depot" --help >/dev/null || fail "installed depot does not run"

# The shipped configuration is valid for this server: every key known, values accepted. The
# database path is moved into the scratch folder (the flag wins over the file).
mkdir -p "$scratch/state"
DEPOT_CONFIG="$root/etc/depot-server/config.json" "$root/usr/bin/depot-server" migrate \
    --db "sqlite:$scratch/state/depot.sqlite" --data-dir "$scratch/state" >"$scratch/migrate.log" 2>&1 \
    || { cat "$scratch/migrate.log" >&2; fail "depot-server refuses the shipped config.json"; }
[[ -s "$scratch/state/depot.sqlite" ]] || fail "migrate with the shipped config made no database"
# And a config with an unknown key is refused, so the check above means something.
echo '{"db": "sqlite:x", "no-such-setting": 1}' >"$scratch/bad.json"
if DEPOT_CONFIG="$scratch/bad.json" "$root/usr/bin/depot-server" migrate --data-dir "$scratch/state" \
    >/dev/null 2>&1; then
    fail "depot-server accepted an unknown setting"
fi
echo "packaging: install tree OK ($(find "$root" -type f | wc -l) files)"
