# Raising and unwinding paths the eval loop takes without a JS throw: a raise
# handled in its own frame, an exception leaving a frame called by CALL, a
# dict lookup that misses. Tracebacks, chaining and handled-exception state
# must be the same as for any other raise.
import sys
import traceback


def tb_lines(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def lookup(d, k):
    return d[k]


def lookup_from_none(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing %r" % (k,)) from None


def lookup_chained(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(k) from e


def lookup_context(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(k)


# dict misses
for key in [1, "a", (1, 2), (), None, 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print("miss", repr(e), e.args, tb_lines(e))

try:
    lookup({}, "x")
except KeyError as e:
    print("nested miss", tb_lines(e), e.__context__, e.__cause__, e.__suppress_context__)

for fn in (lookup_from_none, lookup_chained, lookup_context):
    try:
        fn({1: 2}, 3)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e.args, tb_lines(e))
        print("  cause", repr(e.__cause__), "context", repr(e.__context__),
              "suppress", e.__suppress_context__)
        if e.__context__ is not None:
            print("  context tb", tb_lines(e.__context__))


class Missing(dict):
    def __missing__(self, key):
        return ("default", key)


class Strict(dict):
    def __missing__(self, key):
        raise IndexError(key)


print(Missing(a=1)["b"], Missing(a=1)["a"])
try:
    Strict()["k"]
except IndexError as e:
    print("strict", repr(e), tb_lines(e))


class BadHash:
    def __hash__(self):
        raise TypeError("no hash for you")


try:
    {1: 2}[BadHash()]
except TypeError as e:
    print("bad hash", e, tb_lines(e))


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise RuntimeError("no eq")


try:
    {1: 2}[BadEq()]
except RuntimeError as e:
    print("bad eq", e)

try:
    {}[[]]
except TypeError as e:
    print("unhashable", e)

# a miss inside a handler chains to the exception being handled
try:
    try:
        raise OSError("first")
    except OSError:
        {}["second"]
except KeyError as e:
    print("chained miss", repr(e.__context__), e.__suppress_context__)

# the handled exception is restored after each handler
def handled():
    return sys.exc_info()[1]


try:
    raise ValueError("outer")
except ValueError:
    try:
        {}[0]
    except KeyError:
        print("inner handled", repr(handled()))
    print("outer handled", repr(handled()))
print("none handled", handled())


# exceptions leaving frames several calls deep, each called by CALL
def level3(n):
    if n == 0:
        raise ZeroDivisionError("deep")
    return 1 / 0


def level2(n):
    return level3(n) + 1


def level1(n):
    try:
        return level2(n)
    finally:
        print("  finally in level1")


for n in (0, 1):
    try:
        level1(n)
    except ZeroDivisionError as e:
        print("deep", n, e, tb_lines(e))


# bare raise and re-raise keep the traceback, add the re-raising frame once
def reraiser():
    try:
        lookup({}, "k")
    except KeyError:
        raise


try:
    reraiser()
except KeyError as e:
    print("reraise", tb_lines(e))


def raise_again(e):
    raise e


try:
    try:
        {}["once"]
    except KeyError as first:
        raise_again(first)
except KeyError as e:
    print("raise again", tb_lines(e))


# raise in a with block, suppressed or not
class Suppress:
    def __init__(self, kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("  exit", kind.__name__ if kind else None, tb is not None and tb.tb_lineno)
        return kind is not None and issubclass(kind, self.kinds)


with Suppress(KeyError):
    {}["suppressed"]
try:
    with Suppress(KeyError):
        raise ValueError("through")
except ValueError as e:
    print("through", tb_lines(e))


# the f_lineno of a frame that handled an exception, read by a function it calls
def lineno_of(frame):
    return frame.f_lineno


def where():
    f = sys._getframe()
    try:
        {}[0]
    except KeyError:
        return lineno_of(f)


print("f_lineno", where())


# generators: an exception leaving a generator frame, and StopIteration in it
def gen_fail():
    yield 1
    {}["gen"]


g = gen_fail()
next(g)
try:
    next(g)
except KeyError as e:
    print("gen", tb_lines(e))


def gen_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(gen_stop())
except RuntimeError as e:
    print("gen stop", e, repr(e.__cause__), e.__suppress_context__)


# recursion through CALL stays a RecursionError
def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("recursion", type(e).__name__)

# format_exception agrees
try:
    lookup_context({}, "z")
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
