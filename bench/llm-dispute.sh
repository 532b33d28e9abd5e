#!/usr/bin/env bash
# The opML dispute at LLM scale, measured: one forward pass of a synthetic GPT (its context of 16 tokens, the next
# token's logits) run by both parties on the kit's VM, a cheater from a random step caught by the bisection game,
# and the disputed step re-executed by the Solidity OneStep contract on a local node. Prints the wall time, the CPU
# time (user + system: on a shared machine the wall time also counts waiting for a core), the peak resident set
# size, the load average before and after, and the machine; exits 1 if the challenger did not win.
#
#   bench/llm-dispute.sh [MODEL ...]        default: gpt-100m   (also gpt-1m, gpt-10m, gpt-1b)
#   KIT_JAVA_OPTS=-Xmx14g bench/llm-dispute.sh gpt-1b
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -x /usr/bin/time ] || { echo "bench/llm-dispute.sh: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 2; }
models=("$@")
[ ${#models[@]} -gt 0 ] || models=(gpt-100m)
./kit machine
printf '\n%-9s %12s %10s %9s %9s %10s %8s %s\n' model steps wall cpu "peak RSS" "load" rounds result
for m in "${models[@]}"; do
  out="$(mktemp)"; timing="$(mktemp)"
  before="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -v -o "$timing" ./kit op dispute --model "$m" --cheat-step random --onchain-step --json >"$out" 2>/dev/null || true
  after="$(cut -d' ' -f1 /proc/loadavg)"
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timing")"
  user="$(sed -n 's/.*User time (seconds): //p' "$timing")"; sys="$(sed -n 's/.*System time (seconds): //p' "$timing")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timing")"
  result="$(python3 - "$out" <<'PY'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
except Exception as e:
    print("FAILED (no JSON: %s)" % e); sys.exit(0)
ok = r["winner"] == "challenger" and r["disputedStep"] == r["cheatStep"] and r["oneStepVerified"] and r.get("oneStepOnChain")
print("%d %d %s" % (r["traceLength"], r["rounds"], "challenger wins at step %d, one step verified in Java and on-chain" % r["disputedStep"]
      if ok else "FAILED: " + json.dumps(r)[:300]))
PY
)"
  set -- $result
  printf '%-9s %12s %10s %8.1fs %7.2fGB %4s→%-5s %6s %s\n' "$m" "$(printf "%'d" "${1:-0}" 2>/dev/null || echo "$1")" "$wall" \
    "$(echo "${user:-0} + ${sys:-0}" | bc)" "$(echo "scale=2; ${rss:-0} / 1048576" | bc)" "$before" "$after" "${2:-?}" "${*:3}"
  rm -f "$out" "$timing"
  case "$result" in *FAILED*) exit 1 ;; esac
done
