# builtins.__import__ replaced by the program, and a finder on sys.meta_path.
import builtins
import sys
sys.path.insert(0, "lib")

original = builtins.__import__
seen = []

def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)

builtins.__import__ = tracing_import
import flat
from pkg import sub
import flat as flat2
builtins.__import__ = original
print([entry for entry in seen if not entry[0].startswith("_")])  # CPython also imports _io

class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.made_by = "Loader.exec_module"
        module.spec_name = module.__spec__.name

class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual"):
            return Spec(name, Loader())
        return None

class Spec:
    def __init__(self, name, loader):
        self.name = name
        self.loader = loader
        self.origin = None
        self.submodule_search_locations = None
        self.has_location = False
        self.parent = name.rpartition(".")[0]
        self.cached = None

sys.meta_path.insert(0, Finder())
import virtual_module
print(virtual_module.made_by, virtual_module.spec_name, virtual_module.__name__)
print(type(virtual_module.__loader__).__name__, virtual_module.__package__)
print(sys.modules["virtual_module"] is virtual_module)
import flat as flat3
print(flat3 is flat)
