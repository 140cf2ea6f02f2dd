# SourceFileLoader.is_package: a package's __init__.py loaded under the name
# "__init__" (as modulefinder finds it) is not a package; loaded under the
# package's name it is. modulefinder used to recurse until RecursionError.
import importlib.machinery
import modulefinder
import os
import sys
import tempfile

root = tempfile.mkdtemp()
package = os.path.join(root, "pkg")
os.mkdir(package)
with open(os.path.join(package, "__init__.py"), "w") as init:
    init.write("import pkg.sub\n")
with open(os.path.join(package, "sub.py"), "w") as sub:
    sub.write("x = 1\n")

spec = importlib.machinery.PathFinder.find_spec("__init__", [package])
print(spec.name, spec.loader.is_package("__init__"))
spec = importlib.machinery.PathFinder.find_spec("pkg", [root])
print(spec.name, spec.loader.is_package("pkg"))
spec = importlib.machinery.PathFinder.find_spec("sub", [package])
print(spec.name, spec.loader.is_package("sub"))

finder = modulefinder.ModuleFinder(path=[root] + sys.path)
finder.import_hook("pkg")
print("pkg" in finder.modules, finder.modules["pkg"].__path__ == [package])
