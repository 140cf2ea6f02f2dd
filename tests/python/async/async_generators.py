# Async generators: __anext__/asend/athrow/aclose awaitables, async for,
# async comprehensions, their states and error messages.

class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        return (yield self.label)


def run(coro):
    """A tiny event loop: drives `coro`, printing what reaches the loop."""
    try:
        while True:
            print("  loop saw", coro.send(None))
    except StopIteration as stop:
        return stop.value


async def countdown(n):
    try:
        while n > 0:
            await Suspend(("tick", n))
            received = yield n
            if received is not None:
                print("  countdown received", received)
            n -= 1
    finally:
        print("  countdown finally")


async def consume():
    async for value in countdown(2):
        print("  got", value)
    return "consumed"

print("async for over an async generator")
print(run(consume()))

print("attributes")
g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_frame is not None)
print(g.__aiter__() is g)
anext_awaitable = g.__anext__()
print(type(anext_awaitable).__name__, anext_awaitable.__await__() is anext_awaitable)
print("first step", anext_awaitable.send(None))
print("running while awaiting:", g.ag_running, type(g.ag_await).__name__)
try:
    anext_awaitable.send(None)
except StopIteration as stop:
    print("yielded through StopIteration", stop.value)
print("running after:", g.ag_running)

print("asend")
step = g.asend("hello")
print(step.send(None))
try:
    step.send(None)
except StopIteration as stop:
    print("asend result", stop.value)

print("reusing an awaitable")
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("two anext at once")
a = g.__anext__()
a.send(None)
b = g.__anext__()
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.send(None)
except StopIteration as stop:
    print("first anext finished", stop.value)

print("aclose")
closer = g.aclose()
try:
    closer.send(None)
except StopIteration:
    print("aclose finished")
print("after aclose, anext raises StopAsyncIteration:")
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("  StopAsyncIteration")

print("athrow handled inside")
async def resilient():
    while True:
        try:
            yield "value"
        except KeyError as e:
            print("  resilient caught", repr(e))
            yield "after error"
            return

g = resilient()
run(g.__anext__())
thrower = g.athrow(KeyError("k"))
try:
    thrower.send(None)
except StopIteration as stop:
    print("athrow produced", stop.value)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("exhausted")

print("athrow not handled")
async def fragile():
    yield 1
g = fragile()
run(g.__anext__())
try:
    run(g.athrow(ValueError("bad")))
except ValueError as e:
    print("propagated", repr(e))
try:
    run(g.athrow(ValueError("again")))
except StopAsyncIteration:
    print("athrow on exhausted: StopAsyncIteration")

print("aclose ignoring GeneratorExit")
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

print("aclose awaits inside cleanup")
async def tidy():
    try:
        yield 1
    finally:
        await Suspend("cleaning up")
        print("  cleaned")
g = tidy()
run(g.__anext__())
run(g.aclose())

print("aclose on a fresh generator")
g = tidy()
run(g.aclose())
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("  StopAsyncIteration")

print("just-started asend with a value")
g = tidy()
try:
    run(g.asend(1))
except TypeError as e:
    print("TypeError:", e)

print("StopIteration and StopAsyncIteration inside")
async def raises_stop():
    raise StopIteration
    yield
async def raises_stop_async():
    raise StopAsyncIteration
    yield
for factory in (raises_stop, raises_stop_async):
    try:
        run(factory().__anext__())
    except RuntimeError as e:
        print("RuntimeError:", e, "from", type(e.__cause__).__name__)

print("async comprehensions")
async def comprehensions():
    squares = [x * x async for x in countdown(3)]
    evens = {x async for x in countdown(4) if x % 2 == 0}
    mapping = {x: str(x) async for x in countdown(2)}
    awaited = [await Suspend(x) for x in "ab"]
    gen = (x + 1 async for x in countdown(2))
    from_gen = [y async for y in gen]
    return squares, sorted(evens), mapping, awaited, from_gen
print(run(comprehensions()))

print("break out of async for closes nothing until aclose")
async def breaker():
    g = countdown(5)
    async for value in g:
        if value == 4:
            break
    print("  broke at", value)
    await g.aclose()
    return "done"
print(run(breaker()))

print("repr types")
g = countdown(1)
print(type(g.aclose()).__name__, type(g.athrow(ValueError)).__name__, type(g.asend(None)).__name__)

print("athrow with something that is not an exception")
async def one():
    yield 1
g = one()
run(g.__anext__())
try:
    run(g.athrow(1))
except TypeError as e:
    print("TypeError:", e)
print("ag_running reset:", g.ag_running)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
