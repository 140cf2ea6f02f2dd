# Namespace packages: their loader, resources, and portions added while running.
import importlib
import importlib.resources
import os
import sys
import tempfile
import warnings

sys.path.insert(0, "lib")
import ns_pkg
import ns_pkg.mod
loader = ns_pkg.__loader__
print(type(loader).__name__, ns_pkg.__file__, ns_pkg.__spec__.origin, ns_pkg.__spec__.loader is loader)
print(loader.is_package("ns_pkg"), repr(loader.get_source("ns_pkg")), type(loader.get_code("ns_pkg")).__name__)
print(loader.create_module(ns_pkg.__spec__), loader.exec_module(ns_pkg))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(loader.module_repr(ns_pkg))
print([w.category.__name__ for w in caught])
print([os.path.basename(p) for p in ns_pkg.__path__], ns_pkg.mod.where)
files = importlib.resources.files("ns_pkg")
print(type(files).__name__, files.joinpath("data.txt").read_text().strip())
print(sorted(p.name for p in files.iterdir() if not p.name.startswith("__")))
with tempfile.TemporaryDirectory() as tmp:
    sys.path.append(tmp)
    os.mkdir(os.path.join(tmp, "ns_pkg"))
    with open(os.path.join(tmp, "ns_pkg", "late.py"), "w") as f:
        f.write("value = 'late portion'\n")
    importlib.invalidate_caches()
    import ns_pkg.late
    print(ns_pkg.late.value, len(ns_pkg.__path__))
    sys.path.remove(tmp)
    del sys.modules["ns_pkg.late"]
print(len(ns_pkg.__path__))
