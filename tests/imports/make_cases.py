"""Regenerates run_module_cases.json: `python -m` runs (and directories run
as the script) under CPython 3.11
(/usr/bin/python3.11) from tests/python/imports/lib, with their stdout,
stderr and exit status; the interpreter's path is written as {program} and
the directory as {dir}. Run from the repository root:
    /usr/bin/python3.11 tests/imports/make_cases.py"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "..", "python", "imports", "lib")
LIB = os.path.abspath(LIB)

ARGS = [
    ["-m", "runnable", "x", "y"],
    ["-m", "runnable.__main__"],
    ["-m", "script_mod", "a"],
    ["-m", "nothing_here"],
    ["-m", "notpkg.sub"],
    ["-m", "no_package.sub"],
    ["-m", "pkg"],
    ["-m", "nspkg"],
    ["-m", ".rel"],
    ["-m", "script_mod.py"],
    ["-m", "keyword"],
    ["runnable", "x"],
    ["pkg/deep"],
]

cases = []
for args in ARGS:
    r = subprocess.run([sys.executable, *args], cwd=LIB, capture_output=True, timeout=60,
                       env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    sub = lambda b: b.decode().replace(sys.executable, "{program}").replace(LIB, "{dir}")
    cases.append({"args": args, "stdout": sub(r.stdout), "stderr": sub(r.stderr),
                  "status": r.returncode})
with open(os.path.join(HERE, "run_module_cases.json"), "w") as out:
    json.dump({"cases": cases}, out, indent=1)
    out.write("\n")
