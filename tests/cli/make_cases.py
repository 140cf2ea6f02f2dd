"""Regenerates cases.json: command lines run under CPython 3.11, whose stdout,
stderr and exit status the Taipan CLI must reproduce. Run with /usr/bin/python3.11
from the repository root: python3.11 tests/cli/make_cases.py"""
import json, os, subprocess, sys, tempfile

PYTHON = sys.executable
work = tempfile.mkdtemp()
bad = os.path.join(work, "bad.py")
with open(bad, "w") as f:
    f.write("def f():\n    return (1,\n        2 3)\n")

CASES = [
    ["-z"], ["-c"], ["-m"], ["-W"], ["-X"], ["-J"], ["--foo"], ["--version=3"],
    ["--check-hash-based-pycs"], ["--check-hash-based-pycs", "sometimes", "-c", "pass"],
    ["-bB", "-z"], ["-E", "-X"],
    [os.path.join(work, "missing.py")], [work],
    ["-c", "x = ("], ["-c", "foo(a b)"], ["-c", "f(**a, *b)"], ["-c", "x = 1 +"],
    ["-c", "if True:\npass"], ["-c", "  x = 1"], ["-c", "print 'hello'"],
    ["-c", "x = {1: 2, 3}"], ["-c", "a = '€' + (1 2)"], ["-c", "s = '''abc\ndef"],
    ["-c", "1 = x"], ["-c", "f() = 1"], ["-c", "del f()"], ["-c", "return 5"],
    ["-c", "def f():\n  x = 1\n    y = 2"], ["-c", "for x in range(3):\n\tif x:\n        pass"],
    ["-c", "x = 0777"], ["-c", "x = 1_"], ["-c", "x = $"], ["-c", "(]"], ["-c", "f'{}'"],
    ["-c", "lambda: (yield)\nclass C:\n  nonlocal x"], ["-c", "def f(a, a): pass"],
    ["-Bc", "x = ("], ["-cx = ("],
    [bad],
]
STDIN_CASES = [
    ("x = (\n", ["-"]),
    ("if x\n    pass\n", []),
]

def run(args, stdin=""):
    r = subprocess.run([PYTHON, *args], input=stdin.encode(), capture_output=True)
    sub = lambda b: b.decode().replace(PYTHON, "{program}").replace(work, "{work}")
    return {"args": [a.replace(work, "{work}") for a in args], "stdin": stdin,
            "stdout": sub(r.stdout), "stderr": sub(r.stderr), "status": r.returncode}

out = [run(a) for a in CASES] + [run(a, s) for s, a in STDIN_CASES]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "cases.json"), "w") as f:
    json.dump({"python": sys.version.split()[0], "cases": out}, f, indent=1, ensure_ascii=False)
    f.write("\n")
