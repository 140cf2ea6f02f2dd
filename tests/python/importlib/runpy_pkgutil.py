# runpy.run_path / run_module and pkgutil over Taipan's finders.
import os
import pkgutil
import runpy
import sys

sys.path.insert(0, "lib")
result = runpy.run_path("lib/runnable.py")
print(result["result"], result["__name__"])
result = runpy.run_path("lib/runnable.py", run_name="__main__")
print(result["result"])
result = runpy.run_module("runnable")
print(result["result"], result["__name__"], result["__spec__"].name)
result = runpy.run_module("imp_pkg.subpkg.leaf", run_name="custom")
print(result["leaf"])
try:
    runpy.run_module("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
try:
    runpy.run_module("imp_pkg")
except ImportError as e:
    print(type(e).__name__, e)
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(["lib"])))
import imp_pkg
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(imp_pkg.__path__, "imp_pkg.")))
names = {m.name for m in pkgutil.iter_modules()}
print("json" in names, "imp_pkg" in names, "plain_mod" in names)
print(pkgutil.get_data("imp_pkg", "data.txt"))
print(sorted(m.name for m in pkgutil.walk_packages(["lib"]) if m.name.startswith("imp_pkg")))
print(type(pkgutil.get_importer("lib")).__name__)
