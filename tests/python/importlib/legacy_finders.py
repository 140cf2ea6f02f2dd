# PEP 302 finders (find_module) and loaders (load_module), accepted with ImportWarnings.
import sys
import types
import warnings

class LegacyLoader:
    def __init__(self, package=False):
        self.package = package

    def load_module(self, name):
        module = types.ModuleType(name)
        module.loaded_by = "load_module"
        if self.package:
            module.__path__ = []
        sys.modules[name] = module
        return module

    def is_package(self, name):
        return self.package

class LegacyFinder:
    def find_module(self, name, path=None):
        if name == "legacy_mod":
            return LegacyLoader()
        if name == "legacy_pkg":
            return LegacyLoader(package=True)
        return None

finder = LegacyFinder()
sys.meta_path.insert(0, finder)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import legacy_mod
    import legacy_pkg
print(legacy_mod.loaded_by, legacy_mod.__package__, type(legacy_mod.__loader__).__name__)
print(legacy_mod.__spec__.name, legacy_mod.__spec__.loader is legacy_mod.__loader__)
print(legacy_pkg.__package__, legacy_pkg.__path__, legacy_pkg.__spec__.submodule_search_locations)
for w in caught:
    print(w.category.__name__, w.message)

class BrokenLoader:
    def load_module(self, name):
        raise RuntimeError("cannot load " + name)

class BrokenFinder:
    def find_module(self, name, path=None):
        return BrokenLoader() if name == "broken_legacy" else None

sys.meta_path.insert(0, BrokenFinder())
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        import broken_legacy
    except RuntimeError as e:
        print("RuntimeError", e, "broken_legacy" in sys.modules)
    try:
        import absent_legacy
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
sys.meta_path = [f for f in sys.meta_path if not isinstance(f, (LegacyFinder, BrokenFinder))]
try:
    __import__("sys", level=1)
except KeyError as e:
    print("KeyError", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        __import__("x", {"__name__": "a.b"}, level=1)
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        __import__("y", {"__package__": "p", "__spec__": types.SimpleNamespace(parent="q")}, level=1)
    except ImportError as e:
        print(type(e).__name__, e)
print(sorted(str(w.message) for w in caught))
