# Interpreter start-up: a near-empty program (a few common imports, one line of
# output). The harness times the whole process; SIZE repeats a trivial loop.
import os
import re
import sys

size = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "quick" else 10
total = sum(len(re.sub("a", "b", "banana" * (i % 3))) for i in range(size))
if os.environ.get("BENCH_ITERATION_TIMES"):
    sys.stderr.write("iteration 0.0\n")
print("started", total)
