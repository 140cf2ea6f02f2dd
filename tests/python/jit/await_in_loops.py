# `await` and `yield from` of generators and coroutines inside traced loops:
# the awaited body is recorded inline (recorder.ts send/enterGenerator), and
# every way out — a value returned, a yield passed up, an exception, a guard
# failing inside the body — must look as the interpreter's.
import sys
import traceback


class Ready:
    """An awaitable whose __await__ yields only while not done."""

    def __init__(self, value, done=True):
        self.value = value
        self.done = done

    def __await__(self):
        if not self.done:
            yield self
        return self.value


async def plain(i):
    return i * 3


async def twice(i):
    a = await plain(i)
    b = await plain(a)
    return a + b


async def maybe_float(i):
    # Returns an int mostly, a float now and then (guards fail inside the body).
    if i % 97 == 5:
        return i / 2
    return i + 1


async def raising(i):
    if i % 50 == 49:
        raise ValueError("bad %d" % i)
    return i


async def stop_inside(i):
    if i == 300:
        raise StopIteration(i)
    return i


async def sum_plain(n):
    total = 0
    for i in range(n):
        total += await plain(i)
    return total


async def sum_twice(n):
    total = 0
    for i in range(n):
        total += await twice(i)
    return total


async def sum_mixed(n):
    total = 0
    for i in range(n):
        total += await maybe_float(i)
    return total


async def sum_catching(n):
    total = 0
    errors = []
    for i in range(n):
        try:
            total += await raising(i)
        except ValueError as e:
            errors.append(str(e))
    return total, errors[:3], len(errors)


async def sum_ready(n):
    total = 0
    for i in range(n):
        total += await Ready(i, i % 40 != 39)
    return total


async def sum_stop(n):
    total = 0
    for i in range(n):
        total += await stop_inside(i)
    return total


def run(coro, answer=None):
    """Drive a coroutine: every yielded Ready gets marked done and sent back."""
    sent = None
    steps = 0
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as stop:
            return stop.value, steps
        steps += 1
        yielded.done = True
        sent = answer


print(run(sum_plain(2000)))
print(run(sum_twice(2000)))
print(run(sum_mixed(2000)))
print(run(sum_catching(2000)))
print(run(sum_ready(2000)))
try:
    run(sum_stop(1000))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__.args)


# A traceback through an awaited coroutine that raises inside a traced loop.
async def deep_fail(i):
    if i == 1500:
        return {}["missing %d" % i]
    return i


async def loop_fail(n):
    total = 0
    for i in range(n):
        total += await deep_fail(i)
    return total


try:
    run(loop_fail(2000))
except KeyError as e:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print("KeyError", e, [(f.name, f.line) for f in tb])


# `yield from` plain generators in a loop of a generator.
def inner_gen(i):
    if i % 3 == 0:
        yield i
    return i * 2


def outer_gen(n):
    total = 0
    for i in range(n):
        total += yield from inner_gen(i)
    return total


def drain(gen):
    seen = 0
    try:
        while True:
            seen += next(gen)
    except StopIteration as stop:
        return seen, stop.value


print(drain(outer_gen(3000)))


# A coroutine suspended in an await the trace recorded: cr_await, throw, close.
async def waits_twice(i):
    first = await Ready(i, False)
    second = await Ready(first + 1, i % 2 == 0)
    return first + second


async def chain(n):
    total = 0
    for i in range(n):
        total += await waits_twice(i)
    return total


print(run(chain(1500), 7))

c = chain(10)
y = c.send(None)
print(type(y).__name__, type(c.cr_await).__name__, c.cr_await.cr_frame.f_code.co_name)
try:
    c.throw(ZeroDivisionError("into the await"))
except ZeroDivisionError as e:
    print("thrown", e, c.cr_frame)

c = chain(10)
c.send(None)
c.close()
print("closed", c.cr_frame, c.cr_await)


# Awaiting a coroutine that is already being awaited.
async def holder(inner):
    return await inner


async def busy():
    await Ready(0, False)
    return 1


async def double_await(n):
    results = []
    for i in range(n):
        b = busy()
        h = holder(b)
        h.send(None)
        try:
            await b
        except RuntimeError as e:
            results.append(str(e))
        h.close()
    return results[:1], len(results)


print(run(double_await(300)))


# Reusing a finished coroutine in the loop.
async def reuse(n):
    done = plain(1)
    first = await done
    errors = 0
    for i in range(n):
        try:
            await done
        except RuntimeError:
            errors += 1
    return first, errors


print(run(reuse(500)))


# Sending a non-None value into a just-started coroutine through a generator-based driver.
def gen_driver(n):
    total = 0
    for i in range(n):
        g = inner_gen(i)
        try:
            total += g.send(None)
        except StopIteration as s:
            total += s.value
    return total


print(gen_driver(2000))


# A `for` loop over a generator waiting in a `yield from`: the trace resumes
# it at its SEND and enters the generator it delegates to.
def numbers(n):
    for i in range(n):
        if i == 2500:
            yield 0.5  # a float once: a guard fails inside the inner body
        yield i
    return n


def relay(n):
    yield -1
    got = yield from numbers(n)
    yield got
    yield from numbers(3)


def consume(n):
    total = 0
    count = 0
    for x in relay(n):
        total += x
        count += 1
    return total, count


print(consume(4000))

g = relay(100)
for x in g:
    if x == 50:
        break
print(g.gi_yieldfrom.gi_frame.f_lineno, g.gi_frame.f_lineno, next(g))
g.close()
print(g.gi_frame, g.gi_yieldfrom)


# A driver's loop of `coro.send(x)` into chains of awaits, the coroutines
# with cells (a comprehension reading their locals): each send resumes the
# chain in the trace; a chain that finishes raises StopIteration at the send.
class Box:
    def __init__(self):
        self.done = False
        self.result = None

    def __await__(self):
        if not self.done:
            yield self
        return self.result


async def leaf2(i):
    v = await Box()
    return v * 2 + i


async def mid(depth, base):
    if depth == 0:
        return await leaf2(base)
    total = 0
    for k in range(3):
        total += await mid(depth - 1, base * 3 + k)
    scaled = [total * m for m in range(2) if base >= 0]
    return scaled[-1]


def drive_all(n):
    results = []
    for t in range(n):
        coro = mid(2, t)
        value = None
        steps = 0
        while True:
            try:
                box = coro.send(value)
            except StopIteration as stop:
                results.append((stop.value, steps))
                break
            box.done = True
            box.result = value = steps
            steps += 1
    return results


out = drive_all(300)
print(len(out), out[:3], out[-1], sum(v for v, s in out))


# throw() and close() into a chain the trace left suspended.
def thrown_chains(n):
    caught = 0
    for t in range(n):
        coro = mid(1, t)
        box = coro.send(None)
        box.done, box.result = True, t
        coro.send(None)
        try:
            coro.throw(KeyError(t))
        except KeyError as e:
            caught += e.args[0] == t
        coro = mid(1, t)
        coro.send(None)
        coro.close()
    return caught


print(thrown_chains(300))


# GET_AWAITABLE of a coroutine in a trace is a guard that no other coroutine
# awaits it already (guard_not_awaited), no call: a loop recorded with free
# coroutines leaves at a busy one, and the interpreter raises the RuntimeError.
async def maybe(i, wait):
    if wait:
        await Ready(0, False)
    return i


async def busy_among_free(n):
    # The busy coroutines are made and held before the loop, whose body takes
    # the same path for all: only the guard tells them apart.
    coros = []
    holders = []
    for i in range(n):
        c = maybe(i, i % 700 == 699)
        if i % 700 == 699:
            h = holder(c)
            h.send(None)  # h now awaits c, which waits in Ready
            holders.append(h)
        coros.append(c)
    total = 0
    errors = []
    for c in coros:
        try:
            total += await c
        except RuntimeError as e:
            errors.append((str(e), c.cr_await is not None))
    for h in holders:
        h.close()
    return total, errors[:3], len(errors)


print(run(busy_among_free(5000)))
