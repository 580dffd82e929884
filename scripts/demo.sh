#!/usr/bin/env bash
# Usage: scripts/demo.sh [--no-build] [--no-app] [data-dir]
# Builds the `release` preset, starts depot-server on its embedded SQLite store (127.0.0.1, a free
# port, a temporary data directory unless one is given), seeds a demo company with six months of
# data, shows depotctl signing in (pinned certificate), syncing and reporting, then opens the desktop
# app signed in as a clerk: in a window when a display is available (the server stops when the app
# closes), otherwise under xvfb-run, saving a screenshot. The server is always stopped at the end.
#   --no-build   use the programs already built in build/release (or $DEPOT_BUILD_DIR)
#   --no-app     stop after the depotctl part
# Exits non-zero if the build fails or any step does not behave as shown.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build=1 app=1 data_dir=''
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --no-app) app=0 ;;
        -*)
            echo "usage: scripts/demo.sh [--no-build] [--no-app] [data-dir]" >&2
            exit 2
            ;;
        *)
            if [[ -n "$data_dir" ]]; then
                echo "usage: scripts/demo.sh [--no-build] [--no-app] [data-dir]" >&2
                exit 2
            fi
            data_dir="$arg"
            ;;
    esac
done
if [[ -n "$data_dir" && -d "$data_dir" && -n "$(ls -A "$data_dir")" ]]; then
    echo "demo: $data_dir is not empty; give a new or empty directory, or none for a temporary one" >&2
    exit 2
fi

if [[ $build -eq 1 ]]; then
    echo "== Building (release preset)"
    bash scripts/build.sh release
fi

bin="${DEPOT_BUILD_DIR:-$root/build/release}"
depotctl="$bin/app/depotctl"
server="$bin/server/depot-server"
depot="$bin/app/desktop/depot"
for program in "$depotctl" "$server"; do
    if [[ ! -x "$program" ]]; then
        echo "demo: $program is missing; run without --no-build" >&2
        exit 1
    fi
done

data_dir="${data_dir:-$(mktemp -d "${TMPDIR:-/tmp}/depot-demo.XXXXXX")}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
server_dir="$data_dir/server"
mkdir -p "$server_dir"

bold='' dim='' plain=''
if [[ -t 1 ]]; then
    bold=$'\033[1m' dim=$'\033[2m' plain=$'\033[0m'
fi

# Quote an argument only when it needs it, so echoed commands stay readable and copy-pastable.
quote() {
    if [[ "$1" =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then
        printf '%s' "$1"
    else
        printf "'%s'" "${1//\'/\'\\\'\'}"
    fi
}

section() {
    printf '\n\n%s== %s%s\n' "$bold" "$1" "$plain"
}

# A comment explaining the next command.
say() {
    printf '\n%s# %s%s' "$dim" "$1" "$plain"
}

# The depotctl data directory of the commands below ($D in what is echoed).
client_dir=''

show() {
    # shellcheck disable=SC2016 # $D is printed literally on purpose
    local line='depotctl --data-dir "$D"' arg
    for arg in "$@"; do
        line+=" $(quote "$arg")"
    done
    printf '\n%s$ %s%s\n' "$bold" "$line" "$plain"
}

# Run a depotctl command that must succeed.
run() {
    show "$@"
    "$depotctl" --data-dir "$client_dir" "$@"
}

# Like run, but keeps the output in $output and prints only its first $1 lines.
output=''
run_head() {
    local lines="$1"
    shift
    show "$@"
    output="$("$depotctl" --data-dir "$client_dir" "$@")"
    head -n "$lines" <<<"$output" # not through a pipe: head leaving early must not fail the demo
    local total
    total="$(wc -l <<<"$output")"
    if [[ $total -gt $lines ]]; then
        printf '%s… (%d more lines)%s\n' "$dim" $((total - lines)) "$plain"
    fi
}

# A field of a one-line JSON object (strings and numbers; enough for the lines printed here).
json_field() {
    sed -n "s/.*\"$2\": *\"\{0,1\}\([^\",}]*\).*/\1/p" <<<"$1" | head -n 1
}

seconds_since() {
    local now
    now="$(date +%s%N)"
    awk -v a="$1" -v b="$now" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
}

server_pid=''
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"
        wait "$server_pid" 2>/dev/null || true
        echo "demo: depot-server stopped."
    fi
    server_pid=''
}
trap stop_server EXIT
trap 'exit 130' INT TERM

section "depot-server: a demo company on the embedded SQLite store"
echo "Data directory of this demo: D0=$(quote "$data_dir")"
echo "The server keeps its database, TLS certificate and JWT key in \$D0/server."
say "A company with users of every role, 3 locations, 203 products and six months of movements."
printf '\n%s$ depot-server seed-demo --data-dir "$D0/server"%s\n' "$bold" "$plain"
started="$(date +%s%N)"
seeded="$("$server" seed-demo --data-dir "$server_dir" 2>>"$server_dir/server.log")"
password="$(json_field "$seeded" password)"
echo "company $(json_field "$seeded" tenant) ($(json_field "$seeded" plan), $(json_field "$seeded" status)):" \
    "$(json_field "$seeded" products) products, $(json_field "$seeded" locations) locations," \
    "$(json_field "$seeded" movements) movements since $(json_field "$seeded" from), in $(seconds_since "$started") s"
echo "users (password for all: $password):"
grep -o '"email":"[^"]*","role":"[^"]*"' <<<"$seeded" | sed 's/"email":"\([^"]*\)","role":"\([^"]*\)"/  \2\t\1/'

say "Listen on 127.0.0.1, any free port; the first start makes a self-signed certificate."
printf '\n%s$ depot-server serve --data-dir "$D0/server" --listen 127.0.0.1:0 &%s\n' "$bold" "$plain"
"$server" serve --data-dir "$server_dir" --listen 127.0.0.1:0 >"$server_dir/serve.out" 2>>"$server_dir/server.log" &
server_pid=$!
for _ in $(seq 1 300); do
    grep -q '"event":"listening"' "$server_dir/serve.out" 2>/dev/null && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "demo: depot-server did not start; its log:" >&2
        tail -n 20 "$server_dir/server.log" >&2
        exit 1
    fi
    sleep 0.1
done
listening="$(head -n 1 "$server_dir/serve.out")"
port="$(json_field "$listening" port)"
fingerprint="$(json_field "$listening" tls_sha256)"
if [[ -z "$port" || -z "$fingerprint" ]]; then
    echo "demo: depot-server did not say where it listens" >&2
    exit 1
fi
url="https://127.0.0.1:$port"
echo "$listening"
echo "Listening on $url (pid $server_pid), certificate SHA-256 $fingerprint; log in \$D0/server/server.log"

section "depotctl: the depot manager's computer signs in and pulls the company"
client_dir="$data_dir/depotctl-manager"
echo "D=\$D0/depotctl-manager"
say "Trust on first use: the fingerprint the server printed is pinned; the password comes on stdin."
show login --server "$url" --tenant demo --user fatou.sow@demo.example --password-stdin --pin "$fingerprint"
printf '%s\n' "$password" | "$depotctl" --data-dir "$client_dir" login --server "$url" --tenant demo \
    --user fatou.sow@demo.example --password-stdin --pin "$fingerprint"
say "The first sync of a new device pulls everything, page by page."
started="$(date +%s%N)"
show sync --json
synced="$("$depotctl" --data-dir "$client_dir" sync --json)"
elapsed="$(seconds_since "$started")"
echo "$synced"
echo "=> pulled $(json_field "$synced" pulled_movements) movements and $(json_field "$synced" pulled_catalog)" \
    "catalog records in $elapsed s"
run status
run_head 8 stock --location PLATEAU
run_head 6 alerts
say "Newest first: the last sales of the six months."
run journal --page-size 5

section "Offline work, then sync"
say "A sale at the Plateau shop, recorded by barcode while the network is down: nothing blocks."
run move issue --sku 3740037000105 --location PLATEAU --qty 2 --reason Vente
run status
run sync
run_head 3 stock --location PLATEAU --sku EPI-0001

section "A certificate that is not the pinned one is refused before the password is sent"
client_dir="$data_dir/depotctl-wrong-pin"
wrong_pin="$(printf '%064d' 0)"
show login --server "$url" --tenant demo --user fatou.sow@demo.example --password-stdin --pin "$wrong_pin"
rc=0
printf '%s\n' "$password" | "$depotctl" --data-dir "$client_dir" login --server "$url" --tenant demo \
    --user fatou.sow@demo.example --password-stdin --pin "$wrong_pin" 2>&1 || rc=$?
if [[ $rc -eq 0 ]]; then
    echo "demo: a login with a wrong pin was accepted" >&2
    exit 1
fi
echo "(refused as expected, exit code $rc)"

if [[ $app -eq 0 ]]; then
    section "Done"
    echo "Everything is in $data_dir (depotctl stores in \$D0/depotctl-*, the server in \$D0/server)."
    exit 0
fi

section "The desktop app, signed in as a clerk of the Plateau shop"
if [[ ! -x "$depot" ]]; then
    echo "demo: $depot is missing; run without --no-build" >&2
    exit 1
fi
depot_help="$(QT_QPA_PLATFORM=offscreen "$depot" --help 2>&1 || true)"
if [[ "$depot_help" != *--server* ]]; then
    echo "demo: this build of the desktop app cannot sign in to a server yet (no --server option)." >&2
    exit 1
fi
app_dir="$data_dir/desktop-clerk"
app_args=(--data-dir "$app_dir" --server "$url" --company demo --user ibrahima.fall@demo.example
    --password-stdin --pin "$fingerprint" --credential-store file)
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    echo "Opening the app; the demo server stops when you close it."
    echo "Its store: \$D0/desktop-clerk (the refresh token in a file there: this is a throwaway demo)."
    printf '%s\n' "$password" | "$depot" "${app_args[@]}"
else
    shot="$data_dir/demo-screenshot.png"
    echo "No display: the app runs under xvfb-run, signs in, syncs, saves a screenshot of its main"
    echo "window (the products screen) and quits."
    started="$(date +%s%N)"
    printf '%s\n' "$password" |
        xvfb-run -a -s "-screen 0 1366x800x24" "$depot" "${app_args[@]}" --page 2 --screenshot "$shot" --quit
    if [[ ! -s "$shot" ]]; then
        echo "demo: the app did not save $shot" >&2
        exit 1
    fi
    cp "$shot" "$root/build/demo-screenshot.png"
    echo "Signed in, synced and drawn in $(seconds_since "$started") s. Screenshot:"
    echo "  $shot"
    echo "  (copied to $root/build/demo-screenshot.png)"
fi

section "Done"
echo "Everything is in $data_dir:"
echo "  server/             depot-server database, certificate, JWT key, log"
echo "  depotctl-manager/   the manager's depotctl store (store.sqlite, profile.json, credentials.json)"
echo "  desktop-clerk/      the clerk's desktop store"
echo "depotctl is documented in docs/cli.md, the server in docs/server.md, the desktop app in docs/desktop.md."
