# importlib.reload re-runs a module's code in the same module object.
import importlib
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    path = os.path.join(tmp, "reloadme.py")
    with open(path, "w") as f:
        f.write("value = 1\nruns = globals().get('runs', 0) + 1\n")
    import reloadme
    print(reloadme.value, reloadme.runs)
    reloadme.extra = "kept"
    with open(path, "w") as f:
        f.write("value = 2\nruns = globals().get('runs', 0) + 1\n")
    same = importlib.reload(reloadme)
    print(same is reloadme, reloadme.value, reloadme.runs, reloadme.extra)
    print(type(reloadme.__loader__).__name__, reloadme.__spec__.name, reloadme.__name__)
    with open(path, "w") as f:
        f.write("value = 1 / 0\n")
    try:
        importlib.reload(reloadme)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, sys.modules["reloadme"] is reloadme, reloadme.value)
    del sys.modules["reloadme"]
    try:
        importlib.reload(reloadme)
    except ImportError as e:
        print("ImportError:", e)
    sys.path.remove(tmp)
import json
print(importlib.reload(json) is json)
import math
print(importlib.reload(math) is math, math.sqrt(16))
try:
    importlib.reload("json")
except TypeError as e:
    print("TypeError:", e)
