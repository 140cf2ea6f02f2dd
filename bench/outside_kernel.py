"""CPU a benchmark process spends outside its timed iterations (start-up,
imports, the harness, exit), alternating launchers run after run:

    python3.11 bench/outside_kernel.py ROUNDS LABEL=LAUNCHER... -- BENCH[:SIZE[:ITERATIONS]]...

e.g. `python3.11 bench/outside_kernel.py 5 taipan=./taipan base=/tmp/base/taipan
python3.11=/usr/bin/python3.11 -- richards:default:0 json_roundtrip`. Each run's
whole-process CPU (user + system of the child, from RUSAGE_CHILDREN, all
threads, the kernel's teardown of its memory included) minus the sum of the
`iteration` lines BENCH_ITERATION_TIMES makes the program print (its kernel's
process_time); printed as the median and the smallest per launcher.
PYTHONDONTWRITEBYTECODE is removed from the environment (it would keep
Taipan's compiled-code cache from filling).
"""
import os
import resource
import statistics
import subprocess
import sys

PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")


def main():
    rounds = int(sys.argv[1])
    rest = sys.argv[2:]
    split = rest.index("--")
    # A launcher named by a relative path is taken from here, not from programs/.
    launchers = [(label, os.path.abspath(launcher) if "/" in launcher else launcher)
                 for label, launcher in (spec.split("=", 1) for spec in rest[:split])]
    benches = rest[split + 1:]
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["BENCH_ITERATION_TIMES"] = "1"
    results = {}
    for _ in range(rounds):
        for bench in benches:
            name, *args = bench.split(":")
            for label, launcher in launchers:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                run = subprocess.run(
                    [launcher, name + ".py", *args], cwd=PROGRAMS, env=env,
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                kernel = sum(float(line.split()[1]) for line in run.stderr.splitlines()
                             if line.startswith("iteration "))
                results.setdefault((bench, label), []).append((cpu, kernel))
    for bench in benches:
        cells = []
        for label, _ in launchers:
            runs = results[(bench, label)]
            outside = [cpu - kernel for cpu, kernel in runs]
            cells.append(f"{label}: {statistics.median(outside):.3f} s (min {min(outside):.3f}, "
                         f"whole {statistics.median(cpu for cpu, _ in runs):.3f})")
        print(f"{bench}: " + "; ".join(cells))


if __name__ == "__main__":
    main()
