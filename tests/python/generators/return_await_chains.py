# `return await x` and `return (yield from x)`: when the awaited (or
# delegated-to) iterator finishes, the frame returns its result at once.
# Results, StopIteration values, the finished objects' attributes, errors,
# throw()/close() through such chains and what sys.settrace sees.
import sys


class Pending:
    def __init__(self, result):
        self.result = result
        self.done = False

    def __await__(self):
        if not self.done:
            yield self
        return self.result


async def inner(p):
    return await p


async def middle(p):
    return await inner(p)


async def outer(p):
    return await middle(p)


def drive(coro, values):
    out = []
    try:
        waited = coro.send(None)
        out.append(("waits", type(waited).__name__))
        for v in values:
            waited.done = True
            waited.result = v
            waited = coro.send(None)
            out.append(("waits", type(waited).__name__))
    except StopIteration as stop:
        out.append(("returned", stop.value))
    return out


print(drive(outer(Pending(41)), [7]))
print(drive(outer(Pending(None)), [None]))
print(drive(outer(Pending((1, 2))), [(3, 4)]))

# The finished coroutines: frames gone, nothing awaited, not running.
p = Pending(5)
c = outer(p)
c.send(None)
p.done = True
try:
    c.send(None)
except StopIteration as stop:
    print("value", stop.value)
print(c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as error:
    print("reuse:", error)


# Plain generators: return (yield from ...), with values sent through.
def leaf():
    total = 0
    while True:
        got = yield total
        if got is None:
            return ("leaf", total)
        total += got


def mid():
    return (yield from leaf())


def top():
    return (yield from mid())


g = top()
print(next(g), g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as stop:
    print("gen value", stop.value)
print(g.gi_frame, g.gi_yieldfrom, g.gi_running, g.gi_suspended)
print(next(g, "exhausted"))


# A sub-generator that returns when thrown into: the chain returns its value.
def catcher():
    try:
        yield "ready"
    except ValueError as error:
        return ("caught", str(error))


def chain():
    return (yield from catcher())


g = chain()
next(g)
try:
    g.throw(ValueError("boom"))
except StopIteration as stop:
    print("throw ->", stop.value)
print(g.gi_frame)


# Errors still travel through the levels, with their tracebacks.
class Failing:
    def __await__(self):
        yield "first"
        raise KeyError("late")


async def f1():
    return await Failing()


async def f2():
    return await f1()


c = f2()
print(c.send(None))
try:
    c.send(None)
except KeyError as error:
    tb = error.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("KeyError", error, names)


# StopIteration raised inside becomes RuntimeError as usual.
class BadAwait:
    def __await__(self):
        yield 1
        raise StopIteration(9)


async def b1():
    return await BadAwait()


c = b1()
c.send(None)
try:
    c.send(None)
except RuntimeError as error:
    print("RuntimeError", error, type(error.__cause__).__name__)


# close() of a chain suspended in `return await`.
class Closing:
    def __await__(self):
        try:
            yield "x"
        finally:
            print("closing inner")


async def c1():
    return await Closing()


async def c2():
    return await c1()


c = c2()
c.send(None)
c.close()
print(c.cr_frame)


# What a tracer sees: the same events as the interpreter without the shortcut.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("inner", "middle", "outer", "__await__"):
        events.append((frame.f_code.co_name, event, frame.f_lineno,
                       arg if event == "return" else None))
    return tracer


p = Pending(11)
c = outer(p)
c.send(None)
p.done = True
sys.settrace(tracer)
try:
    c.send(None)
except StopIteration as stop:
    result = stop.value
sys.settrace(None)
print(result)
for e in events:
    print(e)


# Many levels and many rounds, with handled exceptions around the sends.
async def level(n, p):
    if n == 0:
        return await p
    return await level(n - 1, p)


total = 0
for i in range(200):
    p = Pending(i)
    c = level(i % 7, p)
    try:
        raise ValueError(i)
    except ValueError:
        c.send(None)
        p.done = True
        try:
            c.send(None)
        except StopIteration as stop:
            total += stop.value
        print_exc = sys.exc_info()[0].__name__ if i == 199 else None
print(total, print_exc)
