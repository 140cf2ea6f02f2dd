# Async generator details: ag_* attributes, athrow variants, aclose on unstarted, asend values.
class Pause:
    def __await__(self):
        return (yield "pause")

def drive(awaitable):
    out = []
    try:
        while True:
            out.append(awaitable.send(None))
    except StopIteration as e:
        return ("return", e.value, out)
    except StopAsyncIteration:
        return ("stop", None, out)

async def counter(limit):
    total = 0
    for i in range(limit):
        received = yield i
        if received is not None:
            total += received
        await Pause()
    yield f"total {total}"

g = counter(2)
print(g.ag_running, g.ag_await, type(g.ag_frame).__name__, g.ag_code.co_name, g.__qualname__)
print(drive(g.asend(None)))
print(drive(g.asend(10)))
print(drive(g.asend(5)))
print(drive(g.asend(None)))
print(g.ag_frame)

g2 = counter(3)
print(drive(g2.aclose()), g2.ag_frame)
print(drive(g2.__anext__()))

async def catching():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield f"caught {e!r}"
g3 = catching()
print(drive(g3.__anext__()))
print(drive(g3.athrow(KeyError("k1"))))
print(drive(g3.athrow(KeyError, KeyError("k2"))))
try:
    drive(g3.athrow(ValueError("unhandled")))
except ValueError as e:
    print(type(e).__name__, e)
print(drive(g3.__anext__()))
try:
    drive(g3.athrow(1))
except TypeError as e:
    print(type(e).__name__, e)

async def returns_early():
    yield 1
    return
g4 = returns_early()
print(drive(g4.__anext__()), drive(g4.__anext__()))
aw = counter(1).__anext__()
print(type(aw).__name__)
aw.close()
async def awaiting_athrow():
    gen = catching()
    await gen.__anext__()
    return await gen.athrow(KeyError("inside"))
print(drive(awaiting_athrow()))
