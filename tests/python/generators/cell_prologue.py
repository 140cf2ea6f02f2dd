# Generators and coroutines whose code makes cells before RETURN_GENERATOR
# (MAKE_CELL for a parameter or local a nested function uses, COPY_FREE_VARS
# for a closure's own free variables): the call makes them without the eval
# loop (generator.ts generatorOfCall), so what the body sees of its cells —
# parameters copied in, locals unbound until assigned, the closure's cells
# shared with its maker — must be as the interpreter's.
import inspect


def scaled(factor, items):
    # `factor` is a cell (the lambda uses it), `items` a plain local.
    scale = lambda x: x * factor
    for item in items:
        yield scale(item)
        factor += 1


print(list(scaled(2, [1, 2, 3])))


def counter(start):
    total = start

    def bump(n):
        nonlocal total
        total += n
        return total

    def gen(step):
        # Free variables of gen: bump, total (COPY_FREE_VARS); step is a cell too.
        peek = lambda: (total, step)
        while True:
            got = yield peek()
            if got is None:
                return total
            bump(got * step)

    return gen, bump


gen_of, bump = counter(10)
g = gen_of(3)
print(inspect.getgeneratorstate(g), sorted(g.gi_frame.f_locals))
print(next(g), g.send(1), g.send(2))
bump(100)
print(g.send(0))
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def late_cell(n):
    # A local cell unbound until assigned (MAKE_CELL of no parameter).
    yield n
    value = n * 2
    get = lambda: value
    yield get()
    value += 1
    yield get()


print(list(late_cell(5)))


async def child(loop_values, depth, ident):
    return [ident * 10 + k for k in range(depth)] + loop_values


async def parent(loop_values, depth, ident):
    # Parameters used by the comprehension: cells made before RETURN_GENERATOR.
    children = [child(loop_values, depth, ident * 4 + k) for k in range(depth)]
    results = []
    for c in children:
        results.append(await c)
    return results


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("suspended")


c = parent([7], 2, 1)
print(inspect.getcoroutinestate(c), sorted(c.cr_frame.f_locals.items()))
print(run(c))
total = 0
for i in range(3000):
    total += len(run(parent([i], 3, i))[2])
print(total)
