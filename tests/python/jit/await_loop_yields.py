# A coroutine's (or generator's) loop whose await suspends: its trace runs
# from the back-edge through the awaited bodies down to the innermost yield,
# and ends there (recorder.ts yieldsAwaited) — the loop's frame suspends in
# the interpreter, and the frames of the awaited chain were suspended by the
# trace. Everything the program can see afterwards must be the
# interpreter's: values sent back in, the suspended frames' lines and
# locals, cr_await/gi_yieldfrom, throw() and close() into the chain,
# exceptions and tracebacks, and a guard failing in the chain.
import itertools
import sys
import traceback


class Waiter:
    """A future: __await__ yields itself until a value is set."""

    def __init__(self, tag):
        self.tag = tag
        self.done = False
        self.result = None

    def __await__(self):
        if not self.done:
            return (yield self)  # the value sent back in
        return self.result


async def leaf(i):
    value = await Waiter(i)
    if value == "boom":
        raise ValueError(f"boom at {i}")
    return value * 2 + 1


async def middle(i):
    return await leaf(i)


async def looping(n, log):
    total = 0
    for k in range(n):
        got = await middle(k)
        total += got
        if k % 37 == 5:
            log.append((k, got))
    return total


def drive(coro, answer):
    """Sends answer(waiter) back for each Waiter yielded, until the end."""
    value = None
    for steps in itertools.count():
        try:
            waiter = coro.send(value)
        except StopIteration as stop:
            return stop.value, steps
        value = answer(waiter)


log = []
print("plain", drive(looping(400, log), lambda w: w.tag + 1), log[:4])

# Now and then a float comes back: the trace's guards in the chain fail.
log = []
print("floats", drive(looping(300, log), lambda w: w.tag / 4 if w.tag % 41 == 7 else w.tag), log[:4])

# A value that makes the leaf raise: the exception leaves the loop's coroutine.
try:
    drive(looping(300, []), lambda w: "boom" if w.tag == 250 else w.tag)
except ValueError as error:
    tb = traceback.extract_tb(error.__traceback__)
    print("raised", error, [(entry.name, entry.line) for entry in tb])


# Inspecting the suspended chain the trace left.
def chain(coro):
    names = []
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        names.append((getattr(coro, "__name__", "?"), frame.f_lineno if frame else None))
        coro = getattr(coro, "cr_await", None) if hasattr(coro, "cr_await") else coro.gi_yieldfrom
    return names


coro = looping(500, [])
waiter = coro.send(None)
for k in range(300):
    waiter = coro.send(waiter.tag)
print("suspended at", waiter.tag, chain(coro))
print("locals", {name: value for name, value in coro.cr_frame.f_locals.items() if name != "log"})

# throw() into the chain the trace suspended: caught nowhere, it ends the coroutine.
try:
    coro.throw(KeyError("thrown"))
except KeyError as error:
    print("throw", repr(error), [entry.name for entry in traceback.extract_tb(error.__traceback__)])
print("closed after throw", coro.cr_frame)

coro = looping(500, [])
waiter = coro.send(None)
for k in range(200):
    waiter = coro.send(waiter.tag)
coro.close()
print("close", coro.cr_frame, coro.cr_await)


# A handler in the loop catches what the awaited chain raises.
async def catching(n):
    caught = []
    for k in range(n):
        try:
            await leaf(k)
        except ValueError as error:
            caught.append(str(error))
    return caught


print("caught", drive(catching(600), lambda w: "boom" if w.tag % 60 == 59 else w.tag))


# `yield from` in a plain generator's loop.
def sub(i):
    received = yield ("sub", i)
    return (received or 0) + i


def outer(n):
    total = 0
    for i in range(n):
        total += yield from sub(i)
    return total


gen = outer(1000)
item = next(gen)
count = 0
try:
    while True:
        item = gen.send(item[1] * 2)
        count += 1
except StopIteration as stop:
    print("yield from", stop.value, count)

gen = outer(1000)
next(gen)
for i in range(150):
    gen.send(i)
print("gi_yieldfrom", gen.gi_yieldfrom.gi_frame.f_lineno, gen.gi_frame.f_lineno, gen.gi_frame.f_locals["i"])
try:
    gen.throw(RuntimeError("into sub"))
except RuntimeError as error:
    print("gen throw", error, [entry.name for entry in traceback.extract_tb(error.__traceback__)])


# A loop awaiting several awaitables each round, some suspending, some not.
def ready(value, done):
    waiter = Waiter(value)
    waiter.done = done
    waiter.result = value
    return waiter


async def mixed(n):
    out = 0
    for i in range(n):
        a = await ready(i, i % 3 != 0)
        b = await ready(a + 1, i % 5 != 0)
        out += a * b
    return out


print("mixed", drive(mixed(1000), lambda waiter: waiter.tag))
sys.stdout.flush()
