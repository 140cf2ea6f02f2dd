# importlib.import_module: absolute, relative (with package), errors.
import importlib
import sys

sys.path.insert(0, "lib")
pkg = importlib.import_module("imp_pkg")
print(pkg.greeting, pkg.__name__, pkg.__package__)
sub = importlib.import_module(".sub", "imp_pkg")
print(sub.echo, sub.__name__, sub is sys.modules["imp_pkg.sub"])
leaf = importlib.import_module("..subpkg.leaf", "imp_pkg.sub")
print(leaf.leaf)
subpkg = importlib.import_module("imp_pkg.subpkg")
print(subpkg.parent_echo, subpkg.leaf is leaf)
print(importlib.import_module("json") is importlib.import_module("json"))
print(importlib.import_module("math").__name__, importlib.import_module("os.path").__name__)
for args in [("..x", "imp_pkg"), (".x",), ("no_such_module_xyz",), ("imp_pkg.missing",),
             ("math.nothing",), ("",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(args, type(e).__name__, e, getattr(e, "name", None))
sys.modules["blocked"] = None
try:
    importlib.import_module("blocked")
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.__name__, sorted(n for n in ("import_module", "reload", "invalidate_caches") if hasattr(importlib, n)))
