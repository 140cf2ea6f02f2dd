# What __await__ may return: a generator (the usual `yield` in __await__), an
# iterator of another kind, but not a generator-based coroutine
# (types.coroutine), nor a non-iterator.
import types


@types.coroutine
def legacy():
    yield "legacy"


def plain():
    yield "plain"
    return "plain done"


class Countdown:
    def __init__(self):
        self.left = 2

    def __iter__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration("countdown done")
        self.left -= 1
        return self.left


class Awaitable:
    def __init__(self, make):
        self.make = make

    def __await__(self):
        return self.make()


async def use(make):
    return await Awaitable(make)


for make in (plain, Countdown, legacy, lambda: 5):
    coro = use(make)
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as stop:
        print("done", steps, stop.value)
    except TypeError as error:
        print("TypeError", error)
    coro.close()
