"""V8's compile time per function and tier, from `--trace-opt` output on stdin.

usage (from bench/programs):
  ../../tools/deno run -A --config ../../deno.json \
    --v8-flags=--stack-size=6000,--min-semi-space-size=32,--invocation-count-for-maglev=1500,--always-osr-from-maglev,--turbo-filter=-runFrame,--trace-opt \
    ../../cli/launch.ts X.py 2>/dev/null | /usr/bin/python3.11 ../../tools/v8_compile_cost.py [N]

(the flags are ./taipan's with the JIT on, plus --trace-opt). Prints the
total ms and count per tier, then the N (25) functions that took most.
Generated trace functions are named loop, bridge and fromLabel, or after
their traces with `-X jitlog=names` before X.py
(loop_projection_test_340_49: docs/jit.md "Watching it"). The times
are V8's own (prepare, execute, finalize), wall time on its threads: a
loaded machine inflates them.
"""
import collections
import re
import sys

LINE = re.compile(r"completed compiling .*?<JSFunction (\S*) .*?\(target (\w+)\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms")
by_function = collections.Counter()
by_tier = collections.Counter()
count = collections.Counter()
for line in sys.stdin:
    match = LINE.search(line)
    if not match:
        continue
    ms = sum(float(match.group(i)) for i in (4, 5, 6))
    by_function[(match.group(1) or "?", match.group(2) + (match.group(3) or ""))] += ms
    by_tier[match.group(2)] += ms
    count[match.group(2)] += 1
print({tier: (round(ms), count[tier]) for tier, ms in by_tier.items()})
for (name, tier), ms in by_function.most_common(int(sys.argv[1]) if len(sys.argv) > 1 else 25):
    print(f"{ms:8.1f} {tier:16} {name}")
