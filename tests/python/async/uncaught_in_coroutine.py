# An uncaught exception raised deep inside awaits, inside an async for body
# fed by an async generator: the traceback lists each coroutine frame once.

class Suspend:
    def __await__(self):
        yield "suspended"


async def numbers():
    for i in range(3):
        await Suspend()
        yield i


async def check(value):
    await Suspend()
    if value == 2:
        raise ValueError(f"bad value {value}")
    return value


async def main():
    total = 0
    async for value in numbers():
        total += await check(value)
    return total


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


print("start")
run(main())
