# Generators consumed by `for` loops in traces: the generator's body runs
# inline in the consumer's trace, its frame updated at each yield. Results,
# exceptions, tracebacks and the generators' state afterwards must be the
# interpreter's.
import sys
import traceback


def numbers(n):
    for i in range(n):
        yield i


def scaled(source, k):
    for x in source:
        yield x * k


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def windows(source, width):
    window = []
    for x in source:
        window.append(x)
        if len(window) == width:
            yield tuple(window)
            del window[0]


def pipeline(n):
    total = 0
    for a, b, c in windows(only_odd(scaled(numbers(n), 3)), 3):
        total += a * b - c
    return total


print("pipeline", [pipeline(n) for n in (0, 1, 5, 2000, 3001)])


def floats(n):
    x = 0.5
    for i in range(n):
        x = x * 1.0001 + i
        yield x


def sum_floats(n):
    total = 0.0
    for v in floats(n):
        total += v
    return total


print("floats", sum_floats(2500), sum_floats(10))


# A filter whose loop goes round many times between yields.
def sparse(n, every):
    for i in range(n):
        if i % every == 0:
            yield i


def count_sparse(n, every):
    found = 0
    for i in sparse(n, every):
        found += i
    return found


print("sparse", [count_sparse(5000, e) for e in (1, 2, 3, 7, 40, 5000)])


# A generator that raises part-way: the exception reaches the consumer's loop
# with the generator's frame in the traceback, and the generator is finished.
def failing(n, bad):
    for i in range(n):
        yield 100 // (i - bad)


def consume_failing(n, bad):
    gen = failing(n, bad)
    total = 0
    try:
        for v in gen:
            total += v
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return total, [(f.name, f.line) for f in tb], next(gen, "finished")
    return total, None, next(gen, "finished")


print("failing", consume_failing(3000, 2500))
print("failing late", consume_failing(3000, 5000))


# StopIteration raised inside a generator becomes RuntimeError.
def stops(n):
    for i in range(n):
        if i == n - 5:
            raise StopIteration("inner")
        yield i


def consume_stops(n):
    total = 0
    try:
        for v in stops(n):
            total += v
    except RuntimeError as e:
        return total, str(e), repr(e.__cause__)


print("stops", consume_stops(3000))


# try/except inside the generator's body, around the yield and beside it.
def guarded(n):
    for i in range(n):
        try:
            v = 10 // (i % 97)
        except ZeroDivisionError:
            v = -1
        yield v


def consume_guarded(n):
    total = 0
    for v in guarded(n):
        total += v
    return total


print("guarded", consume_guarded(4000))


# Leaving the consumer's loop early: the generator stays suspended where it was,
# with its locals, and goes on from there.
def counting(n):
    seen = 0
    for i in range(n):
        seen += 1
        yield i * 2


def early(n, stop):
    gen = counting(n)
    for v in gen:
        if v >= stop:
            break
    frame = gen.gi_frame
    return v, frame.f_locals["seen"], frame.f_locals["i"], next(gen, None), list(gen)[-3:]


print("early", early(5000, 4000), early(5000, 9998))


# Generators replaced between iterations of an outer loop, and several alternating.
def outer(rounds, n):
    total = 0
    for r in range(rounds):
        for v in scaled(numbers(n), r):
            total += v
    return total


print("outer", outer(400, 30))


def alternate(n):
    gens = [numbers(n), scaled(numbers(n), 2), only_odd(numbers(2 * n))]
    total = 0
    for i in range(3 * n - 3):
        total += next(gens[i % 3])
    for g in gens:
        for v in g:
            total += v
    return total


print("alternate", alternate(3000))


# The generator's values change type; the generator returns a value.
def mixed(n):
    for i in range(n):
        if i % 1000 == 999:
            yield str(i)
        elif i % 500 == 250:
            yield i * 0.5
        else:
            yield i
    return "done"


def consume_mixed(n):
    ints = floats_ = strs = 0
    for v in mixed(n):
        if type(v) is int:
            ints += v
        elif type(v) is float:
            floats_ += v
        else:
            strs += len(v)
    return ints, floats_, strs


print("mixed", consume_mixed(5000))


# A local deleted and rebound between yields; a generator expression.
def rebinding(n):
    for i in range(n):
        temp = i * 3
        yield temp
        del temp
        if i % 100 == 0:
            temp = -1
            yield temp


def consume_rebinding(n):
    total = 0
    for v in rebinding(n):
        total += v
    return total


print("rebinding", consume_rebinding(4000))


def genexpr(n):
    total = 0
    for v in (x * x for x in range(n) if x % 3):
        total += v
    return total


print("genexpr", genexpr(5000))


# gi_running inside the generator, a generator closed by its consumer, send().
def watcher(n):
    me = yield "started"
    for i in range(n):
        if i == n - 2:
            yield me.gi_running
        else:
            yield i


def consume_watcher(n):
    gen = watcher(n)
    next(gen)
    gen.send(gen)
    results = []
    for v in gen:
        if v is True or v is False:
            results.append(v)
    return results


print("watcher", consume_watcher(3000))


def closing(n):
    gen = numbers(n)
    total = 0
    for v in gen:
        total += v
        if v == n // 2:
            gen.close()
    return total, list(gen)


print("closing", closing(4000))


# A generator driven by a consumer that recurses into the same pipeline.
def depth(n, level):
    if level == 0:
        return n
    total = 0
    for v in numbers(n):
        total += v if v % 50 else depth(3, level - 1)
    return total


print("depth", depth(3000, 2))
print("recursion limit", sys.getrecursionlimit() > 0)
