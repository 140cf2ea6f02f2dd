# abc.ABCMeta (the pure-Python _py_abc): abstract methods, register, isinstance hooks.
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @abc.abstractmethod
    def g(self): ...


class Half(Base):
    def f(self):
        return 1


class Impl(Half):
    def g(self):
        return 2

for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Impl().f(), Impl().g(), isinstance(Impl(), Base), issubclass(Impl, Base))


class Other:
    pass

Base.register(Other)
print(isinstance(Other(), Base), issubclass(Other, Base), issubclass(int, Base))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "__len__") or NotImplemented

print(isinstance([], Sized), isinstance(1, Sized), sorted(Base.__abstractmethods__))


# Caches: a negative answer is forgotten after a later register().
class Iface(abc.ABC):
    pass


class Plain:
    pass

token = abc.get_cache_token()
print(issubclass(Plain, Iface), isinstance(Plain(), Iface))
Iface.register(Plain)
print(abc.get_cache_token() != token, issubclass(Plain, Iface), isinstance(Plain(), Iface))
try:
    Iface.register(1)
except TypeError as e:
    print(e)
try:
    Plain.register = None
    Iface.register(object)
    Base.register(Base.__mro__[-1])
except RuntimeError as e:
    print(e)


class Child(Iface):
    pass

print(issubclass(Child, Iface), issubclass(Iface, Child), Iface.register(Child) is Child)
Iface._abc_registry_clear()
Iface._abc_caches_clear()
print(issubclass(Plain, Iface), type(Iface).__name__, abc.ABCMeta.__module__)


class WithProp(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self): ...

    @classmethod
    @abc.abstractmethod
    def make(cls): ...

print(sorted(WithProp.__abstractmethods__))
