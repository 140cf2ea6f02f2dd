# The aiter() and anext() builtins.

class Suspend:
    def __await__(self):
        yield "suspended"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def letters():
    for ch in "ab":
        await Suspend()
        yield ch


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    it = aiter(letters())
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter())
    print(await anext(c), await anext(c, "x"), await anext(c, "fallback"))
    pending = anext(Counter(), 0)
    print(type(pending).__name__)
    pending.close()
    return "ok"

print(run(main()))

for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)


class BadAiter:
    def __aiter__(self):
        return 3


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
