#!/usr/bin/env bash
# The kit's start-up with and without its class-data-sharing archive (./kit setup builds it; KIT_CDS=off runs
# without it): small commands, each run RUNS times with and without the archive in alternation, reporting the
# mean wall-clock and CPU (user + system) seconds per run and the ratio, with the machine, the date and the load
# average before and after.
# Usage, from the repository root after ./kit setup:   bash bench/startup.sh [RUNS]   (default 10)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIT="$ROOT/kit"
RUNS="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$KIT" machine >/dev/null                     # builds the library and the archive if needed
"$KIT" zk prove --model iris-linear --statement c --input 1 --out "$work/proof" >/dev/null 2>&1

load() { cut -d' ' -f1-3 /proc/loadavg; }
before="$(load)"
machine="$("$KIT" machine)"
for name in machine verify; do
  if [[ "$name" == machine ]]; then cmd=(machine); else cmd=(zk verify "$work/proof"); fi
  for ((i = 0; i < RUNS; i++)); do
    for mode in off on; do
      /usr/bin/time -f "$name $mode %e %U %S" -a -o "$work/times" env KIT_CDS="$mode" "$KIT" "${cmd[@]}" >/dev/null 2>&1
    done
  done
done
echo "Machine: $machine"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); $RUNS runs of each command with and without the archive, in alternation"
echo "Load average (1, 5, 15 min) before: $before; after: $(load)"
echo
echo "| command | wall, no archive | wall, archive | CPU, no archive | CPU, archive | no archive / archive (wall) |"
echo "|---|---:|---:|---:|---:|---:|"
awk '{ w[$1 " " $2] += $3; c[$1 " " $2] += $4 + $5; n[$1 " " $2]++ }
     END { split("machine verify", names, " ");
           label["machine"] = "`./kit machine`"; label["verify"] = "`./kit zk verify DIR`";
           for (k = 1; k <= 2; k++) { m = names[k];
             printf "| %s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f |\n", label[m], w[m " off"] / n[m " off"], w[m " on"] / n[m " on"],
                    c[m " off"] / n[m " off"], c[m " on"] / n[m " on"], w[m " off"] / w[m " on"] } }' "$work/times"
