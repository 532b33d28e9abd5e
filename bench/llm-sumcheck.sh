#!/usr/bin/env bash
# The zkML side at LLM scale, measured: the sumcheck proof of one whole forward pass of a GPT (its context, the next
# token's logits) — the weights committed once (Hyrax), the pass proven and verified — with the prover's time per
# parameter and per multiply–accumulate. Prints, per model, the prove and verify times, the proof size, the CPU time
# (user + system: on a shared machine the wall time also counts waiting for a core), the peak resident set size, the
# load average before and after, and the machine; exits 1 if a proof did not verify.
#
#   bench/llm-sumcheck.sh [MODEL ...]        default: gpt-tiny gpt-1m   (the kit proves at most 5 M parameters)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -x /usr/bin/time ] || { echo "bench/llm-sumcheck.sh: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 2; }
models=("$@")
[ ${#models[@]} -gt 0 ] || models=(gpt-tiny gpt-1m)
./kit machine
printf '\n%-9s %11s %9s %9s %9s %10s %10s %8s %9s %11s %s\n' model parameters prove verify proof "ns/param" "ns/MAC" cpu "peak RSS" load result
for m in "${models[@]}"; do
  out="$(mktemp)"; timing="$(mktemp)"
  before="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -v -o "$timing" ./kit zk sumcheck --model "$m" --input 1 --json >"$out" 2>/dev/null || true
  after="$(cut -d' ' -f1 /proc/loadavg)"
  user="$(sed -n 's/.*User time (seconds): //p' "$timing")"; sys="$(sed -n 's/.*System time (seconds): //p' "$timing")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timing")"
  line="$(python3 - "$out" <<'PY'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
except Exception as e:
    print("0 ? ? ? ? ? FAILED (no JSON: %s)" % e); sys.exit(0)
print("%d %.2fs %.2fs %.0fkB %.0f %.0f %s" % (r["parameters"], r["proveMs"] / 1e3, r["verifyMs"] / 1e3, r["proofBytes"] / 1e3,
      r["proveNsPerParameter"], r["proveNsPerMac"], "verified" if r["verified"] else "FAILED: " + r["reason"]))
PY
)"
  set -- $line
  printf '%-9s %11s %9s %9s %9s %10s %10s %7.1fs %7.2fGB %4s→%-5s %s\n' "$m" "$(printf "%'d" "$1" 2>/dev/null || echo "$1")" "$2" "$3" "$4" "$5" "$6" \
    "$(echo "${user:-0} + ${sys:-0}" | bc)" "$(echo "scale=2; ${rss:-0} / 1048576" | bc)" "$before" "$after" "${*:7}"
  rm -f "$out" "$timing"
  case "$line" in *FAILED*) exit 1 ;; esac
done
