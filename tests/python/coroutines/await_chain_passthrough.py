# A value sent into a coroutine suspended in a chain of awaits reaches the
# innermost generator directly (generator.ts passThrough): what the frames of
# the chain show meanwhile, and how results and exceptions come back up.
import sys
import traceback


class Yield:
    """Yields once (the value it is given), then returns what was sent in."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        sent = yield self.value
        return sent


def state(coro):
    return (coro.cr_running, coro.cr_suspended, coro.cr_await is not None,
            coro.cr_frame is None)


probe = {}


class Probe:
    """Looks at the chain from the innermost generator, while it runs."""

    def __await__(self):
        sent = yield "probe"
        outer = probe["outer"]
        middle = probe["middle"]
        probe["states"] = (state(outer), state(middle))
        # The running frames of the chain are on the stack, innermost first.
        names = []
        frame = sys._getframe()
        while frame is not None and len(names) < 4:
            names.append(frame.f_code.co_name)
            frame = frame.f_back
        probe["stack"] = names
        try:
            outer.send(None)
        except ValueError as error:
            probe["resend"] = str(error)
        try:
            middle.cr_frame.clear()
        except RuntimeError as error:
            probe["clear"] = str(error)
        probe["exc_info"] = repr(sys.exc_info()[1])
        return sent * 2


async def middle(inner):
    return await inner + 1


async def outer(inner):
    try:
        raise KeyError("handled by outer")
    except KeyError:
        m = middle(inner)
        probe["middle"] = m
        return await m + 100


o = outer(Probe())
probe["outer"] = o
print(o.send(None))
print(state(o), o.cr_await.__qualname__, o.cr_await.cr_await is not None)
try:
    o.send(20)
except StopIteration as stop:
    print("result", stop.value)
print(probe["states"])
print(probe["stack"])
print(probe["resend"], "|", probe["clear"], "|", probe["exc_info"])
print(state(o))


# Values go down and up a deep chain unchanged; each level finishes in turn.
async def chain(depth, log):
    if depth == 0:
        total = 0
        for i in range(3):
            total += await Yield(("leaf", i))
        return total
    result = await chain(depth - 1, log)
    log.append(depth)
    return result + depth


log = []
c = chain(6, log)
seen = [c.send(None)]
try:
    for value in (10, 20, 30):
        seen.append(c.send(value))
except StopIteration as stop:
    seen.append(("done", stop.value))
print(seen, log)


# An exception raised at the bottom comes up through each frame at its await:
# its handlers, its traceback entries (lines of the awaits), tb_lasti of SEND.
async def failing():
    await Yield("first")
    raise ValueError("bottom")


async def catcher():
    try:
        await failing()
    except ValueError as error:
        return "caught " + str(error)


async def passer():
    x = 1
    return await catcher(), await failing2()


async def failing2():
    await Yield("second")
    raise LookupError("deep")


async def top():
    return await passer()


t = top()
print(t.send(None))
print(t.send(None))
try:
    t.send(None)
except LookupError as error:
    tb = error.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("escaped", repr(error), entries)
    print("".join(traceback.format_exception(error)).count("await"))


def lasti_of(coro_function):
    c = coro_function()
    c.send(None)
    try:
        c.send(None)
    except Exception as error:
        tb = error.__traceback__
        lastis = []
        while tb is not None:
            lastis.append(tb.tb_lasti)
            tb = tb.tb_next
        return lastis


async def lasti_top():
    return await failing()

async def fails_at_once():
    raise ValueError("at once")


async def lasti_direct():
    return await fails_at_once()


def lasti_at_once():
    try:
        lasti_direct().send(None)
    except ValueError as error:
        return error.__traceback__.tb_next.tb_lasti


lastis = lasti_of(lasti_top)
# Raised below a suspended await, or by the await's first send: the same SEND.
print(len(lastis), lastis[1] == lasti_at_once())


# The context of an exception raised below a frame handling another one.
async def raiser(handles):
    await Yield("r")
    if not handles:
        raise RuntimeError("new")
    try:
        raise IndexError("inner old")
    except IndexError:
        raise RuntimeError("inner new")


async def handler_frame(handles):
    try:
        raise OSError("old")
    except OSError:
        await raiser(handles)


def second_send_fails(coro):
    """The first send suspends; the second raises: its context chain, or what else ends it."""
    coro.send(None)
    try:
        coro.send(None)
    except (RuntimeError, StopIteration) as error:
        chain = []
        while error is not None:
            chain.append(repr(error))
            error = error.__context__
        return chain


print(second_send_fails(handler_frame(False)))
print(second_send_fails(handler_frame(True)))


# The coroutine awaited finishes meanwhile, sent to directly.
async def pauses():
    await Yield(1)
    return 3


async def awaits_coroutine(c):
    return await c


p = pauses()
print(second_send_fails(p))
p = pauses()
print(second_send_fails(awaits_coroutine(p)))
p = pauses()
b = awaits_coroutine(p)
b.send(None)
try:
    p.send(None)
except StopIteration as stop:
    print("pauses done", stop.value)
try:
    b.send(None)
except RuntimeError as error:
    print("awaits_coroutine:", error)


# A generator delegating with yield from to a generator: the same.
def sub():
    got = yield 1
    got2 = yield got + 1
    return got2 * 10


def outer_gen():
    result = yield from sub()
    yield ("result", result)


g = outer_gen()
print(next(g), g.send(5), g.send(7))


# Recursion limit: the chain's frames count while a value passes down it.
async def deep(n):
    if n == 0:
        return await Yield("bottom")
    return await deep(n - 1)


def send_from_depth(coro, depth, value):
    if depth == 0:
        return coro.send(value)
    return send_from_depth(coro, depth - 1, value)


limit = sys.getrecursionlimit()
sys.setrecursionlimit(300)
d = deep(100)
print(d.send(None))
try:
    send_from_depth(d, 250, 1)
except RecursionError as error:
    print("RecursionError", error)
except StopIteration as stop:
    print("deep done", stop.value)
print(d.cr_frame is None, d.cr_running)
try:
    d.send(1)
except StopIteration as stop:
    print("deep done", stop.value)
except RuntimeError as error:
    print(type(error).__name__, error)
d = deep(100)
d.send(None)
try:
    send_from_depth(d, 150, 1)
except StopIteration as stop:
    print("deep done", stop.value)
sys.setrecursionlimit(limit)
