# importlib.util.find_spec and the finders on sys.meta_path.
import importlib.util
import os
import sys

sys.path.insert(0, "lib")
standard = [f for f in sys.meta_path if getattr(f, "__module__", "").startswith("_frozen")]
print([finder.__name__ for finder in standard])
spec = importlib.util.find_spec("math")
print(spec.name, spec.origin, spec.loader.__name__, spec.has_location, spec.parent)
import math
print(math.__loader__.__name__, math.__spec__.origin)
spec = importlib.util.find_spec("imp_pkg")
print(spec.name, os.path.basename(spec.origin), spec.parent, spec.has_location,
      [os.path.basename(p) for p in spec.submodule_search_locations])
print(type(spec.loader).__name__, "imp_pkg" in sys.modules)
spec = importlib.util.find_spec("imp_pkg.sub")
print(spec.name, os.path.basename(spec.origin), spec.parent, spec.submodule_search_locations,
      "imp_pkg" in sys.modules)
print(importlib.util.find_spec(".leaf", "imp_pkg.subpkg").name)
print(importlib.util.find_spec("no_such_module_xyz"), importlib.util.find_spec("imp_pkg.nothing"))
try:
    importlib.util.find_spec("math.nothing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
import json
print(importlib.util.find_spec("json") is json.__spec__)
print(os.path.basename(importlib.util.find_spec("json").origin))
spec = standard[0].find_spec("itertools")
print(spec.name, spec.origin, standard[0].find_spec("json"))
print(standard[2].find_spec("imp_pkg").name, standard[2].find_spec("math"))
print(standard[1].find_spec("math"))
