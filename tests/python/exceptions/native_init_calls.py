# BaseException.__init__ called explicitly (a subclass's __init__ passing
# its message up), getattr() and next() raising and defaulting, in loops
# long enough for the JIT: args, messages and errors as CPython's.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, *rest):
        AppError.__init__(self, "missing %r" % (key,), *rest)
        self.key = key


class Plain:
    pass


def run(n):
    out = []
    for i in range(n):
        e = NotFound(i) if i % 2 else NotFound(i, "extra", i)
        if i % 1000 >= 998:
            out.append((e.args, str(e), e.key))
        try:
            getattr(Plain(), "nope")
        except AttributeError as err:
            if i == n - 1:
                out.append((str(err), err.name))
        if getattr(Plain, "nope", i) != i:
            out.append("wrong default")
        it = iter(())
        if next(it, "end") != "end":
            out.append("wrong next")
    return out


for row in run(3000):
    print(row)

e = AppError()
Exception.__init__(e)
print(e.args)
Exception.__init__(e, 1, 2)
print(e.args)
for bad in [lambda: BaseException.__init__(42, "x"), lambda: Exception.__init__(e, x=1),
            lambda: BaseException.__init__(), lambda: getattr(), lambda: next()]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)

# Slot wrappers (__init__, __add__) and methods word a wrong receiver differently.
for f, a in [(str.upper, (5,)), (str.upper, ()), (int.__add__, ("x", 1)), (int.__add__, ()),
             (object.__init__, ()), (list.__init__, (3,)), (dict.__repr__, (1,))]:
    try:
        f(*a)
    except TypeError as err:
        print(err)
