# Generators consumed whole by natives (list, tuple, sorted, max, min, sum,
# any, all, str.join, set, dict): the values, the order of the generator's
# side effects against the consumer's, exceptions raised part-way (by the
# generator or by the consumer), try/finally in the generator, yield from,
# a generator partly consumed before, any()/all() stopping early with the
# generator left suspended, and the generator's own state seen from inside.
import inspect
import sys

log = []


def noisy(n):
    for i in range(n):
        log.append(i)
        yield i * 1.5


def show(label, value):
    print(label, value, log[:6], len(log))
    log.clear()


show("list", list(noisy(5)))
show("tuple", tuple(x * 2 for x in noisy(4)))
show("sorted", sorted(-x for x in noisy(6)))
show("max", max(abs(v - 3) for v in noisy(6)))
show("min", min((v for v in noisy(3)), default=None))
show("sum floats", sum(noisy(10)))
show("sum ints", sum(i * i for i in range(1000)))
show("sum big", sum(2 ** 62 + i for i in range(10)))
show("sum mixed", sum(x for x in [1, 2.5, True, 10 ** 30, 3]))
show("join", "-".join(str(i) for i in range(5)))
show("set", sorted(set(i % 3 for i in range(10))))
show("dict", dict((i, i * i) for i in range(4)))


class Money:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        log.append(("radd", self.v))
        return other + self.v

    def __add__(self, other):
        log.append(("add", self.v))
        return Money(self.v + (other.v if isinstance(other, Money) else other))


def money():
    for i in range(4):
        log.append(("gen", i))
        yield Money(i) if i % 2 else i


show("sum objects", sum(money()))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append(("bool", self.v))
        return self.v


def truths(values):
    for v in values:
        log.append(("gen", getattr(v, "v", v)))
        yield v


g = truths([0, 0.0, "", 7, 8, 9])
show("any stops", any(g))
show("after any", list(g))
g = truths([1, 2.5, "x", 0, 5])
show("all stops", all(g))
show("after all", next(g))
show("any objects", any(truths([Truthy(False), Truthy(True), Truthy(True)])))
show("all objects", all(truths([Truthy(True), Truthy(False), Truthy(True)])))


def failing():
    yield 1
    yield 2
    raise ValueError("in the generator")


try:
    list(failing())
except ValueError as e:
    show("raised", e)

try:
    sum(x for x in [1, 2, "three", 4])
except TypeError as e:
    show("consumer raised", e)


def guarded():
    try:
        yield from noisy(3)
        yield "done"
    finally:
        log.append("finally")


show("yield from + finally", list(guarded()))

g = noisy(6)
next(g)
next(g)
show("partly consumed", list(g))


def introspective():
    me = yield
    yield me.gi_running, inspect.getgeneratorstate(me)
    yield sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name


def run_introspective():
    g = introspective()
    next(g)
    first = g.send(g)
    return [first] + list(g)


show("introspective", run_introspective())


def self_next():
    yield 1
    yield next(me)


me = self_next()
try:
    list(me)
except ValueError as e:
    show("re-entered", e)

def tracer(frame, event, arg):
    if frame.f_code.co_name == "noisy":
        events.append((event, frame.f_lineno))
    return tracer


events = []
sys.settrace(tracer)
traced = list(noisy(2))
sys.settrace(None)
show("traced", (traced, events))

for round in range(3):
    total = 0.0
    for k in range(300):
        total += max(abs(v - 100) for v in noisy(50))
        total += sum(x for x in range(k % 7))
        total += any(x > 3 for x in range(k % 6))
    show("hot round %d" % round, total)


# max/min compare (and call the key on) each item as it comes.
def keyed(x):
    log.append(("key", x))
    return -x


show("max key", max(noisy(3), key=keyed))


class Ranked:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append(("gt", self.v, other.v))
        return self.v > other.v


def ranked():
    for i in range(3):
        log.append(("gen", i))
        yield Ranked(i)


show("max objects", max(ranked()).v)
show("min empty", min((x for x in ()), default="none"))


class Hashed:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        log.append(("hash", self.v))
        return hash(self.v)


def keys():
    for i in range(4):
        log.append(("gen", i))
        yield Hashed(i) if i % 2 else i


show("set", len(set(keys())))
show("set plain", sorted(set(x % 5 for x in noisy(12))))
