# Less common async forms: async generator expressions with await, async with
# over several managers when one fails to enter, return from nested blocks,
# nested and dict/set async comprehensions.

class Suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        return (yield self.v)

async def double(x):
    await Suspend(("double", x))
    return 2 * x

class CM:
    def __init__(self, name, fail=False): self.name = name; self.fail = fail
    async def __aenter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed " + self.name)
        return self
    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0])

async def agen(n):
    for i in range(n):
        yield i

async def main():
    g = (await double(x) for x in range(3))
    print(type(g).__name__)
    print([v async for v in g])
    try:
        async with CM("a"), CM("b", fail=True), CM("c"):
            print("body")
    except RuntimeError as e:
        print("caught", e)
    async for i in agen(5):
        async with CM(str(i)):
            if i == 1:
                return "returned at 1"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

print(run(main()))

async def nested_comp():
    return [[y async for y in agen(x)] for x in range(3)]
print(run(nested_comp()))

async def dict_set():
    return {k: v async for k, v in pairs()}, {await double(k) for k in range(2)}
async def pairs():
    yield 1, "a"
    yield 2, "b"
print(run(dict_set()))
