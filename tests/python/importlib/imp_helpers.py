# _imp helpers importlib uses for .pyc files, and the bootstrap module names.
import _imp
import sys

print(_imp.source_hash(3495 | (13 << 16) | (10 << 24), b"print('hi')\n").hex())
print(_imp.source_hash(key=0, source=b"").hex(), _imp.source_hash(-1, b"x").hex())
try:
    _imp.source_hash(2 ** 64, b"x")
except OverflowError as e:
    print("OverflowError", e)
code = compile("def f():\n    return 1\n", "old_name.py", "exec")
_imp._fix_co_filename(code, "new_name.py")
inner = [c for c in code.co_consts if hasattr(c, "co_filename")][0]
print(code.co_filename, inner.co_filename)
for bad in [(1, "x"), (code, 2)]:
    try:
        _imp._fix_co_filename(*bad)
    except TypeError as e:
        print("TypeError", e)
print(_imp.check_hash_based_pycs)
print(sys.implementation.cache_tag is not None, sys.implementation.name in ("cpython", "taipan"))
import importlib.machinery
import _frozen_importlib
import _frozen_importlib_external
print(_frozen_importlib, _frozen_importlib_external)
print(_frozen_importlib.ModuleSpec is importlib.machinery.ModuleSpec)
print(_frozen_importlib.BuiltinImporter in sys.meta_path, _frozen_importlib_external.PathFinder in sys.meta_path)
try:
    _frozen_importlib.no_such_name
except AttributeError as e:
    print("AttributeError", e)
import importlib.abc
import json
print(isinstance(json.__loader__, importlib.abc.Loader), isinstance(json.__loader__, importlib.abc.InspectLoader))
print([issubclass(f, importlib.abc.MetaPathFinder) for f in sys.meta_path if isinstance(f, type)][:3])
