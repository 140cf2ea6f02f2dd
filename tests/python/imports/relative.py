# Relative imports: resolving against __package__, and the two errors.
import sys
sys.path.insert(0, "lib")

import pkg.other
print(pkg.other.value, pkg.other.leaf.__name__)

try:
    from . import anything
except ImportError as error:
    print(type(error).__name__, error)

try:
    from .flat import value
except ImportError as error:
    print(type(error).__name__, error)

try:
    import pkg.deep.too_far
except ImportError as error:
    print(type(error).__name__, error)
print("pkg.deep.too_far" in sys.modules)

# exec with a namespace that claims to be inside a package
namespace = {"__name__": "pkg.deep.fake", "__package__": "pkg.deep"}
exec("from . import leaf\nfrom .. import sub\nfrom ..sub import value", namespace)
print(namespace["leaf"].__name__, namespace["sub"].__name__, namespace["value"])

namespace = {"__name__": "pkg.deep.fake", "__package__": None, "__spec__": None}
exec("from . import leaf", namespace)
print(namespace["leaf"].__name__)

namespace = {"__name__": "pkg", "__package__": None, "__spec__": None, "__path__": []}
exec("from . import sub", namespace)
print(namespace["sub"].__name__)

try:
    exec("from . import x", {"__name__": "flat", "__package__": 5})
except TypeError as error:
    print("TypeError:", error)

print(__import__("pkg.deep", fromlist=["leaf"]).__name__)
print(__import__("pkg.deep").__name__)
print(__import__("deep", {"__package__": "pkg"}, None, [], 1).__name__)
print(__import__("deep.leaf", {"__package__": "pkg"}, None, [], 1).__name__)
print(__import__("", {"__package__": "pkg.deep"}, None, ["leaf"], 1).__name__)
for bad in [(5,), ("",), ("flat", None, None, None, -1)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
