# An exception raised by an async generator ends the `async for` consuming
# it; END_ASYNC_FOR re-raises it without adding a second traceback entry.

async def source():
    yield 1
    raise KeyError("from the generator")


async def main():
    async for value in source():
        print("value", value)


coro = main()
try:
    coro.send(None)
except StopIteration:
    pass
