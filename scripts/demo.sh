#!/usr/bin/env bash
# Usage: scripts/demo.sh [data-dir]
# Builds the `release` preset and walks through depotctl on a data directory
# (a fresh temporary one unless given), echoing every command before it runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

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

bold='' plain=''
if [[ -t 1 ]]; then
    bold=$'\033[1m' plain=$'\033[0m'
fi

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

# Run a depotctl command that must be refused (non-zero exit); the demo fails if it is accepted.
refused() {
    show "$@"
    local rc=0
    "$depotctl" --data-dir "$data_dir" "$@" || rc=$?
    if [[ $rc -eq 0 ]]; then
        echo "demo: expected this command to be refused, but it succeeded" >&2
        exit 1
    fi
    echo "(refused as expected, exit code $rc)"
}

echo "Demo data directory:"
echo "D=$(quote "$data_dir")"
echo
echo "== Locations"
run location add --code MAIN --name "Main warehouse"
run location add --code SHOP --name "Shop floor" --type shop
run location list

echo
echo "== Products"
run product add --sku RICE-25 --name "Rice, 25 kg bag" --barcode 6001234567899 --reorder-point 5 \
    --category Grocery --unit bag
run product add --sku OIL-1L --name "Sunflower oil, 1 L" --barcode 6001234567905 --reorder-point 10 \
    --category Grocery --unit bottle
run product list

echo
echo "== Movements"
run move receipt --sku RICE-25 --location MAIN --qty 12.5 --reason "Delivery from supplier"
# A barcode works wherever a SKU does, as when the clerk scans the bag.
run move issue --sku 6001234567899 --location MAIN --qty 3 --reason "Sale"
run transfer --sku RICE-25 --from MAIN --to SHOP --qty 2
run count --sku RICE-25 --location SHOP --qty 1
# Selling what the store does not know about yet: allowed (the goods have moved), and alerted.
run move issue --sku OIL-1L --location SHOP --qty 4 --reason "Sale before the delivery was recorded"

echo
echo "== A mistake is corrected by a reversing movement, never by editing the log"
run_keep move loss --sku RICE-25 --location MAIN --qty 1 --reason "Entered by mistake"
mistake="${output%%$'\n'*}"
run reverse --movement "$mistake" --reason "The bag was not lost"

echo
echo "== Mistakes are refused with a clear message"
refused move receipt --sku NO-SUCH-SKU --location MAIN --qty 1
refused move receipt --sku RICE-25 --location MAIN --qty not-a-number

echo
echo "== Results"
run stock
run alerts
run journal

echo
echo "Demo data directory: $data_dir"
echo "Try: $depotctl --data-dir $(quote "$data_dir") stock --json"
