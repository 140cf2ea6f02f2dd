# The import state sys starts with, and types.SimpleNamespace (type(sys.implementation)).
import sys
import types

print([getattr(f, "__name__", None) for f in sys.meta_path if getattr(f, "__module__", "").startswith("_frozen")])
print([getattr(h, "__name__", None) for h in sys.path_hooks])
print(type(sys.path_importer_cache).__name__, sys.pycache_prefix, sys.dont_write_bytecode in (True, False))
impl = sys.implementation
print(type(impl) is types.SimpleNamespace, sorted(vars(impl)))
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(impl.cache_tag is not None and impl.cache_tag != "cpython-311" or impl.name == "cpython")
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan,
      sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits,
      sys.hash_info.seed_bits, sys.hash_info.cutoff, len(sys.hash_info))
print(isinstance(sys.prefix, str), sys.base_prefix == sys.prefix, sys.platlibdir)

ns = types.SimpleNamespace(a=1, b="x")
print(ns, repr(types.SimpleNamespace()), ns.a, vars(ns))
print(ns == types.SimpleNamespace(a=1, b="x"), ns != types.SimpleNamespace(a=2), ns == 5)
ns.c = ns
print(ns)
del ns.c
print(ns.__reduce__())
for call in [lambda: types.SimpleNamespace(1), lambda: hash(ns), lambda: ns.missing]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=3), Sub(z=3) == types.SimpleNamespace(z=3), types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
import copy
print(copy.copy(ns), copy.deepcopy(types.SimpleNamespace(l=[1])))
