# Context managers from contextlib (ABC subclasses: ABCMeta gives each an
# empty __abstractmethods__) made once per `with` in loops, and the abstract
# check every instantiation makes: refused while an abstract method is
# left, allowed once there is none, by ABCMeta or by hand.
import abc
import contextlib


def suppressing(n):
    table = {i: i for i in range(0, n, 4)}
    total = 0
    for i in range(n):
        with contextlib.suppress(KeyError, IndexError):
            total += table[i]
        with contextlib.suppress(ZeroDivisionError):
            total += 10 // (i % 3)
    return total


@contextlib.contextmanager
def tagged(log, tag):
    log.append("enter " + tag)
    try:
        yield tag.upper()
    except ValueError as e:
        log.append("caught %s" % (e,))
    finally:
        log.append("exit " + tag)


def generated(n):
    log = []
    for i in range(n):
        with tagged(log, "t%d" % (i % 3)) as value:
            if i % 4 == 0:
                raise ValueError(value)
    return len(log), log[:8]


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    def area(self):
        return 4


class Half(Shape):
    pass


def instantiate(cls):
    try:
        return type(cls()).__name__
    except TypeError as e:
        return "TypeError: %s" % (e,)


print(suppressing(3000))
print(generated(3000))
print([instantiate(c) for c in (Shape, Square, Half)])
Half.area = lambda self: 1
print(instantiate(Half))
abc.update_abstractmethods(Half)
print(instantiate(Half), sorted(Half.__abstractmethods__))


class Manual:
    pass


Manual.__abstractmethods__ = frozenset({"b", "a"})
print(instantiate(Manual))
Manual.__abstractmethods__ = frozenset()
print(instantiate(Manual))
Manual.__abstractmethods__ = ["late"]
print(instantiate(Manual))
