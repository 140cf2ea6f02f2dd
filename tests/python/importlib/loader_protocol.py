# The loader Taipan's import system gives source modules, used directly.
import importlib.util
import os
import sys
import types

sys.path.insert(0, "lib")
import imp_pkg
import imp_pkg.sub
loader = imp_pkg.__loader__
print(imp_pkg.__spec__.loader is loader, type(loader).__name__)
print(loader.is_package("imp_pkg"), imp_pkg.sub.__loader__.is_package("imp_pkg.sub"))
print(os.path.basename(loader.get_filename("imp_pkg")))
print(loader.get_source("imp_pkg").splitlines()[0])
code = loader.get_code("imp_pkg")
print(type(code).__name__, os.path.basename(code.co_filename))
data = loader.get_data(os.path.join(os.path.dirname(imp_pkg.__file__), "data.txt"))
print(data)
try:
    loader.get_data(os.path.join(os.path.dirname(imp_pkg.__file__), "missing.txt"))
except OSError as e:
    print(type(e).__name__, e.errno)
fresh = types.ModuleType("imp_pkg")
loader.exec_module(fresh)
print(fresh.greeting, fresh.__name__, fresh is not imp_pkg)
try:
    loader.exec_module(types.ModuleType("imp_pkg_copy"))
except ImportError as e:
    print("ImportError", e, e.name)
print(loader.create_module(imp_pkg.__spec__))
spec = importlib.util.find_spec("plain_mod")
module = importlib.util.module_from_spec(spec)
print(module.__name__, "plain_mod" in sys.modules, os.path.basename(module.__file__))
spec.loader.exec_module(module)
print(module.add(1, c=0), module.Shape.__module__)
import json
jl = json.__spec__.loader
print(jl.is_package("json"), jl.get_source("json").splitlines()[0])
print(type(jl.get_code("json")).__name__)
print(jl.get_data(json.__file__)[:20])
try:
    loader.get_source("other")
except ImportError as e:
    print("ImportError", e)
