# Coroutines driven by hand: send/throw/close, awaiting custom awaitables,
# return values through nested awaits, and the coroutine's attributes.

class Suspend:
    """An awaitable that suspends once, yielding `label` to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        sent = yield self.label
        return sent


async def leaf(x):
    got = await Suspend(("leaf", x))
    return (x, got)


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


def drive(coro, replies=()):
    replies = list(replies)
    value = None
    try:
        while True:
            yielded = coro.send(value)
            print("  yielded", yielded)
            value = replies.pop(0) if replies else None
    except StopIteration as stop:
        print("  returned", stop.value)
        return stop.value


print("nested awaits")
drive(middle(), ["r1", "r2"])

print("attributes")
c = middle()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name if hasattr(c.cr_code, "co_name") else "code")
print("running", c.cr_running, "await", c.cr_await, "suspended", c.cr_suspended, "origin", c.cr_origin)
print("first step", c.send(None))
print("await is leaf", type(c.cr_await).__name__, c.cr_await.__name__, c.cr_suspended)
print("frame exists", c.cr_frame is not None)
c.close()
print("after close", c.cr_frame, c.cr_await, c.cr_suspended)

print("reuse")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("non-None to just-started")
c = middle()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

print("await a non-awaitable")
async def await_int():
    await 1
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5

async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class CoroAwait:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro

async def await_coro_from_await():
    inner = middle()
    try:
        await CoroAwait(inner)
    finally:
        inner.close()
try:
    await_coro_from_await().send(None)
except TypeError as e:
    print("TypeError:", e)

print("coroutine is not iterable")
c = middle()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()

print("__await__ wrapper")
c = middle()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("x"))
try:
    w.send("y")
except StopIteration as stop:
    print("wrapper finished", stop.value)

print("being awaited already")
shared = middle()
async def await_shared():
    return await shared
first = await_shared()
print(first.send(None))
second = await_shared()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
first.close()
second.close()

print("throw into a suspended coroutine")
async def catcher():
    try:
        await Suspend("waiting")
    except ValueError as e:
        print("  caught inside", repr(e))
        await Suspend("after catch")
        return "recovered"
c = catcher()
print(c.send(None))
print(c.throw(ValueError("boom")))
drive(c)

print("throw goes to the innermost awaitable")
class Noisy:
    def __await__(self):
        try:
            yield "noisy"
        except KeyError as e:
            print("  awaitable saw", repr(e))
            return "handled by awaitable"

async def outer():
    r = await Noisy()
    print("  outer got", r)
    await Suspend("end")
c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
c.close()

print("close runs finally blocks of every level")
async def level(n):
    try:
        if n == 0:
            await Suspend("bottom")
        else:
            await level(n - 1)
    finally:
        print("  finally", n)
c = level(2)
print(c.send(None))
c.close()

print("ignored GeneratorExit")
class Stubborn:
    def __await__(self):
        while True:
            try:
                yield "stubborn"
            except GeneratorExit:
                pass

async def stubborn_user():
    try:
        await Suspend("one")
    except GeneratorExit:
        await Suspend("two")
c = stubborn_user()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

print("StopIteration raised inside a coroutine")
async def raises_stop():
    raise StopIteration("oops")
try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))

print("exception through awaits")
async def fails():
    await Suspend("before failure")
    raise ValueError("deep")
async def calls_fails():
    try:
        await fails()
    except ValueError as e:
        return "caught " + str(e)
drive(calls_fails())

print("coroutine throw with a class and a value")
c = catcher()
c.send(None)
print(c.throw(ValueError, "made from class"))
c.close()

print("exception handled inside a coroutine stays inside")
async def handling():
    try:
        raise KeyError("inner")
    except KeyError:
        await Suspend("in handler")
        raise
c = handling()
print(c.send(None))
try:
    c.send(None)
except KeyError as e:
    print("re-raised", repr(e))
