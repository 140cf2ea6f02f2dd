# importlib.resources on the standard library and on a package directory.
import importlib.resources
import sys

sys.path.insert(0, "lib")
text = importlib.resources.files("json").joinpath("__init__.py").read_text()
print(text.splitlines()[0])
root = importlib.resources.files("imp_pkg")
print(root.name, root.is_dir(), (root / "data.txt").is_file())
print(root.joinpath("data.txt").read_text().splitlines())
print(sorted(entry.name for entry in root.iterdir() if not entry.name.startswith("__")))
print((root / "data.txt").read_bytes()[:8])
with importlib.resources.as_file(root / "data.txt") as path:
    print(path.name, path.exists())
import imp_pkg
reader = imp_pkg.__spec__.loader.get_resource_reader("imp_pkg")
print(type(reader).__name__)
print(sorted(n for n in reader.contents() if not n.startswith("__")))
try:
    importlib.resources.files("imp_pkg.sub")
except TypeError as e:
    print("TypeError", e)
