# Coroutines driven by hand (no event loop): await, async for, async with,
# async comprehensions, async generators.
class Ticket:
    def __await__(self):
        value = yield "suspended"
        return value

class AsyncRange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class AsyncCM:
    async def __aenter__(self): print("aenter"); return "cm"
    async def __aexit__(self, *exc): print("aexit", exc[0].__name__ if exc[0] else None); return True

async def agen(n):
    for i in range(n):
        yield i * 10

async def main():
    got = await Ticket()
    print("ticket", got)
    total = 0
    async for v in AsyncRange(3):
        total += v
    else:
        print("async for else")
    print("total", total)
    async with AsyncCM() as cm:
        print("inside", cm)
        raise KeyError("swallowed")
    print([x async for x in agen(3)])
    print({x: y async for x, y in pairs()})
    print([await double(x) for x in range(3)])
    return "main done"

async def pairs():
    yield 1, 2
    yield 3, 4

async def double(x):
    return x * 2

def run(coro):
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("yielded", out)
        value = "resumed"

print(run(main()))

async def broken():
    async with AsyncCM():
        return "returned through aexit"
print(run(broken()))
