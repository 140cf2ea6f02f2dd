"""Ratio tables for docs/jit.md from one run of the benchmark harness:

    /usr/bin/python3.11 bench/jit_tables.py results/bench/bench-YYYYMMDD-HHMMSS.json

prints, for whole-process CPU time and for warm kernel time (the harness's
`cpu` and `warm` cells), JIT on / CPython, JIT off / CPython, PyPy / CPython and
JIT on / JIT off per benchmark, with geometric means, as Markdown tables.
"""
import json, math, sys
d = json.load(open(sys.argv[1]))
cols = [("taipan-jit-on", "python3.11", "JIT on / CPython"), ("taipan-jit-off", "python3.11", "JIT off / CPython"),
        ("pypy3", "python3.11", "PyPy / CPython"), ("taipan-jit-on", "taipan-jit-off", "JIT on / JIT off")]
def table(field):
    rows = []
    logs = {c[2]: [] for c in cols}
    for b in d["benchmarks"]:
        cells = b["cells"]
        row = [b["name"]]
        for num, den, label in cols:
            a = cells.get(num, {}).get(field); z = cells.get(den, {}).get(field)
            if a and z:
                r = a / z
                logs[label].append(math.log(r))
                row.append(("%.2fx" % r) if "/ JIT off" not in label else "%.2f" % r)
            else:
                row.append("–")
        rows.append(row)
    gm = ["**geometric mean**"] + [("**" + (("%.2fx" if "/ JIT off" not in c[2] else "%.2f") % math.exp(sum(logs[c[2]]) / len(logs[c[2]]))) + "**") if logs[c[2]] else "–" for c in cols]
    rows.append(gm)
    head = ["benchmark"] + [c[2] for c in cols]
    w = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    out = ["| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(head)) + " |",
           "| " + " | ".join("-" * w[i] for i in range(len(head))) + " |"]
    for r in rows:
        out.append("| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |")
    return "\n".join(out)
print("Whole processes, CPU time:\n"); print(table("cpu")); print("\nWarm kernel time:\n"); print(table("warm"))
print("\nRun:", d["date"], "commit", d["commit"], "load", d["loadavgBefore"], "->", d["loadavgAfter"])
