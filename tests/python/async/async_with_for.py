# async with and async for: protocols, exception flow, and CPython's errors
# for objects that do not implement them.

class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        return (yield self.label)


def run(coro):
    try:
        while True:
            print("  loop saw", coro.send(None))
    except StopIteration as stop:
        return stop.value


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Suspend("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, value, tb):
        await Suspend("exit " + self.name)
        print("  exit", self.name, typ.__name__ if typ else None, repr(value))
        return self.swallow


async def with_statements():
    async with Manager("a") as a, Manager("b") as b:
        print("  body", a, b)
    async with Manager("quiet", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Manager("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("  caught", repr(e))
    for i in range(3):
        async with Manager("loop" + str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            print("  loop body", i)
    return await returns_from_with()


async def returns_from_with():
    async with Manager("ret"):
        return "returned through __aexit__"

print("async with")
print(run(with_statements()))


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return TickerIterator(self.n)


class TickerIterator:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend(("tick", self.i))
        return self.i


async def for_statements():
    async for i in Ticker(3):
        if i == 2:
            continue
        print("  body", i)
    else:
        print("  else runs")
    async for i in Ticker(5):
        if i == 2:
            break
    else:
        print("  else skipped")
    total = 0
    async for i in TickerIterator(4):
        total += i
    return total

print("async for")
print(run(for_statements()))


class NotAsyncManager:
    pass


class OnlyEnter:
    async def __aenter__(self):
        return self


class EnterReturnsInt:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class ExitReturnsInt:
    async def __aenter__(self):
        return self

    def __aexit__(self, *args):
        return 2


class NoAiter:
    pass


class AiterWithoutAnext:
    def __aiter__(self):
        return 5


class AnextReturnsInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


def expect_error(factory):
    coro = factory()
    try:
        run(coro)
    except Exception as e:
        print(type(e).__name__ + ":", e)
        if e.__cause__ is not None:
            print("  caused by", type(e.__cause__).__name__ + ":", e.__cause__)

print("errors")
async def with_plain():
    async with NotAsyncManager():
        pass
async def with_only_enter():
    async with OnlyEnter():
        pass
async def with_enter_int():
    async with EnterReturnsInt():
        pass
async def with_exit_int():
    async with ExitReturnsInt():
        pass
async def for_no_aiter():
    async for x in NoAiter():
        pass
async def for_no_anext():
    async for x in AiterWithoutAnext():
        pass
async def for_bad_anext():
    async for x in AnextReturnsInt():
        pass
async def for_over_list():
    items = [1, 2]
    async for x in items:
        pass
for factory in (with_plain, with_only_enter, with_enter_int, with_exit_int, for_no_aiter,
                for_no_anext, for_bad_anext, for_over_list):
    expect_error(factory)

print("exception inside async for propagates once")
async def failing_body():
    async for i in Ticker(3):
        if i == 2:
            raise ValueError("in body")
try:
    run(failing_body())
except ValueError as e:
    print("ValueError:", e)

print("exception from __anext__")
class BrokenIterator:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise OSError("broken")

async def broken_loop():
    async for x in BrokenIterator():
        pass
try:
    run(broken_loop())
except OSError as e:
    print("OSError:", e)
