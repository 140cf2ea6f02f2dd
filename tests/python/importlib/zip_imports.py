# Modules in a zip archive on sys.path: found by the zipimporter path hook, listed by
# pkgutil, read by importlib.resources, and loadable with zipimport's own zipimporter.
import importlib
import importlib.resources
import os
import pkgutil
import sys
import tempfile
import zipfile
import zipimport

with tempfile.TemporaryDirectory() as tmp:
    archive = os.path.join(tmp, "bundle.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipmod.py", "where = 'in the zip'\n")
        z.writestr("zippkg/__init__.py", "from .inner import value\n")
        z.writestr("zippkg/inner.py", "value = 42\n")
        z.writestr("zippkg/notes.txt", "some notes\n")
    sys.path.insert(0, archive)
    import zipmod
    import zippkg
    print(zipmod.where, zippkg.value, zipmod.__file__ == os.path.join(archive, "zipmod.py"))
    print([os.path.relpath(p, tmp) for p in zippkg.__path__])
    finder = sys.path_importer_cache[archive]
    print(type(finder).__name__, finder.archive == archive, repr(finder.prefix))
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([archive])))
    print(sorted(m.name for m in pkgutil.iter_modules(zippkg.__path__)))
    print(zippkg.__loader__.get_data(os.path.join(archive, "zippkg", "notes.txt")))
    print(importlib.resources.files("zippkg").joinpath("notes.txt").read_text())
    print(sorted(p.name for p in importlib.resources.files("zippkg").iterdir()))
    print(importlib.reload(zipmod).where)
    z = zipimport.zipimporter(archive)
    spec = z.find_spec("zipmod")
    print(spec.name, z.get_source("zipmod").strip(), z.is_package("zippkg"))
    try:
        zipimport.zipimporter(os.path.join(tmp, "missing.zip"))
    except zipimport.ZipImportError as e:
        print("ZipImportError", type(e).__mro__[1].__name__)
    sys.path.remove(archive)
    for name in ("zipmod", "zippkg", "zippkg.inner"):
        del sys.modules[name]
