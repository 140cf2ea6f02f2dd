# Py_TPFLAGS_IS_ABSTRACT (1 << 20) in __flags__ follows a non-empty
# __abstractmethods__, so inspect.isabstract() sees classes a decorator
# rebuilt or whose abstract methods were filled in later.
import abc
import inspect
from dataclasses import dataclass

IS_ABSTRACT = 1 << 20


class A(abc.ABC):
    @abc.abstractmethod
    def foo(self):
        pass


@dataclass
class Date(A):
    year: int


class Concrete(A):
    def foo(self):
        return 1


for cls in (A, Date, Concrete, int, abc.ABC):
    print(cls.__name__, inspect.isabstract(cls), bool(cls.__flags__ & IS_ABSTRACT))

Date.foo = lambda self: 2
abc.update_abstractmethods(Date)
print("Date after update", inspect.isabstract(Date), Date(1).foo())
