# Async comprehensions, async generator expressions and await inside comprehensions.
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield f"tick {self.v}"
        return self.v * 10

async def numbers(n):
    for i in range(n):
        await Tick(i)
        yield i

def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(steps)

async def main():
    a = [x async for x in numbers(3)]
    b = {x: x * x async for x in numbers(3) if x}
    c = {x async for x in numbers(2)}
    d = [await Tick(x) for x in range(3)]
    e = [y for x in range(2) async for y in numbers(x + 1)]
    gen = (x * 2 async for x in numbers(3))
    f = [v async for v in gen]
    g = [x async for x in numbers(4) if await Tick(x) > 10]
    return a, b, c, d, e, f, g, type(gen).__name__
print(run(main()))

async def nested():
    return [[x async for x in numbers(i)] for i in range(3)]
print(run(nested()))

async def agen_expr_attrs():
    ge = (x async for x in numbers(1))
    out = [type(ge).__name__, hasattr(ge, "__anext__"), hasattr(ge, "__next__")]
    out.append(await ge.__anext__())
    try:
        await ge.__anext__()
    except StopAsyncIteration:
        out.append("exhausted")
    return out
print(run(agen_expr_attrs()))

async def sync_iter_in_async_comp():
    try:
        return [x async for x in [1, 2]]
    except TypeError as e:
        return f"{type(e).__name__}: {e}"
print(run(sync_iter_in_async_comp()))

async def async_iter_in_sync_comp():
    try:
        return [x for x in numbers(1)]
    except TypeError as e:
        return f"{type(e).__name__}: {e}"
print(run(async_iter_in_sync_comp()))

async def early_break():
    out = []
    agen = numbers(10)
    async for v in agen:
        if v == 2:
            break
        out.append(v)
    await agen.aclose()
    return out
print(run(early_break()))
