# Reads of builtin computed attributes (an exception's __context__, __cause__,
# args, __traceback__, a function's __name__) at one site across receivers of
# several classes and as the classes change, and str() of ints and strs,
# which the interpreter answers by shorter ways than the generic ones.
import sys


class AppError(Exception):
    pass


class Other(AppError):
    pass


def chained(cls, i):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            raise cls(i)
    except AppError as e:
        return e


def read_all(errors):
    out = []
    for e in errors:
        out.append((type(e).__name__, e.args, type(e.__context__).__name__, e.__cause__,
                    e.__suppress_context__, e.__traceback__ is not None))
    return out


errors = [chained(AppError, 1), chained(Other, 2), AppError(3), ValueError(4), chained(AppError, 5)]
for row in read_all(errors * 3)[-6:]:
    print(row)

# an instance attribute of the same name cannot hide the data descriptor
e = AppError(1)
e.__dict__["args"] = "shadow"
print(read_all([e]), e.__dict__)


# a subclass gains a property of that name, then __getattr__
def contexts(items):
    return [x.__context__ for x in items]


plain = [Other(i) for i in range(5)]
print(contexts(plain))
Other.__context__ = property(lambda self: "property context")
print(contexts(plain))
del Other.__context__
print(contexts(plain))
Other.__getattr__ = lambda self, name: "getattr " + name
print(contexts(plain), plain[0].missing)
del Other.__getattr__


# __context__ and __cause__ assigned between reads
def causes(e, n):
    seen = []
    for i in range(n):
        seen.append(repr(e.__cause__))
        e.__cause__ = ValueError(i) if i % 2 else None
    return seen


print(causes(AppError(), 6))
try:
    AppError().__cause__ = 5
except TypeError as err:
    print("TypeError", err)


# other builtin types' computed attributes
def names(funcs):
    return [f.__name__ for f in funcs]


def f():
    pass


print(names([f, len, f, print]))
f.__name__ = "renamed"
print(names([f, f]))
print([sys.exc_info()[0] for _ in range(3)])


# str() of ints and strs, and what falls back to the generic constructor
class S(str):
    pass


class WithStr:
    def __str__(self):
        return "custom"


def strs(values):
    return [str(v) for v in values]


print(strs([0, -5, 12, 2 ** 53, 2 ** 70, -(2 ** 80), True, False, 1.5, None]))
wide = "a\U0001f40d"
print(strs(["", "x", wide]), str(wide) is wide, str("abc") is not None, type(str(S("s"))))
print(strs([S("sub"), WithStr(), b"b", [1, "2"]]), str(), str(b"xy", "ascii"))
print(str(10 ** 4299)[-3:])
try:
    str(10 ** 5000)
except ValueError as err:
    print("ValueError", err)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
try:
    str(1, 2, 3, 4)
except TypeError as err:
    print("TypeError", err)
