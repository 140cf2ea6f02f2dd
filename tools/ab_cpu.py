"""Whole-process CPU of benchmark programs under several launchers, alternated.

usage (from anywhere):
  /usr/bin/python3.11 tools/ab_cpu.py ROUNDS "label:launcher:args" ... -- bench ...

Each round runs every bench (a name in bench/programs) under every
configuration in turn and reads the child's user + system time from
RUSAGE_CHILDREN (all its threads); prints min/median seconds per
configuration. Alternating old and new code is how changes are compared on
this shared, noisy machine (docs/jit.md "What changed in session N").
"""
import os
import resource
import subprocess
import sys

PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "programs")

rounds = int(sys.argv[1])
rest = sys.argv[2:]
cut = rest.index("--")
configs = [c.split(":", 2) for c in rest[:cut]]
benches = rest[cut + 1:]
env = dict(os.environ)
env.pop("PYTHONDONTWRITEBYTECODE", None)  # (it would turn off Taipan's compiled-code cache)
times = {}
for _ in range(rounds):
    for bench in benches:
        for label, launcher, args in configs:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([launcher] + args.split() + [bench + ".py"], cwd=PROGRAMS, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            times.setdefault((bench, label), []).append(used)
for bench in benches:
    cells = []
    for label, _, _ in configs:
        ts = sorted(times[(bench, label)])
        cells.append(f"{label}={ts[0]:.2f}/{ts[len(ts) // 2]:.2f}")
    print(bench, "  ".join(cells))
