# `from m import *` with and without __all__: a module's __getattr__ (PEP 562)
# is asked for __all__, an AttributeError from it means "no __all__", any
# other exception propagates; a module subclass's property may supply it.
import sys
import types

plain = types.ModuleType("plain")
plain.a, plain._b, plain.c = 1, 2, 3
sys.modules["plain"] = plain
from plain import *
print(a, c, "_b" in dir())

asked = []


def module_getattr(name):
    asked.append(name)
    raise AttributeError(name)


lazy = types.ModuleType("lazy")
lazy.d = 4
lazy.__getattr__ = module_getattr
sys.modules["lazy"] = lazy
from lazy import *
print(d, asked)


def failing_getattr(name):
    if name == "__all__":
        raise ValueError("no " + name)
    raise AttributeError(name)


broken = types.ModuleType("broken")
broken.e = 5
broken.__getattr__ = failing_getattr
sys.modules["broken"] = broken
try:
    from broken import *
except ValueError as error:
    print("ValueError", error)


def listing_getattr(name):
    if name == "__all__":
        return ["f", "_g"]
    raise AttributeError(name)


listed = types.ModuleType("listed")
listed.f, listed._g, listed.h = 6, 7, 8
listed.__getattr__ = listing_getattr
sys.modules["listed"] = listed
from listed import *
print(f, _g, "h" in dir())


class Special(types.ModuleType):
    @property
    def __all__(self):
        raise AttributeError("computed")


special = Special("special")
special.i = 9
sys.modules["special"] = special
from special import *
print(i)
from posix import *
print(getcwd() == __import__("os").getcwd(), "_exit" in dir(), "environ" in dir())
