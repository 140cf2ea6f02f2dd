# _abc_init asks every class attribute for __isabstractmethod__: a missing one,
# a classmethod/staticmethod/property wrapping an abstract function, a truthy
# non-bool, abstract methods inherited through several bases, and one whose
# lookup raises something other than AttributeError (which propagates).
import abc


class Raises:
    @property
    def __isabstractmethod__(self):
        raise ValueError("boom")


class Truthy:
    __isabstractmethod__ = [1]


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @classmethod
    @abc.abstractmethod
    def g(cls): ...

    @staticmethod
    @abc.abstractmethod
    def h(): ...

    @property
    @abc.abstractmethod
    def p(self): ...

    truthy = Truthy()
    plain = 3

    def concrete(self):
        return "concrete"


print(sorted(A.__abstractmethods__))


class B(A):
    def f(self):
        return 1

    p = 2


print(sorted(B.__abstractmethods__))


class C(B):
    g = h = truthy = None


print(sorted(C.__abstractmethods__), C().f(), C().concrete())
try:
    B()
except TypeError as error:
    print("TypeError", error)


try:
    class D(abc.ABC):
        @abc.abstractmethod
        def f(self): ...

        raises = Raises()
except ValueError as error:
    print("ValueError", error)


class Missing:
    def __getattr__(self, name):
        raise AttributeError(name)


class E(abc.ABC):
    missing = Missing()


print(sorted(E.__abstractmethods__))
