"""Per-iteration times and whole-process CPU of benchmarks under several launchers.

usage (from anywhere):
  /usr/bin/python3.11 tools/iteration_cpu.py ROUNDS "label:launcher" ... -- bench ...

Runs each bench (a name in bench/programs, or in $BENCHDIR) with
BENCH_ITERATION_TIMES=1 under every launcher in turn, ROUNDS times,
alternated. Prints, per bench and launcher, the whole process's CPU
(user + system of all its threads, from RUSAGE_CHILDREN) as min/median
seconds, and the minimum over the rounds of each iteration's time as the
program reports it (time.process_time: every thread). The first
iterations show warm-up (interpreting, recording, compiling, V8's tiers);
docs/jit.md "What changed in session N" quotes these lists.
TAIPAN_BUNDLE=0 is set, so checkouts other than the main one run their own
sources.
"""
import os
import resource
import subprocess
import sys

PROGRAMS = os.environ.get(
    "BENCHDIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "programs")
)

rounds = int(sys.argv[1])
rest = sys.argv[2:]
cut = rest.index("--")
configs = [c.split(":", 1) for c in rest[:cut]]
benches = rest[cut + 1:]
env = dict(os.environ)
env.pop("PYTHONDONTWRITEBYTECODE", None)  # (it would turn off Taipan's compiled-code cache)
env["BENCH_ITERATION_TIMES"] = "1"
env["TAIPAN_BUNDLE"] = "0"
results = {}
for _ in range(rounds):
    for bench in benches:
        for label, launcher in configs:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            run = subprocess.run(
                launcher.split() + [bench + ".py"], cwd=PROGRAMS, env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            iterations = [
                float(line.split()[1]) for line in run.stderr.splitlines()
                if line.startswith("iteration ")
            ]
            if not iterations:
                print("FAILED", label, bench, run.stderr[-300:])
                continue
            results.setdefault((bench, label), []).append((iterations, cpu))


def median(values):
    return sorted(values)[len(values) // 2]


for bench in benches:
    for label, _ in configs:
        runs = results.get((bench, label))
        if not runs:
            continue
        count = min(len(its) for its, _ in runs)
        minima = [min(its[k] for its, _ in runs) for k in range(count)]
        cpus = [cpu for _, cpu in runs]
        print(
            f"{bench:15} {label:8} cpu {min(cpus):.2f}/{median(cpus):.2f}  iters "
            + " ".join(f"{t:.3f}" for t in minima)
        )
