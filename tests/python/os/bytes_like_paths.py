# Path arguments: bytes-like objects are taken as bytes with a
# DeprecationWarning naming the function and argument; OSError keeps the
# original object as filename; scandir's entries follow the path's kind
# (also through __fspath__); DirEntry and ScandirIterator cannot be created.
import os
import shutil
import tempfile
import warnings

d = tempfile.mkdtemp()
open(os.path.join(d, "file.txt"), "w").close()


def show(label, f, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = f(*args)
        except OSError as e:
            result = (type(e).__name__, e.errno, type(e.filename).__name__, e.filename is args[0])
        except ValueError as e:
            result = (type(e).__name__, str(e))
    print(label, result, [(w.category.__name__, str(w.message)) for w in caught])


def entries(path):
    return sorted((e.name, e.path == os.path.join(os.fsencode(d), b"file.txt"))
                  for e in os.scandir(path))


for cls in bytearray, memoryview:
    path = cls(os.fsencode(d))
    show("scandir", entries, path)
    show("listdir", os.listdir, path)
    missing = cls(b"/nonexistent-path-for-test")
    show("stat", os.stat, missing)
    show("lstat", os.lstat, missing)
    show("chdir", os.chdir, missing)
    show("rename", os.rename, missing, "dst")
    show("open", os.open, missing, os.O_RDONLY)
    show("unlink", os.unlink, missing)
show("null", os.stat, bytearray(b"a\0b"))


class PathLike:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value


for path in [PathLike(os.fsencode(d)), PathLike(d), os.fsencode(d), d]:
    for e in os.scandir(path):
        print(type(path).__name__, repr(e.name), type(e.path).__name__,
              os.fsencode(e.path) == os.path.join(os.fsencode(d), b"file.txt"))

it = os.scandir(d)
for t in (os.DirEntry, type(it)):
    try:
        t()
    except TypeError as e:
        print(e)
it.close()
print("__reduce__" in os.DirEntry.__dict__)
shutil.rmtree(d)
