#!/usr/bin/env bash
# Runs every check: type check, lint, format check, unit tests, the front-end
# differential against CPython. Each check counts; `deno test` contributes its
# own per-test counts. The last line is "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
export NO_COLOR=1
passed=0
failed=0

note() { printf '\n=== %s\n' "$*"; }
count() { # name, status
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok: $1"
  else failed=$((failed + 1)); echo "FAILED: $1"; fi
}

note "setup"
# (libpython3.11-stdlib alone makes /usr/lib/python3.11/test, with test.support but
# no test_*.py: look for a file only the test-suite package has.)
if [ ! -x /usr/bin/python3.11 ] || [ ! -f /usr/lib/python3.11/test/test_fstring.py ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      python3.11 libpython3.11 libpython3.11-stdlib libpython3.11-testsuite) >/dev/null 2>&1 ||
      echo "warning: apt-get could not install the CPython 3.11 oracle"
  fi
fi
# pyexpat, _bz2, _lzma and _sqlite3 load the system libexpat, libbz2, liblzma and libsqlite3
# through FFI.
if [ "$(id -u)" = 0 ] && ! { ldconfig -p | grep -q libexpat.so.1 && ldconfig -p | grep -q libbz2.so.1 &&
  ldconfig -p | grep -q liblzma.so.5 && ldconfig -p | grep -q libsqlite3.so.0; }; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libexpat1 libbz2-1.0 liblzma5 \
    libsqlite3-0) >/dev/null 2>&1 ||
    echo "warning: apt-get could not install libexpat1, libbz2-1.0, liblzma5 and libsqlite3-0"
fi
# tests/ffi builds a C fixture library for the ctypes tests (skipped without a compiler).
if ! command -v cc >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc libc6-dev) \
    >/dev/null 2>&1 || echo "warning: apt-get could not install gcc (the ctypes fixture test is skipped)"
fi
if [ ! -x node_modules/.bin/deno ]; then
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi
DENO=node_modules/.bin/deno
$DENO --version | head -1

note "deno check"
$DENO task --quiet check; count "deno check" $?

note "deno lint"
$DENO lint --quiet; count "deno lint" $?

note "deno fmt --check"
$DENO fmt --check --quiet; count "deno fmt --check" $?

# Runs a `deno test` command; its per-test counts join the totals.
counted_tests() { # label, command...
  local label=$1 log summary p f
  shift
  log=$(mktemp)
  "$@" 2>&1 | tee "$log" | grep -E '^(FAILED|ok \||FAILED \||error)|=> ' | tail -60
  summary=$(grep -E '^(ok|FAILED) \| [0-9]+ passed' "$log" | tail -1)
  if [ -n "$summary" ]; then
    p=$(echo "$summary" | sed -E 's/.*\| ([0-9]+) passed.*/\1/')
    f=$(echo "$summary" | sed -E 's/.*\| ([0-9]+) failed.*/\1/')
    passed=$((passed + p)); failed=$((failed + f))
    echo "$label: $p passed, $f failed"
  else
    tail -30 "$log"; count "$label (no summary: crashed?)" 1
  fi
  rm -f "$log"
}

note "deno test"
counted_tests "deno test" $DENO task --quiet test

note "JIT stress: every Python test program again, every loop traced at once"
counted_tests "JIT stress" env TAIPAN_TEST_OPTIONS="-X jit-param=threshold=1,function_threshold=1,function_min_length=0,trace_eagerness=5" \
  $DENO test -A --quiet tests/python_test.ts

if [ -x tools/ci_extra.sh ]; then
  note "differential checks"
  tools/ci_extra.sh; count "differential checks" $?
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
