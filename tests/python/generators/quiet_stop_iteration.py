# StopIteration from send()/next() and AttributeError from getattr(), which the
# eval loop raises without a JS throw when Python code calls them directly:
# values, tracebacks, chaining, error cases and profile events must be as
# when they are called any other way.
import sys


def tb_names(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return names


def gen(result):
    yield 1
    return result


async def coro(result):
    return result


class Fut:
    def __await__(self):
        yield "waiting"
        return "done"


async def awaits():
    return await Fut()


for value in [None, 0, (1, 2), "text"]:
    g = gen(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("next", repr(e.value), e.args, tb_names(e))
    c = coro(value)
    try:
        c.send(None)
    except StopIteration as e:
        print("send", repr(e.value), e.args, tb_names(e))

c = awaits()
print(c.send(None))
try:
    c.send("ignored")
except StopIteration as e:
    print("await result", e.value)

# every way of reaching send
g = gen("r")
send = g.send
print(send(None))
try:
    send(None)
except StopIteration as e:
    print("bound send", e.value)
g = gen("u")
print(type(g).send(g, None))
try:
    type(g).send(g, None)
except StopIteration as e:
    print("unbound send", e.value)
for bad in [lambda: type(g).send(5, None), lambda: type(g).send(g), lambda: g.send(),
            lambda: gen(1).send(5), lambda: next(5), lambda: next(g, 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# finished and running generators, reused coroutines
c = coro(1)
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


def running():
    yield next(me)


me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
print("exhausted again", next(gen(1), "d1") if False else None)
g = gen(2)
next(g)
print("defaults", next(g, "d"), next(g, "d"), next(iter([]), "e"))


# StopIteration raised inside a generator becomes RuntimeError
def raises_stop():
    raise StopIteration("inner")
    yield


try:
    next(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

# chaining: raised while handling another exception
try:
    try:
        raise KeyError("handled")
    except KeyError:
        next(iter(()))
except StopIteration as e:
    print("context", repr(e.__context__), e.__suppress_context__)

# iterators of other kinds
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("custom value")
        self.n -= 1
        return self.n


cd = Countdown(1)
print(next(cd))
try:
    next(cd)
except StopIteration as e:
    print("custom", e.value, tb_names(e))
print(next(cd, "default"))

# getattr without a default
class WithGetattr:
    def __getattr__(self, name):
        raise AttributeError("hook says no: " + name)


for obj in [object(), WithGetattr(), sys]:
    try:
        getattr(obj, "absent")
    except AttributeError as e:
        print("getattr", type(obj).__name__, e, e.name, tb_names(e))
print(getattr(sys, "absent", "dflt"), getattr(WithGetattr(), "absent", None))
try:
    getattr(1, 2)
except TypeError as e:
    print("TypeError", e)

# a handler that catches the quiet exception keeps handled-exception state right
def handled():
    return sys.exc_info()[0]


try:
    next(iter(()))
except StopIteration:
    print("inside", handled().__name__)
print("after", handled())

# the loop an event loop runs: send until StopIteration
async def leaf(n):
    total = 0
    for i in range(n):
        total += await Fut() == "done"
    return total


def run(c):
    steps = 0
    while True:
        try:
            c.send(None)
        except StopIteration as stop:
            return steps, stop.value
        steps += 1


print(run(leaf(5)))

# profile events still name the builtins
events = []


def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", None)))


g = gen(0)
sys.setprofile(profiler)
next(g)
try:
    next(g)
except StopIteration:
    pass
try:
    getattr(g, "nope")
except AttributeError:
    pass
sys.setprofile(None)
print([e for e in events if e[1] in ("next", "getattr")])
