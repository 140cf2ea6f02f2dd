#!/usr/bin/env bash
# Differential checks against CPython 3.11, run by tests/run_all.sh (CI).
# Each --min-agree, and tests/conformance/baseline.json, is a ratchet: raise it
# when the figure improves, never lower it. Figures and how to read the
# reports: docs/frontend.md, docs/conformance.md.
set -u
cd "$(dirname "$0")/.."
status=0

echo "AST differential, stdlib and test suite:"
./tools/deno run -A tools/ast_diff.ts --min-agree=100 || status=1

echo "AST differential, fuzzed (mostly invalid) sources:"
./tools/deno run -A tools/write_fuzz_corpus.ts results/fuzz_corpus 3000 &&
  ./tools/deno run -A tools/ast_diff.ts --timeout=5 --out=results/ast_diff_fuzz \
    --min-agree=98.0 results/fuzz_corpus || status=1

echo "CPython's test suite, fast modules (conformance ratchet, tests/conformance/baseline.json):"
./tools/deno run -A tools/conformance.ts --jobs 2 --timeout 120 \
  --check tests/conformance/baseline.json $(cat tests/conformance/ci_modules.txt) || status=1

echo "The same modules with every loop traced at once (JIT stress, -X jit-threshold=1):"
./tools/deno run -A tools/conformance.ts --jobs 2 --timeout 180 \
  --taipan-option -X --taipan-option jit-param=threshold=1,function_threshold=1,function_min_length=0 \
  --check tests/conformance/baseline.json $(cat tests/conformance/ci_modules.txt) || status=1

exit $status
