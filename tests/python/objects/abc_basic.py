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
