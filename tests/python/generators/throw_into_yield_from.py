# throw() into a generator suspended in `yield from`: the delegating frame is
# on the stack while the sub-generator runs, and the exception takes the
# delegating generator's handled exception as its context when it comes back.
import sys


def stack_names():
    frame = sys._getframe(1)
    names = []
    while frame is not None and frame.f_code.co_name != "<module>":
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def f():
    try:
        yield
    except RuntimeError:
        print("in f:", stack_names())
        yield "handled"


def g():
    yield from f()


gen = g()
next(gen)
print(gen.throw(RuntimeError))
print(gen.gi_frame.f_back)


def leaf():
    yield


def middle():
    try:
        raise KeyError("a")
    except Exception:
        yield from leaf()


gen = middle()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print("context:", repr(e.__context__))

# An exception thrown in (one already raised) keeps its context: it is not
# chained to what the caller of throw() is handling.
def plain():
    try:
        yield
    finally:
        pass


try:
    raise Exception(1)
except Exception as caught:
    first = caught
gen = plain()
next(gen)
try:
    raise OSError("caller")
except OSError:
    try:
        gen.throw(first)
    except Exception as e:
        print("same:", e is first, "context:", repr(e.__context__))
