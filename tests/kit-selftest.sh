#!/usr/bin/env bash
# Self-test of the launcher: the checks of ./kit test must be able to fail, and missing
# prerequisites must be explained in one line. Run by ./kit test after the library is built.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIT="$ROOT/kit"
FIX="$ROOT/tests/fixtures"
passed=0 failed=0

expect() { # description, expected exit code ("nonzero" or a number), expected text in stderr ("" for any), command…
  local what="$1" want="$2" text="$3"; shift 3
  local out rc
  out="$("$@" 2>&1)"; rc=$?
  local ok=1
  if [[ "$want" == nonzero ]]; then (( rc != 0 )) || ok=0; else (( rc == want )) || ok=0; fi
  if [[ -n "$text" && "$out" != *"$text"* ]]; then ok=0; fi
  if (( ok )); then
    passed=$((passed + 1)); echo "  ok   $what"
  else
    failed=$((failed + 1)); echo "  FAIL $what (exit $rc, wanted $want${text:+ and \"$text\"})"
    printf '%s\n' "$out" | tail -n 5 | sed 's/^/       /'
  fi
}

# A PATH holding every command the launcher uses except the one named: to test its absence.
path_without() {
  local missing="$1" dir cmd
  dir="$(mktemp -d)"
  for cmd in bash env sed grep find id dirname readlink mkdir cat mv basename printf tail head cut tr \
             java javac mvn node jshell apt-get; do
    [[ "$cmd" == "$missing" ]] && continue
    local real; real="$(command -v "$cmd" 2>/dev/null)" || continue
    ln -s "$(readlink -f "$real")" "$dir/$cmd"
  done
  echo "$dir"
}

echo "kit self-test"
expect "a JShell script that throws makes ./kit jshell exit non-zero, naming file and line" \
  nonzero "throwing.jsh:3: exception java.lang.IllegalStateException" "$KIT" jshell "$FIX/throwing.jsh"
expect "a JShell script with a rejected snippet makes ./kit jshell exit non-zero" \
  nonzero "rejected.jsh:3: rejected snippet" "$KIT" jshell "$FIX/rejected.jsh"
expect "an exercise with a compile error names the student's file, line and message" \
  1 "exercise-compile-error.jsh:5: ';' expected" "$KIT" exercise 03-field-inverse --file "$FIX/exercise-compile-error.jsh"
expect "a wrong exercise answer names the failing stage and its hint" \
  1 "hint: the exponent is p − 2" "$KIT" exercise 03-field-inverse --mutant fermat-exponent-p-minus-1
expect "a correct exercise answer passes every stage" \
  0 "all 3 stages passed" "$KIT" exercise 03-field-inverse --solution
expect "a notebook with a throwing cell makes the notebook runner fail" \
  nonzero "FAILED" "$KIT" notebooks "$FIX/throwing-cell.ipynb"
# ./kit book: a notebook that runs is rendered and linked by its title from index.html; a failing one is named,
# listed as failed with its log, and makes the command exit 1 (two notebooks only: the full book is the course).
book_indexes_what_ran() {
  local dir out rc ok=1
  dir="$(mktemp -d)"
  out="$(KIT_BOOK_DIR="$dir" "$KIT" book "$ROOT/notebooks/00-welcome.ipynb" "$FIX/throwing-cell.ipynb" 2>&1)"; rc=$?
  (( rc == 1 )) || { echo "exit $rc, wanted 1"; ok=0; }
  [[ "$out" == *"throwing-cell.ipynb FAILED"* && "$out" == *"failed: throwing-cell"* ]] || { echo "the failing notebook is not named"; ok=0; }
  [[ -s "$dir/00-welcome.html" ]] && grep -q 'keccak256' "$dir/00-welcome.html" || { echo "00-welcome.html was not rendered with its outputs"; ok=0; }
  grep -q '<a href="00-welcome.html">00 · Welcome to zkopml lab</a>' "$dir/index.html" || { echo "index.html does not link 00-welcome.html by its title"; ok=0; }
  grep -q 'class="failed">throwing-cell' "$dir/index.html" && [[ ! -e "$dir/throwing-cell.html" ]] || { echo "index.html does not list the failed notebook"; ok=0; }
  grep -qE 'executed on <strong>[^<]+ cores[^<]*</strong> on [0-9]{4}-[0-9]{2}-[0-9]{2}' "$dir/index.html" || { echo "index.html lacks the machine and date"; ok=0; }
  (( ok )) || printf '%s\n' "$out" | tail -n 5
  rm -rf "$dir"
  (( ok ))
}
expect "./kit book renders what ran, links it from index.html by title, and names a failing notebook (exit 1)" \
  0 "" book_indexes_what_ran
nomvn="$(path_without mvn)"
expect "a mistyped command prints usage and exits 2 without building anything (no Maven needed)" \
  2 "usage: ./kit" env PATH="$nomvn" bash "$KIT" modle
expect "no command at all prints usage and exits 2" \
  2 "usage: ./kit" "$KIT"

nojava="$(path_without java)"
expect "missing Java is explained in one line" \
  1 "Java 17 or newer is required, but 'java' is not on PATH" env -u JAVA_HOME PATH="$nojava" bash "$KIT" setup
expect "missing Maven is explained in one line" \
  1 "Apache Maven is required" env -u JAVA_HOME PATH="$nomvn" bash "$KIT" setup
nonode="$(path_without node)"
expect "missing Node.js is explained in one line" \
  1 "Node.js 20 or newer is required" env -u JAVA_HOME PATH="$nonode" bash "$KIT" setup
if command -v setpriv >/dev/null 2>&1 && [[ "$(id -u)" -eq 0 ]]; then
  # The checkout may live where other users cannot enter (a clone in a mktemp -d folder): run a copy of
  # the launcher from a folder they can read, since only its prerequisite checks are under test here.
  world="$(mktemp -d)"; chmod 755 "$world"; cp "$KIT" "$world/kit"; chmod 755 "$world/kit"
  expect "a non-root user without Jupyter is told the exact apt-get line" \
    1 "sudo apt-get install -y jupyter-notebook jupyter-nbconvert jupyter-client" \
    setpriv --reuid=65534 --regid=65534 --clear-groups env -u JAVA_HOME HOME=/tmp KIT_JUPYTER=/nonexistent/jupyter bash "$world/kit" setup
  rm -rf "$world"
fi

# One rule for Java, Maven's: JAVA_HOME when set (even if a good java is on PATH), else PATH.
oldjava="$(mktemp -d)"; mkdir -p "$oldjava/bin"
printf '#!/bin/sh\necho "    java.specification.version = 11" >&2\n' >"$oldjava/bin/java"
cp "$oldjava/bin/java" "$oldjava/bin/javac"; chmod +x "$oldjava/bin/java" "$oldjava/bin/javac"
expect "setup checks the Java in JAVA_HOME, the one Maven uses" \
  1 "the java on JAVA_HOME ($oldjava) is version 11" env JAVA_HOME="$oldjava" bash "$KIT" setup
expect "a JAVA_HOME without Java is explained in one line" \
  1 "'java' is not on JAVA_HOME (/nonexistent/jdk)" env JAVA_HOME=/nonexistent/jdk bash "$KIT" setup
rm -rf "$oldjava"

# Each function of the launcher works from its own arguments: test_on_jdk is given its scripts.
test_on_jdk_alone() {
  ( source "$KIT"
    mvn() { return 0; }
    run_scripts() { echo "scripts: $* with $(java_bin java)"; }
    test_on_jdk /opt/other-jdk one.jsh two.jsh )
}
expect "test_on_jdk runs the scripts it is given, with that JDK's java" \
  0 "scripts: one.jsh two.jsh with /opt/other-jdk/bin/java" test_on_jdk_alone

rm -rf "$nojava" "$nomvn" "$nonode"

# ./kit lab: serves Jupyter on 127.0.0.1 on a working copy of the course with the zkopml kernel, a kernel starts
# there, and starting Jupyter's Python kernel prints no debugger warning about frozen modules.
lab_serves_the_kit_kernel() {
  local port log pid url token base ok=1 kernel work python
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  log="$(mktemp)"; work="$(mktemp -d)"
  KIT_PORT="$port" KIT_WORK_DIR="$work" "$KIT" lab >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    url="$(grep -oE "http://127\.0\.0\.1:$port/[^ ]*token=[0-9a-f]+" "$log" | head -n 1)"
    [[ -n "$url" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if [[ -n "$url" ]]; then
    token="${url##*token=}"; base="http://127.0.0.1:$port"
    curl -sf "$base/api/kernelspecs?token=$token" | grep -q '"zkopml"' || { echo "no zkopml kernelspec"; ok=0; }
    kernel="$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"name":"zkopml"}' "$base/api/kernels?token=$token" |
              sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')"
    if [[ -n "$kernel" ]]; then
      curl -sf -X DELETE "$base/api/kernels/$kernel?token=$token" >/dev/null || true
    else
      echo "the zkopml kernel did not start"; ok=0
    fi
    cmp -s "$ROOT/notebooks/00-welcome.ipynb" "$work/00-welcome.ipynb" || { echo "no working copy of the course in $work"; ok=0; }
    curl -sf "$base/api/contents/00-welcome.ipynb?token=$token&content=0" >/dev/null || { echo "Jupyter does not serve the working copy"; ok=0; }
    python="$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"name":"python3"}' "$base/api/kernels?token=$token" |
              sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')"
    if [[ -n "$python" ]]; then
      sleep 8   # ipykernel imports its debugger a few seconds after start
      curl -sf -X DELETE "$base/api/kernels/$python?token=$token" >/dev/null || true
      sleep 1
      if grep -q "frozen modules" "$log"; then echo "the Python kernel printed the frozen-modules warning"; ok=0; fi
    fi
    if grep -qE 'Traceback|\[E ' "$log"; then echo "the lab's output has an error:"; grep -E 'Traceback|\[E ' "$log" | head -n 3; ok=0; fi
  else
    echo "Jupyter printed no URL with a token on 127.0.0.1:$port"; tail -n 5 "$log"; ok=0
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  rm -rf "$log" "$work"
  (( ok ))
}
expect "./kit lab serves Jupyter on 127.0.0.1 on a working copy, with the zkopml kernel and a quiet Python kernel" \
  0 "" lab_serves_the_kit_kernel

# The working copy: the first start copies the course; a later one adds only what the course gained, keeping the
# student's edits; --reset NB restores one notebook (keeping the student's version in backups/); an unknown
# notebook is named in one line; the default working copy, work/, is ignored by git.
working_copy_keeps_the_students_work() {
  local course work out ok=1
  course="$(mktemp -d)"; work="$(mktemp -d)/work"
  printf '{"cells": [], "one": 1}\n' >"$course/01-one.ipynb"
  printf '{"cells": [], "two": 2}\n' >"$course/02-two.ipynb"
  ( KIT_NOTEBOOK_DIR="$course" KIT_WORK_DIR="$work"; source "$KIT"; prepare_working_copy ) 2>/dev/null
  [[ -f "$work/01-one.ipynb" && -f "$work/02-two.ipynb" ]] || { echo "the first start did not copy the course"; ok=0; }
  printf '{"cells": ["the student wrote this"]}\n' >"$work/01-one.ipynb"
  printf '{"cells": [], "three": 3}\n' >"$course/03-three.ipynb"
  out="$( ( KIT_NOTEBOOK_DIR="$course" KIT_WORK_DIR="$work"; source "$KIT"; prepare_working_copy ) 2>&1)"
  [[ -f "$work/03-three.ipynb" && "$out" == *"copied: 03-three"* ]] || { echo "a new notebook of the course was not added: $out"; ok=0; }
  grep -q "the student wrote this" "$work/01-one.ipynb" || { echo "a later start overwrote the student's notebook"; ok=0; }
  ( KIT_NOTEBOOK_DIR="$course" KIT_WORK_DIR="$work"; source "$KIT"; reset_notebook 01 ) 2>/dev/null
  cmp -s "$course/01-one.ipynb" "$work/01-one.ipynb" || { echo "--reset 01 did not restore the notebook"; ok=0; }
  grep -qs "the student wrote this" "$work"/backups/01-one-*.ipynb || { echo "--reset did not keep the student's version"; ok=0; }
  out="$( ( KIT_NOTEBOOK_DIR="$course" KIT_WORK_DIR="$work"; source "$KIT"; course_notebook 99-none ) 2>&1)" &&
    { echo "an unknown notebook was accepted"; ok=0; }
  [[ "$out" == *"the course has no such notebook (it has: 01-one 02-two 03-three"* ]] || { echo "unclear error: $out"; ok=0; }
  if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    git -C "$ROOT" check-ignore -q work/00-welcome.ipynb || { echo "work/ is not ignored by git"; ok=0; }
  fi
  rm -rf "$course" "$(dirname "$work")"
  (( ok ))
}
expect "the working copy keeps the student's edits, gains new notebooks, and --reset restores one" \
  0 "" working_copy_keeps_the_students_work

# The kernel start-up test can fail: a "kernel" that never answers is caught within its timeout.
silent_kernel_is_caught() {
  local specs; specs="$(mktemp -d)"
  mkdir -p "$specs/kernels/zkopml"
  printf '{"argv": ["sleep", "600"], "display_name": "never answers", "language": "java"}\n' \
    >"$specs/kernels/zkopml/kernel.json"
  JUPYTER_PATH="$specs" "$(sed -n '1s/^#! *//p' "${KIT_JUPYTER:-/usr/bin/jupyter}")" "$ROOT/tests/kernel-starts.py" 1 5
  local rc=$?
  rm -rf "$specs"
  return "$rc"
}
expect "the kernel start-up test fails on a kernel that does not answer" \
  1 "did not answer within 5 s" silent_kernel_is_caught

# The browser test can fail: a notebook cell that throws shows an error on the page.
if [[ -x "${KIT_CHROMIUM:-/usr/bin/chromium}" ]]; then
  expect "the browser test fails when a notebook cell throws" \
    1 "a cell shows an error: " bash -c "source '$KIT'; test_lab_in_browser --notebook-dir '$FIX' --notebooks throwing-cell.ipynb --restarts 0 --features no"
else
  echo "  skip the browser test's self-test (no Chromium)"
fi

# ./kit classroom: a student logs in with the workshop password through the hub's REST API and starts a
# server; the idle culler stops it once idle; a TERM to the kit stops the hub, its proxy and culler, and
# nothing the classroom started is left (process, staged folder, the account made for the test).
classroom_culls_and_stops() {
  local port log pid base token ok=1 user=kitcull01 password=selftest-workshop
  local pattern='jupyterhub|configurable-http-proxy|zkopml-classroom[.]' procs_before
  procs_before="$(pgrep -f "$pattern" | sort)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  log="$(mktemp)"; base="http://127.0.0.1:$port"
  KIT_CLASSROOM_PASSWORD="$password" KIT_CLASSROOM_ACTIVITY_INTERVAL=2 \
    "$KIT" classroom --students 1 --prefix kitcull --cull-idle 6 --port "$port" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "$base/hub/api/" >/dev/null && break; kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  token="$(curl -sf -X POST -d "{\"auth\": {\"username\": \"$user\", \"password\": \"$password\"}}" \
           "$base/hub/api/users/$user/tokens" | sed -n 's/.*"token": *"\([0-9a-f]*\)".*/\1/p')"
  [[ -n "$token" ]] || { echo "no token for $user with the workshop password"; ok=0; }
  [[ -z "$(curl -s -o /dev/null -w '%{http_code}' -X POST -d '{"auth": {"username": "kitcull01", "password": "wrong"}}' \
           "$base/hub/api/users/$user/tokens" | grep -v 403)" ]] || { echo "a wrong password was not refused"; ok=0; }
  if [[ -n "$token" ]]; then
    curl -sf -X POST -H "Authorization: token $token" "$base/hub/api/users/$user/server" >/dev/null ||
      { echo "the server did not start"; ok=0; }
    local state="" seen_ready=0
    for _ in $(seq 1 120); do
      state="$(curl -sf -H "Authorization: token $token" "$base/hub/api/users/$user")"
      [[ "$state" == *'"ready": true'* ]] && seen_ready=1
      (( seen_ready )) && [[ "$state" == *'"servers": {}'* ]] && break
      sleep 1
    done
    (( seen_ready )) || { echo "the student's server never became ready"; ok=0; }
    [[ "$state" == *'"servers": {}'* ]] && grep -q "idle-culler: stopped $user's server" "$log" ||
      { echo "the idle server was not culled"; ok=0; }
  fi
  kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  grep -q "classroom stopped" "$log" || { echo "the kit did not stop the classroom"; ok=0; }
  local procs_after; procs_after="$(pgrep -f "$pattern" | sort)"
  [[ -z "$(comm -13 <(printf '%s\n' "$procs_before") <(printf '%s\n' "$procs_after"))" ]] ||
    { echo "left running: $(pgrep -af "$pattern" | head -n 3)"; ok=0; }
  if [[ "$(id -u)" -eq 0 && "$(getent passwd "$user" | cut -d: -f5)" == "zkopml classroom student" ]]; then
    userdel --remove "$user" >/dev/null 2>&1   # the account ./kit classroom made for this test
  fi
  (( ok )) || tail -n 8 "$log"
  rm -f "$log"
  (( ok ))
}
expect "./kit classroom logs a student in, culls the idle server, and leaves nothing once stopped" \
  0 "" classroom_culls_and_stops
expect "./kit classroom refuses a bad option with its usage (exit 2)" \
  2 "usage: ./kit classroom" "$KIT" classroom --studnets 3
expect "./kit image refuses a bad option (exit 2)" \
  2 "usage: ./kit image [--test]" "$KIT" image --push

echo "kit self-test: $passed passed, $failed failed"
(( failed == 0 ))
