# Bound methods called through a local (`append = out.append`): the JIT
# calls their function with their self, as the eval loop does.
import sys


class Counter:
    def __init__(self, name):
        self.name = name
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total

    def sub(self, x):
        self.total -= x
        return -self.total

    def where(self):
        f = sys._getframe(1)
        return f.f_code.co_name, tuple(sorted(k for k in f.f_locals if len(k) <= 3))

    def fail(self, x):
        if x == 2500:
            raise ValueError("bad %d in %s" % (x, self.name))
        return x


class MyList(list):
    pass


def appends(n):
    out = []
    app = out.append
    for i in range(n):
        app(i * 2)
    return len(out), out[-1], sum(out)


def subclass_appends(n):
    out = MyList()
    app = out.append
    for i in range(n):
        app(i)
    return type(out).__name__, len(out), out[-3:]


def python_method(n):
    c = Counter("c")
    add = c.add
    last = None
    for i in range(n):
        last = add(i)
    return c.total, last


def rebinding(n):
    a, b = Counter("a"), Counter("b")
    la, lb = [], []
    for i in range(n):
        add = a.add if i % 3 else b.add
        add(i)
        app = la.append if i % 5 else lb.append
        app(i)
    return a.total, b.total, len(la), len(lb)


def switching_function(n):
    c = Counter("c")
    out = []
    results = []
    for i in range(n):
        f = c.add if i < n // 2 else out.append
        results.append(f(i))
    return c.total, len(out), results[n // 2 - 1], results[-1]


def other_functions(n):
    # The bound method comes from a list, not from a branch: only the trace's
    # guards tell c.add from c.sub, and s.add from s.discard.
    c = Counter("c")
    s = set(range(0, n, 7))
    results = []
    for i, f in enumerate([c.add] * (n // 2) + [c.sub] * (n // 2)):
        results.append(f(i))
    for i, g in enumerate([s.add] * (n // 3) + [s.discard] * (n - n // 3)):
        g(i)
    return c.total, results[n // 2 - 1], results[-1], len(s)


def dict_get(n):
    d = {i: i * i for i in range(100)}
    get = d.get
    t = 0
    for i in range(n):
        t += get(i % 150, -1)
    return t


def str_join(n):
    join = ",".join
    t = 0
    for i in range(n):
        t += len(join(["a", str(i)]))
    return t


def frames(n):
    c = Counter("c")
    w = c.where
    seen = set()
    for abc in range(n):
        seen.add(w())
    return sorted(seen)


def raising(n):
    c = Counter("r")
    fail = c.fail
    t = 0
    try:
        for i in range(n):
            t += fail(i)
    except ValueError as e:
        return t, str(e), e.__traceback__.tb_next.tb_frame.f_code.co_name


for fn in (appends, subclass_appends, python_method, rebinding, switching_function,
           other_functions, dict_get, str_join, frames, raising):
    print(fn.__name__, fn(5000))
