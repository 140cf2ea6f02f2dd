# A TaskGroup-like pattern: child coroutines run round-robin, their failures
# are collected into an ExceptionGroup, and except* handlers await.

class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


async def child(name, steps, error=None):
    for i in range(steps):
        await Suspend(f"{name} step {i}")
    if error is not None:
        raise error
    return name


class TaskGroup:
    def __init__(self):
        self.children = []
        self.results = {}
        self.errors = []

    async def __aenter__(self):
        return self

    def spawn(self, coro):
        self.children.append(coro)

    async def __aexit__(self, typ, exc, tb):
        pending = list(self.children)
        while pending:
            for coro in list(pending):
                try:
                    label = coro.send(None)
                except StopIteration as stop:
                    self.results[stop.value] = True
                    pending.remove(coro)
                except Exception as error:
                    self.errors.append(error)
                    pending.remove(coro)
                else:
                    await Suspend("group: " + label)
        if self.errors:
            raise ExceptionGroup("children failed", self.errors)
        return False


async def main():
    try:
        async with TaskGroup() as group:
            group.spawn(child("a", 2))
            group.spawn(child("b", 1, ValueError("b broke")))
            group.spawn(child("c", 3, KeyError("c lost")))
            group.spawn(child("d", 1, ValueError("d broke")))
    except* ValueError as eg:
        await Suspend("handling value errors")
        print("value errors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        await Suspend("handling key errors")
        print("key errors:", [repr(e) for e in eg.exceptions])
    print("results:", sorted(group.results))
    return "main done"


def run(coro):
    try:
        while True:
            print("  ", coro.send(None))
    except StopIteration as stop:
        print(stop.value)


run(main())


async def handler_suspends():
    try:
        raise KeyError("handled")
    except KeyError:
        await Suspend("suspended inside except")
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("context while resumed:", repr(e.__context__))


coro = handler_suspends()
print(coro.send(None))
try:
    raise OSError("caller's own")
except OSError:
    run(coro)
