"""Shared driver for the programs in bench/programs (not a benchmark itself).

Protocol, shared with bench/run.ts:

    python PROGRAM.py [SIZE [ITERATIONS]]

SIZE is the problem size (its meaning is the program's own; "quick" picks a
small size for smoke tests, "default" the default size); ITERATIONS is how many
times the kernel runs in this process. The program prints a checksum of its
result to stdout, so output can be compared between interpreters. When the environment
variable BENCH_ITERATION_TIMES is set (to anything non-empty), each iteration
also prints `iteration <seconds>` to stderr: the harness draws warm-up curves
from those lines.

Programs must run on CPython 3.11 and on PyPy's Python 3.9 dialect.
"""
import os
import sys
import time


def main(kernel, default_size, quick_size, iterations=5, checksum=None):
    """Runs kernel(size) ITERATIONS times and prints the checksum of the last
    result (checksum(result) if given, else the result itself). Every
    iteration must produce the same result; a change is reported."""
    size = default_size
    if len(sys.argv) > 1:
        if sys.argv[1] == "quick":
            size = quick_size
        elif sys.argv[1] != "default":
            size = int(sys.argv[1])
    if len(sys.argv) > 2:
        iterations = int(sys.argv[2])
    report = bool(os.environ.get("BENCH_ITERATION_TIMES"))
    first = None
    result = None
    for i in range(iterations):
        start = time.process_time()
        result = kernel(size)
        elapsed = time.process_time() - start
        if report:
            sys.stderr.write("iteration %.6f\n" % elapsed)
            sys.stderr.flush()
        if i == 0:
            first = result
        elif result != first:
            print("iteration %d gave a different result: %r != %r" % (i, result, first))
    print(checksum(result) if checksum is not None else result)
