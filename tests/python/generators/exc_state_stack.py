# A generator's handled-exception state is its own, stacked on its caller's
# (CPython's exc_info items): what an `except` inside the generator saves and
# restores is the generator's state, not the caller's.
import sys


def g():
    try:
        raise ValueError("inner")
    except ValueError:
        print("in handler:", repr(sys.exc_info()[1]))
        yield 1
        print("resumed in handler:", repr(sys.exc_info()[1]))
    print("after handler:", sys.exc_info())
    yield 2


gen = g()
try:
    raise IndexError("outer")
except IndexError:
    print(next(gen))
print(next(gen))
print(sys.exc_info())


def sees_caller():
    print("caller's exception:", repr(sys.exception()))
    yield
    print("later:", repr(sys.exception()))
    try:
        raise KeyError("k")
    except KeyError as e:
        print("context:", repr(e.__context__))
    yield


gen = sees_caller()
try:
    raise TypeError("t")
except TypeError:
    next(gen)
try:
    raise OSError("o")
except OSError:
    next(gen)


def reraise():
    try:
        yield
    except GeneratorExit:
        raise


def bare_raise_sees_caller():
    yield
    raise


gen = bare_raise_sees_caller()
next(gen)
try:
    raise LookupError("caller's")
except LookupError:
    try:
        next(gen)
    except LookupError as e:
        print("bare raise re-raised:", repr(e))


# Nested generators: each keeps its own state.
def inner():
    try:
        raise ValueError("from inner")
    except ValueError:
        yield "inner handling"
    yield repr(sys.exception())


def outer():
    try:
        raise KeyError("from outer")
    except KeyError:
        yield from inner()
        yield repr(sys.exception())
    yield repr(sys.exception())


print(list(outer()))
