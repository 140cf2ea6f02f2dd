"""Regenerates the expected results of the Python-level tests: every .py file
under tests/python/ is run with CPython 3.11 (/usr/bin/python3.11) and its
stdout, stderr and exit status are stored in NAME.expected.json beside it, with
the test's directory written as {dir}. Run from the repository root:
    /usr/bin/python3.11 tests/python/make_expected.py [FILE...]"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The oracle is Debian's CPython 3.11.2, whichever python runs this script.
ORACLE = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable

def expected_for(path):
    directory = os.path.dirname(os.path.abspath(path))
    r = subprocess.run([ORACLE, os.path.basename(path)], cwd=directory,
                       capture_output=True, timeout=60, env=dict(os.environ, PYTHONHASHSEED="0",
                                                        PYTHONDONTWRITEBYTECODE="1"))
    sub = lambda b: b.decode("utf-8", "backslashreplace").replace(directory, "{dir}")
    return {"stdout": sub(r.stdout), "stderr": sub(r.stderr), "status": r.returncode}

def all_programs():
    for root, dirs, names in os.walk(HERE):
        dirs[:] = [d for d in dirs if d != "lib"]  # modules that tests import, not tests
        yield from (os.path.join(root, f) for f in sorted(names)
                    if f.endswith(".py") and f != "make_expected.py")

files = sys.argv[1:] or list(all_programs())
for path in files:
    with open(path[:-3] + ".expected.json", "w") as out:
        json.dump(expected_for(path), out, indent=1, ensure_ascii=False)
        out.write("\n")
