# spec_from_file_location + module_from_spec + exec_module (importlib's SourceFileLoader),
# with the .pyc it writes read back on the next load.
import importlib.util
import marshal
import os
import sys
import tempfile

sys.dont_write_bytecode = False
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "fresh.py")
    with open(path, "w") as f:
        f.write("X = [1, 2]\ndef f():\n    return 'f!'\nclass C:\n    pass\n")

    def load(name):
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return spec, module

    spec, m1 = load("fresh")
    print(type(spec).__name__, spec.name, spec.origin == path, spec.has_location)
    print(type(spec.loader).__name__, m1.X, m1.f(), m1.C.__module__, m1.__file__ == path)
    cached = importlib.util.cache_from_source(path)
    print(m1.__cached__ == cached, os.path.exists(cached), os.path.basename(os.path.dirname(cached)))
    print(importlib.util.source_from_cache(cached) == path)
    with open(cached, "rb") as f:
        data = f.read()
    print(data[:4] == importlib.util.MAGIC_NUMBER, len(data) > 16)
    code = marshal.loads(data[16:])
    print(type(code).__name__, code.co_filename == path)
    spec2, m2 = load("fresh2")
    print(m2.X, m2.f(), m2.__name__, m2.f.__code__.co_filename == path, m2 is not m1)
    print(spec.loader.get_source("fresh").splitlines()[0], spec.loader.is_package("fresh"))
    print(importlib.util.source_hash(b"abc").hex(), importlib.util.source_hash(b"").hex())
    sys.dont_write_bytecode = True
    other = os.path.join(tmp, "other.py")
    with open(other, "w") as f:
        f.write("Y = 3\n")
    spec = importlib.util.spec_from_file_location("other", other)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print(module.Y, os.path.exists(importlib.util.cache_from_source(other)))
    print(importlib.util.spec_from_file_location("x", os.path.join(tmp, "x.txt")))
