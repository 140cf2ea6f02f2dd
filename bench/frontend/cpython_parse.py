"""CPython's side of the front-end benchmark (run by bench/frontend/parse_bench.ts).

Reads the file names from stdin, loads every file into memory first, then times
only the ast.parse() calls (tree discarded each time). Prints one JSON line:
{"files", "bytes", "seconds", "cpuSeconds", "rejected"}.
"""
import ast
import json
import sys
import time

paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
sources = []
for path in paths:
    with open(path, "rb") as handle:
        sources.append((path, handle.read()))

rejected = 0
started = time.perf_counter()
cpu_started = time.process_time()
for path, source in sources:
    try:
        ast.parse(source, path)
    except (SyntaxError, ValueError):
        rejected += 1
seconds = time.perf_counter() - started
cpu_seconds = time.process_time() - cpu_started
total = sum(len(source) for _, source in sources)
print(json.dumps({"files": len(sources), "bytes": total, "seconds": seconds,
                  "cpuSeconds": cpu_seconds, "rejected": rejected}))
