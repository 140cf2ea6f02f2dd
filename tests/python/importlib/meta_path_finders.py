# Finders a program puts on sys.meta_path, before and after the standard ones.
import importlib.abc
import importlib.machinery
import importlib.util
import sys

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.origin = "made by Loader"

class LastFinder(importlib.abc.MetaPathFinder):
    calls = []

    def find_spec(self, fullname, path, target=None):
        self.calls.append(fullname)
        if fullname.startswith("synthetic"):
            return importlib.machinery.ModuleSpec(fullname, Loader())
        return None

last = LastFinder()
sys.meta_path.append(last)
import json
import synthetic_a
print(synthetic_a.origin, synthetic_a.__spec__.name, type(synthetic_a.__loader__).__name__)
print([name for name in last.calls if not name.startswith("_")])
try:
    import really_missing_module
except ModuleNotFoundError as e:
    print(e, "really_missing_module" in last.calls)

class FirstFinder:
    @classmethod
    def find_spec(cls, fullname, path, target=None):
        if fullname == "json_shadow":
            return importlib.util.spec_from_loader(fullname, Loader())
        return None

sys.meta_path.insert(0, FirstFinder)
import json_shadow
print(json_shadow.origin)
print(importlib.util.find_spec("synthetic_b").name)
spec = importlib.util.find_spec("synthetic_c")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.origin, module.__name__)
sys.meta_path.remove(last)
sys.meta_path.remove(FirstFinder)
try:
    import synthetic_d
except ModuleNotFoundError as e:
    print(e)
importlib.invalidate_caches()
print(len([f for f in sys.meta_path if getattr(f, "__module__", "").startswith("_frozen")]))
