"""Regenerates cases.json: for every program in scenarios.py, what CPython 3.11
prints on stderr for its uncaught exception, the exit status, and the
structured report (exception chain, frames with positions) that Taipan's
formatter takes as input. Run: /usr/bin/python3.11 tests/traceback/make_cases.py"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import SCENARIOS

HOOK = r'''
import sys, json, traceback
def report(exc, seen):
    if exc is None or id(exc) in seen:
        return None
    seen.add(id(exc))
    frames = []
    for f in traceback.extract_tb(exc.__traceback__):
        frames.append({"filename": f.filename, "lineno": f.lineno, "endLineno": f.end_lineno,
                       "colOffset": f.colno, "endColOffset": f.end_colno, "name": f.name})
    t = type(exc)
    notes = getattr(exc, "__notes__", None)
    return {"typeModule": t.__module__, "typeQualname": t.__qualname__, "message": str(exc), "notes": notes, "frames": frames,
            "cause": report(exc.__cause__, seen), "context": report(exc.__context__, seen),
            "suppressContext": exc.__suppress_context__,
            "group": [report(e, seen) for e in exc.exceptions] if isinstance(exc, BaseExceptionGroup) else None}
def hook(t, exc, tb):
    with open(__import__("os").environ["REPORT_PATH"], "w") as out:
        json.dump(report(exc, set()), out)
    sys.__excepthook__(t, exc, tb)
sys.excepthook = hook
'''

cases = {}
work = tempfile.mkdtemp()
for name, source in SCENARIOS.items():
    program = os.path.join(work, name + ".py")
    with open(program, "w") as f:
        f.write(source)
    structure = os.path.join(work, name + ".json")
    hook_dir = os.path.join(work, "hook")
    os.makedirs(hook_dir, exist_ok=True)
    with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
        f.write(HOOK)
    env = dict(os.environ, PYTHONPATH=hook_dir, REPORT_PATH=structure)
    r = subprocess.run([sys.executable, program], capture_output=True, text=True, env=env)
    report = json.load(open(structure)) if os.path.exists(structure) else None
    stderr = r.stderr.replace(work, "{work}")
    def relocate(rep):
        if rep is None:
            return
        for f in rep["frames"]:
            f["filename"] = f["filename"].replace(work, "{work}")
        for key in ("cause", "context"):
            relocate(rep[key])
        for sub in rep["group"] or []:
            relocate(sub)
    relocate(report)
    cases[name] = {"source": source, "stderr": stderr, "status": r.returncode, "report": report}

with open(os.path.join(HERE, "cases.json"), "w") as f:
    json.dump({"python": sys.version.split()[0], "cases": cases}, f, indent=1, ensure_ascii=False)
    f.write("\n")
