# Modules and packages: loading once, dunder attributes, submodules as
# attributes of their parent, `import a.b` binding `a`, `from p import sub`.
import sys
sys.path.insert(0, "lib")

import flat
import flat as again
print(flat is again, flat.value, flat.__doc__, flat.public_function())
print(flat.__name__, flat.__package__, repr(flat.__spec__.parent))
print(flat.__file__.endswith("/lib/flat.py"), flat.__spec__.origin == flat.__file__)
print(flat.__spec__.name, flat.__spec__.has_location, flat.__spec__.submodule_search_locations)
print(flat.__loader__ is flat.__spec__.loader, flat.__builtins__ is vars(__builtins__))
print(sys.modules["flat"] is flat, "flat" in sys.modules)
print([k for k in vars(flat) if k != "__cached__"])
print(repr(flat).startswith("<module 'flat' from '") and repr(flat).endswith("lib/flat.py'>"))

import pkg.sub
print(pkg.__name__, pkg.sub.__name__, pkg.sub.value, pkg.sub_value)
print(pkg.__package__, pkg.sub.__package__, pkg.__spec__.parent, pkg.sub.__spec__.parent)
print(len(pkg.__path__), pkg.__path__[0].endswith("lib/pkg"), pkg.__file__.endswith("pkg/__init__.py"))
print(pkg.__spec__.submodule_search_locations == pkg.__path__)
print([k for k in vars(pkg) if k != "__cached__"])

from pkg import other
print(other.value, other.again is pkg.sub, pkg.other is other, pkg.deep.leaf is other.leaf)
import pkg.deep.leaf as leaf
print(leaf.__name__, leaf is other.leaf)

from pkg.deep import leaf as same_leaf
print(same_leaf is leaf)

import nspkg.inner.mod
print(nspkg.inner.mod.where, nspkg.__file__, nspkg.__spec__.origin, type(nspkg.__loader__).__name__)
print(nspkg.__spec__.loader is nspkg.__loader__, type(nspkg.__path__).__name__)
print(len(nspkg.__path__), list(vars(nspkg))[:7])
sys.path.append("lib/extra")
import nspkg.extra
print(nspkg.extra.where)

import lazy
print(lazy.computed, dir(lazy))
try:
    lazy.missing
except AttributeError as error:
    print("AttributeError:", error)

import replaced
print(replaced, replaced.answer)

try:
    flat.nothing
except AttributeError as error:
    print("AttributeError:", error)

import latin
print(latin.text)

print(isinstance(flat, type(sys)))
m = type(sys)("made", "its doc")
print(m, m.__name__, m.__doc__, m.__spec__, list(vars(m)))
print(repr(sys), repr(__import__("builtins")))
