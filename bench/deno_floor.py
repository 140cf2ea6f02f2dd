"""What Deno alone costs to start, against CPython's whole start-up.

Runs `deno run` of an empty script and `python3.11 -c pass` alternately and
prints the median wall and CPU time (user + system of the child, from
RUSAGE_CHILDREN) of each: the floor under `./taipan -c pass`, which runs on
the same Deno (docs/performance.md, "Start-up").

    /usr/bin/python3.11 bench/deno_floor.py [RUNS]
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DENO = os.path.join(ROOT, "node_modules", ".bin", "deno")


def measure(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False) as empty:
        empty.write("\n")
    commands = {
        "deno run (empty script)": [DENO, "run", "--quiet", empty.name],
        "python3.11 -c pass": ["/usr/bin/python3.11", "-c", "pass"],
    }
    samples = {name: [] for name in commands}
    try:
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(measure(command))
    finally:
        os.unlink(empty.name)
    for name, values in samples.items():
        walls = sorted(w for w, _ in values)
        cpus = sorted(c for _, c in values)
        print("%-26s wall %.4f s  cpu %.4f s" % (name, walls[runs // 2], cpus[runs // 2]))


main()
