# `super().name(...)` where `name` is a builtin type's method (not a Python
# function): an Exception subclass's `super().__init__(msg)` reaches
# BaseException.__init__, a dict subclass's `super().__setitem__` dict's.
# In a hot loop the JIT records the method call behind guards on the class,
# instead of calling super() (which, from an inlined __init__, ended the
# recording). The results, args, messages and errors are CPython's.
import traceback


class AppError(Exception):
    def __init__(self, key, detail=None):
        super().__init__("missing %r" % (key,))
        self.key = key
        self.detail = detail


class Coded(AppError):
    def __init__(self, key):
        super().__init__(key, "coded")
        self.code = key % 7


class Keyed(KeyError):
    def __init__(self, key):
        super().__init__(key)


class Counting(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value + 1)


class Plain:
    def __init__(self, x):
        super().__init__()  # object.__init__
        self.x = x


class TooMany:
    def __init__(self, x):
        super().__init__(x)  # object.__init__ takes no arguments


def raise_and_catch(n):
    total = 0
    last = None
    for i in range(n):
        try:
            raise AppError(i)
        except AppError as e:
            total += e.key
            last = e
    return total, last.args, str(last), last.detail, type(last).__name__


def construct(n):
    out = []
    for i in range(n):
        e = Coded(i)
        if i % 500 == 0:
            out.append((e.args, e.key, e.detail, e.code))
    return out


def keyed(n):
    count = 0
    for i in range(n):
        try:
            raise Keyed(i)
        except KeyError as e:
            count += e.args[0] == i
    return count, repr(Keyed(5)), str(Keyed("k"))


def counting(n):
    d = Counting()
    for i in range(n):
        d[i % 10] = i
    return sorted(d.items())


def plain(n):
    return sum(Plain(i).x for i in range(n))


def too_many(n):
    messages = set()
    for i in range(n):
        try:
            TooMany(i)
        except TypeError as e:
            messages.add(str(e))
    return sorted(messages)


def switching(n):
    # The receiver's class changes half-way: the guards leave, the other way runs.
    seen = []
    for i in range(n):
        cls = AppError if i < n // 2 else Coded
        e = cls(i)
        if i % 700 == 0:
            seen.append((type(e).__name__, e.args))
    return seen


def traced(n):
    # A traceback through the method super() found.
    for i in range(n):
        try:
            if i == n - 1:
                Coded("not an int")  # str % 7 raises TypeError inside Coded.__init__
            else:
                Coded(i)
        except TypeError:
            lines = traceback.format_exc().splitlines()
            return [line.strip() for line in lines if not line.strip().startswith("File")]


print(raise_and_catch(3000))
print(construct(3000))
print(keyed(3000))
print(counting(3000))
print(plain(3000))
print(too_many(3000))
print(switching(3000))
print(traced(3000))
