# Coroutines and generators a trace makes and enters at once (recorder.ts
# freshGenerator): no guard that they are idle or not awaited, their
# parameters known. Each case also has what must not be taken as fresh: one
# started, awaited or iterated between its making and its await, or made
# before an inner loop whose later rounds find it started. Exits inside the
# bodies (a parameter of another kind, a branch not recorded) rebuild their
# frames from what the trace made them with.


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        if self.value is None:
            yield "waiting"
        return self.value


async def leaf(a, b):
    if b is None:
        return await Ready(a)
    return a * 2 + b


async def chain(n, k):
    total = 0
    for i in range(n):
        total += await leaf(i, k)
    return total


async def cells(depth, ident):
    if depth == 0:
        return ident
    parts = [ident + j for j in range(2)]
    return sum(parts) + await cells(depth - 1, ident * 2)


def run(coro, limit=100):
    for _ in range(limit):
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value
    raise AssertionError("never finished")


total = 0
for i in range(3000):
    # k a float now and then: leaf's `a * 2 + b` leaves the trace inside its body.
    total += run(chain(4, 1.5 if i % 500 == 7 else i % 3))
print(total)

print(sum(run(cells(3, i)) for i in range(2000)))


async def started_first(i):
    c = leaf(i, 1)
    try:
        c.send(None)  # runs it to its end: StopIteration
    except StopIteration as stop:
        first = stop.value
    try:
        await c
    except RuntimeError as e:
        return first, str(e)


print(run(started_first(3)))
results = [run(started_first(i))[0] for i in range(2000)]
print(sum(results))


async def waits(i):
    got = await Ready(None)
    return i, got


async def awaited_twice(i):
    c = waits(i)
    out = [c.send(None)]  # suspended in Ready's __await__: being awaited
    try:
        out.append(await c)
    except RuntimeError as e:
        out.append(str(e))
    c.close()
    return out


def drive_awaited_twice(i):
    coro = awaited_twice(i)
    seen = []
    try:
        while True:
            seen.append(coro.send(None))
    except StopIteration as stop:
        return seen, stop.value


print(drive_awaited_twice(1))
print(sum(len(drive_awaited_twice(i)[1]) for i in range(2000)))


def numbers(n, step):
    for i in range(n):
        yield i * step


def made_before_loop(n):
    g = numbers(n, 3)
    total = 0
    for x in g:  # the loop's later rounds find g started
        total += x
    return total


print(sum(made_before_loop(i % 7) for i in range(4000)))


def sent_before(n):
    g = numbers(n, 2)
    first = next(g)
    return first + sum(g)


print(sum(sent_before(5) for i in range(3000)))


async def rebinds(a, b):
    a = a + 1  # a parameter the body changes before it suspends
    await Ready(None)
    return a + b


def drive_rebinds(n):
    total = 0
    for i in range(n):
        c = rebinds(i, 2)
        c.send(None)
        try:
            c.send(None)
        except StopIteration as stop:
            total += stop.value
    return total


print(drive_rebinds(3000))


def maybe_start(c, i):
    if i % 50 == 49:
        return c.send(None)  # now suspended in Ready's __await__: being awaited
    return None


async def poked(i):
    c = waits(i)
    list(map(maybe_start, [c], [i]))  # a native calls back: anything may happen to c
    try:
        return await c
    except RuntimeError as e:
        c.close()
        return str(e)


outcomes = {}
for i in range(3000):
    result = run(poked(i))
    key = result if isinstance(result, str) else type(result).__name__
    outcomes[key] = outcomes.get(key, 0) + 1
print(sorted(outcomes.items()))


# A function's __code__ set while its coroutines are made in a trace: they run the new code.
async def plus_one(x):
    return x + 1


async def times_100(x):
    return x * 100


def plain_times_3(x):
    return x * 3


async def awaits_plus_one(i):
    try:
        return await plus_one(i)
    except TypeError as e:  # not a coroutine any more
        return str(e)


totals = []
for i in range(5000):
    if i == 3000:
        plus_one.__code__ = times_100.__code__
    if i == 4500:
        plus_one.__code__ = plain_times_3.__code__
    totals.append(run(awaits_plus_one(i)))
print(sum(t for t in totals if isinstance(t, int)), sorted(set(t for t in totals if isinstance(t, str))))
