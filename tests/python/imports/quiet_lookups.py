# Lookups that end in an AttributeError or KeyError nobody sees (getattr with
# a default on classes and modules, the import system's __path__ probes,
# class bodies whose namespace is a dict subclass) behave as CPython's,
# hooks and spec._initializing included.
import abc
import sys
import types

reads = []


class Spec:
    name = "probe"

    @property
    def _initializing(self):
        reads.append("_initializing")
        return False


probe = types.ModuleType("probe")
probe.__spec__ = Spec()
print(getattr(probe, "missing", "default"), hasattr(probe, "missing"), reads)
try:
    probe.missing
except AttributeError as error:
    print("AttributeError", error, error.name, error.obj is probe)


class BrokenSpec:
    @property
    def _initializing(self):
        raise ValueError("broken")


broken = types.ModuleType("broken")
broken.__spec__ = BrokenSpec()
print(getattr(broken, "missing", "default"))
unnamed = types.ModuleType("unnamed")
del unnamed.__name__
print(getattr(unnamed, "missing", "default"))
try:
    unnamed.missing
except AttributeError as error:
    print("AttributeError", error)

hooked = types.ModuleType("hooked")
hooked.__getattr__ = lambda name: "hook:" + name
print(getattr(hooked, "anything", "default"))
hooked.__getattr__ = lambda name: 1 / 0
try:
    getattr(hooked, "anything", "default")
except ZeroDivisionError:
    print("ZeroDivisionError propagates")

sys.modules["probe"] = probe
from probe import __spec__ as spec  # the fromlist probes __path__

print(type(spec).__name__)


class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("x"):
            return "meta:" + name
        raise AttributeError(name)


class WithMeta(metaclass=Meta):
    pass


print(getattr(WithMeta, "xyz", "default"), getattr(WithMeta, "abc", "default"))
print(getattr(int, "nope", "default"), hasattr(object, "__abstractmethods__"))
try:
    int.nope
except AttributeError as error:
    print("AttributeError", error, error.name, error.obj is int)


class Odd:
    @property
    def __isabstractmethod__(self):
        raise KeyError("odd")


for wrapped in (abc.abstractmethod(lambda self: 0), lambda self: 0, Odd()):
    for wrapper in (classmethod, staticmethod):
        try:
            print(wrapper.__name__, wrapper(wrapped).__isabstractmethod__)
        except KeyError as error:
            print(wrapper.__name__, "KeyError", error)


class Recording(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)


class Missing(dict):
    def __missing__(self, key):
        print("missing", key)
        raise KeyError(key)


class Plain(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)


class Prepared(type):
    kind = Plain

    @classmethod
    def __prepare__(mcls, name, bases):
        return mcls.kind()


value = "global"
for kind in (Recording, Missing, Plain):
    Prepared.kind = kind

    class Body(metaclass=Prepared):
        local = 1
        seen = (local, value, len)

    print(kind.__name__, Body.seen)


class Defaulting(dict):
    def __missing__(self, key):
        return "from __missing__"


Prepared.kind = Defaulting


class Body2(metaclass=Prepared):
    seen = value


print(Body2.seen)
