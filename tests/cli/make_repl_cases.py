"""Regenerates repl_cases.json: the interactive loop with a piped stdin
(`-i`), as CPython 3.11 runs it: prompts on stderr, results on stdout.
Each case runs with a fresh HOME (site's history file goes there) and
without PYTHONSTARTUP/PYTHONINSPECT unless the case sets them. Run with
/usr/bin/python3.11 from the repository root:
python3.11 tests/cli/make_repl_cases.py"""
import json, os, subprocess, sys, tempfile

PYTHON = sys.executable
work = tempfile.mkdtemp()
with open(os.path.join(work, "script.py"), "w") as f:
    f.write("x = 41\nprint('script ran')\n")
with open(os.path.join(work, "bad.py"), "w") as f:
    f.write("def f(:\n")
with open(os.path.join(work, "startup.py"), "w") as f:
    f.write("y = 7\nprint('startup', __name__)\n1/0\n")

Q = ["-q", "-i"]
CASES = [
    # (stdin, args, extra environment)
    ("1+1\nx = 5\nx\nx * 2, None\nNone\n_\n", Q, {}),
    ("for i in range(3):\n    if i:\n        print(i)\n\n(1,\n2)\n'''a\nb'''\n_\n", Q, {}),
    ("if 1: pass\nx\nif 1:\n  pass\nx\n# comment\n  # indented comment\n\n1\n", Q, {}),
    ("1/0\ndef f():\n  return 1/0\n\nf()\nundefined_name_xyz\n'after'\n", Q, {}),
    ("x = $\nif 1:\n\n1 +\nprint 'x'\nx = (1 2\n3)\n(1,\n\n2)\n'after'\n", Q, {}),
    ("return 1\nnonlocal x\ndel 1\n\tx = 1\nif 1:\n  x = 1\n y = 2\n'after'\n", Q, {}),
    ("try:\n  1/0\nexcept ZeroDivisionError:\n  print('caught')\n\n@staticmethod\ndef g(): pass\n\n", Q, {}),
    ("class C:\n  def f(self):\n    return 2\n\nC().f()\na = 1\\\n + 2\na\n", Q, {}),
    ("exit\nquit\nexit(3)\nprint('not reached')\n", Q, {}),
    ("raise SystemExit('bye')\n", Q, {}),
    ("import sys; sys.exit()\n", Q, {}),
    ("if 1:\n  2", Q, {}),
    ("x=1", Q, {}),
    ("(1,\n", Q, {}),
    ('"""\n', Q, {}),
    ("input('p: ')\nabc\n1+1\n", Q, {}),
    ("import sys\nsys.ps1 = 42\nsys.ps2 = None\nif 1:\n  3\n\n"
     "sys.displayhook = lambda v: print('D', v)\n5\ndel sys.ps1\n6\nsys.ps1 = 'x> '\n"
     "del sys.displayhook\n7\nimport builtins; del builtins._\n"
     "sys.excepthook = lambda *a: print('E', a[0])\n1/0\n", Q, {}),
    ("import sys\n1/0\nsys.last_type, sys.last_value\n", Q, {}),
    ("x\n", ["-q", "-i", "-c", "x = 41; 1/0"], {}),
    ("x\n", ["-q", "-i", "-c", "raise SystemExit(3)"], {}),
    ("import sys; sys.flags.interactive, sys.flags.inspect\n", ["-q", "-i", "-c", "pass"], {}),
    ("2\n", ["-q", "-c", "import os; os.environ['PYTHONINSPECT'] = '1'"], {}),
    ("2\n", ["-q", "-c", "import sys; print(sys.flags.interactive, sys.flags.inspect)"],
     {"PYTHONINSPECT": "1"}),
    ("2\n", ["-q", "-E", "-c", "pass"], {"PYTHONINSPECT": "1"}),
    ("x\n'__file__' in globals()\n", ["-q", "-i", "{work}/script.py"], {}),
    ("x\n1\n", ["-q", "-i", "{work}/bad.py"], {}),
    ("y\n", Q, {"PYTHONSTARTUP": "{work}/startup.py"}),
    ("1\n", Q, {"PYTHONSTARTUP": "{work}/missing.py"}),
    ("y\n", ["-q", "-i", "-c", "pass"], {"PYTHONSTARTUP": "{work}/startup.py"}),
    ("exit\n", ["-q", "-i", "-S"], {}),
    ("'é' * 3\nb'\\xff'\nprint('a', end='')\n", Q, {}),
    ("raise KeyboardInterrupt\n", Q, {}),
    ("raise KeyboardInterrupt\n1\n", Q, {}),
    ("1+1\n", [], {}),
    ("1+1\n", ["-"], {}),
]


def run(stdin, args, extra):
    home = tempfile.mkdtemp()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONSTARTUP", "PYTHONINSPECT", "HOME")}
    env["HOME"] = home
    env.update({k: v.replace("{work}", work) for k, v in extra.items()})
    real_args = [a.replace("{work}", work) for a in args]
    r = subprocess.run([PYTHON, *real_args], input=stdin.encode(), capture_output=True, env=env)
    sub = lambda b: b.decode().replace(PYTHON, "{program}").replace(work, "{work}")
    return {"args": args, "env": extra, "stdin": stdin,
            "stdout": sub(r.stdout), "stderr": sub(r.stderr), "status": r.returncode}


here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "repl_cases.json"), "w") as f:
    json.dump({"python": sys.version.split()[0], "cases": [run(*case) for case in CASES]},
              f, indent=1, ensure_ascii=False)
    f.write("\n")
