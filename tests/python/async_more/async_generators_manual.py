# Async generators driven by hand: asend, athrow, aclose, and their errors.
class Pause:
    def __await__(self):
        return (yield "paused")

async def agen():
    try:
        received = yield 1
        await Pause()
        yield f"got {received}"
        yield 3
    except ValueError as e:
        yield f"handled {e}"
    finally:
        print("agen finally")

def run(awaitable):
    yields = []
    try:
        while True:
            yields.append(awaitable.send(None))
    except StopIteration as e:
        return ("value", e.value, yields)
    except StopAsyncIteration:
        return ("stop", None, yields)

g = agen()
print(type(g).__name__, g.ag_running, g.__name__)
print(run(g.__anext__()))
print(run(g.asend("hello")))
print(run(g.athrow(ValueError("bad"))))
print(run(g.__anext__()))

g2 = agen()
print(run(g2.__anext__()))
print(run(g2.aclose()))
print(run(g2.__anext__()))

async def simple():
    yield "only"
g3 = simple()
try:
    run(g3.asend("x"))
except TypeError as e:
    print(type(e).__name__, e)
print(run(g3.asend(None)), run(g3.__anext__()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = ignores_exit()
run(g4.__anext__())
try:
    run(g4.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

async def raises_stop():
    yield 1
    raise StopAsyncIteration
g5 = raises_stop()
run(g5.__anext__())
try:
    run(g5.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)

async def collect():
    out = []
    async for v in simple():
        out.append(v)
    out.append([x async for x in simple()])
    return out
print(run(collect()))
class AIter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def use_aiter():
    return [v async for v in AIter()]
print(run(use_aiter()))
async def bad_for():
    async for _ in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
print(g.ag_frame is None, g.ag_code.co_name)
