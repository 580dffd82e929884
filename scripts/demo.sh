#!/usr/bin/env bash
# Usage: scripts/demo.sh [data-dir]
# Builds the `release` preset, then walks through depotctl on a data directory (a fresh temporary
# one unless given; a given one must not already hold a store), echoing every command before its
# output. Exits non-zero if the build fails or any step does not behave as shown.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ $# -gt 1 ]]; then
    echo "usage: scripts/demo.sh [data-dir]" >&2
    exit 2
fi
if [[ $# -eq 1 && -e "$1/store.sqlite" ]]; then
    echo "demo: $1 already holds a store; give a new or empty directory, or none for a temporary one" >&2
    exit 2
fi

echo "== Building (release preset)"
bash scripts/build.sh release

depotctl="$root/build/release/app/depotctl"
data_dir="${1:-$(mktemp -d "${TMPDIR:-/tmp}/depot-demo.XXXXXX")}"
mkdir -p "$data_dir"

# Quote an argument only when it needs it, so echoed commands stay readable and copy-pastable.
quote() {
    if [[ "$1" =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then
        printf '%s' "$1"
    else
        printf "'%s'" "${1//\'/\'\\\'\'}"
    fi
}

bold='' dim='' plain=''
if [[ -t 1 ]]; then
    bold=$'\033[1m' dim=$'\033[2m' plain=$'\033[0m'
fi

section() {
    printf '\n\n%s== %s%s\n' "$bold" "$1" "$plain"
}

# A comment explaining the next command.
say() {
    printf '\n%s# %s%s' "$dim" "$1" "$plain"
}

# Echo a command in copy-pastable form (with D set to the data directory, as printed below).
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
    "$depotctl" --data-dir "$data_dir" "$@"
}

# Like run, but also keeps the command's output in $output (depotctl prints the ids it wrote).
output=''
run_keep() {
    show "$@"
    output="$("$depotctl" --data-dir "$data_dir" "$@")"
    printf '%s\n' "$output"
}

# Run a depotctl command that must be refused with the given exit code (1: cannot be done,
# 2: wrong command line); the demo fails otherwise.
refused() {
    local expected="$1" rc=0
    shift
    show "$@"
    # Its message goes to stderr; shown in line with the rest even when the demo's output is piped.
    "$depotctl" --data-dir "$data_dir" "$@" 2>&1 || rc=$?
    if [[ $rc -ne $expected ]]; then
        echo "demo: expected this command to be refused with exit code $expected, got $rc" >&2
        exit 1
    fi
    echo "(refused as expected, exit code $rc)"
}

section "depotctl demo"
echo "depotctl is $depotctl"
echo "Its store is one SQLite file in the data directory: \$D/store.sqlite, with"
echo "D=$(quote "$data_dir")"

section "Locations"
run location add --code MAIN --name "Main warehouse"
run location add --code MAIN-A --name "Aisle A" --type zone --parent MAIN
run location add --code SHOP --name "Shop floor" --type shop
run location list

section "Products"
run product add --sku RICE-25 --name "Rice, 25 kg bag" --barcode 6001234567899 --category Grocery \
    --unit bag --reorder-point 5 --cost "14.20 EUR" --price "18.00 EUR"
run product add --sku OIL-1L --name "Sunflower oil, 1 L" --barcode 6001234567905 --category Grocery \
    --unit bottle --reorder-point 10
run product add --sku TEA-OLD --name "Black tea, old packaging" --category Grocery
run product list
say "Nothing is ever deleted: a discontinued product is archived, and hidden from the list."
run product archive --sku TEA-OLD
say "Search looks at SKU, barcodes, name and category; every word is a prefix."
run product list --search "sun oil"

section "Movements (each command prints the id of the movement it recorded)"
run move receipt --sku RICE-25 --location MAIN --qty 12.5 --reference PO-118 --unit-cost "14.20 EUR"
say "A barcode works wherever a SKU does, as when the clerk scans the bag."
run move issue --sku 6001234567899 --location MAIN --qty 3 --reason Sale
say "A transfer records two movements, out of MAIN and into SHOP, in one transaction."
run transfer --sku RICE-25 --from MAIN --to SHOP --qty 2
say "Another clerk counts the shop shelf: the count becomes the stock there (1, not 2)."
run --user amina count --sku RICE-25 --location SHOP --qty 1
say "Oil sold before its delivery was recorded: accepted (the goods did move), and alerted below."
run move issue --sku OIL-1L --location SHOP --qty 4 --reason Sale

section "A mistake is corrected by a reversing movement, never by editing the log"
run_keep move loss --sku RICE-25 --location MAIN --qty 1 --reason "Dropped"
mistake="${output%%$'\n'*}"
run reverse --movement "$mistake" --reason "Entered by mistake"

section "Wrong commands are refused with one clear message, and change nothing"
refused 1 move receipt --sku NO-SUCH-SKU --location MAIN --qty 1
refused 1 move receipt --sku TEA-OLD --location MAIN --qty 1
refused 2 move receipt --sku RICE-25 --location MAIN --qty 1.0005

section "Reports"
run stock
run alerts
say "Newest first; --page-size and --page walk through a long journal."
run journal --page-size 6
say "Filters: by product, location, kind, user, dates. Here: what amina recorded."
run journal --user amina
say "Every report also speaks JSON, with quantities as decimal strings."
run stock --location SHOP --json

section "Done"
echo "The demo data is still in $data_dir; to look around:"
echo "  D=$(quote "$data_dir")"
echo "  $(quote "$depotctl") --data-dir \"\$D\" help"
echo "depotctl is documented in docs/cli.md."
