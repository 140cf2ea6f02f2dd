# importlib.machinery.PathFinder, sys.path_hooks and sys.path_importer_cache.
import importlib
import importlib.machinery
import os
import sys

lib = os.path.abspath("lib")
spec = importlib.machinery.PathFinder.find_spec("plain_mod", [lib])
print(spec.name, os.path.basename(spec.origin))
print(importlib.machinery.PathFinder.find_spec("plain_mod", ["nowhere"]))
finder = sys.path_importer_cache[lib]
print(type(finder).__name__, finder.path == lib)
print(finder.find_spec("imp_pkg").name, finder.find_spec("absent"))
print(len(sys.path_hooks))
hooked = sys.path_hooks[-1](lib)
print(type(hooked).__name__, hooked.find_spec("runnable").name)
try:
    sys.path_hooks[-1](os.path.join(lib, "plain_mod.py"))
except ImportError as e:
    print("ImportError", e)
importlib.invalidate_caches()
print(lib in sys.path_importer_cache)

# A path hook of the program's own, for entries it recognises.
class VirtualLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.source = "virtual"

class VirtualFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, fullname, target=None):
        if fullname.startswith("virt_"):
            return importlib.util.spec_from_loader(fullname, VirtualLoader())
        return None

def virtual_hook(entry):
    if entry.startswith("virtual:"):
        return VirtualFinder(entry)
    raise ImportError("not virtual")

import importlib.util
sys.path_hooks.insert(0, virtual_hook)
sys.path.append("virtual:here")
import virt_one
print(virt_one.source, virt_one.__spec__.loader.__class__.__name__)
print(type(sys.path_importer_cache["virtual:here"]).__name__)
import json
print(json.__name__)
sys.path_hooks.remove(virtual_hook)
sys.path.remove("virtual:here")
