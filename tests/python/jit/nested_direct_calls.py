# Functions with loops called from traces (not inlined: their loops run in
# their own traces), with zero to eight arguments, from the looping frame
# and from inlined frames (a helper the trace inlines calls them): the
# values they get and return, a callee whose trace leaves part-way (a type
# it has not seen), exceptions from the callee with their tracebacks, and
# the recursion limit counting the inlined frames.
import sys
import traceback


def total0():
    s = 0
    for v in (1, 2, 3):
        s += v
    return s


def total1(a):
    s = 0
    for v in a:
        s += v
    return s


def total2(a, b):
    s = 0
    for v in a:
        s += v * b
    return s


def total3(a, b, c):
    s = c
    for v in a:
        s += v - b
    return s


def total4(a, b, c, d):
    s = 0
    for v in a:
        s += v * b - c + d
    return s


def total5(a, b, c, d, e):
    s = e
    for v in a:
        s += v + b * 2 + c * 3 + d * 4
    return s


def total6(a, b, c, d, e, f):
    s = 0
    for v in a:
        s += v * f + e - d + c - b
    return s


def total7(a, b, c, d, e, f, g):
    s = 0
    for v in a:
        s += v * g + f - e + d - c + b
    return s


def total8(a, b, c, d, e, f, g, h):
    s = h
    for v in a:
        s += v * g + f - e + d - c + b
    return s


def every_arity(items, k):
    return (
        total0(),
        total1(items),
        total2(items, k),
        total3(items, k, 7),
        total4(items, k, 2, 3),
        total5(items, k, 1, 2, 9),
        total6(items, 1, 2, 3, k, 5),
        total7(items, 1, 2, 3, 4, k, 6),
        total8(items, 1, 2, 3, 4, 5, k, 100),
    )


def inlined_helper(items, k):
    # Inlined into the loop below; the calls it makes are from its (virtual) frame.
    return every_arity(items, k)


results = []
for i in range(3000):
    items = [i, i + 1, i % 7]
    results.append(inlined_helper(items, i % 5))
    results.append(every_arity(items, 3))
print(results[0], results[-2], results[-1], len(results))
print(sum(sum(r) for r in results))


# The callee's trace leaves part-way: floats, then a str, where it saw ints.
def scale_all(values, factor):
    out = []
    for v in values:
        out.append(v * factor)
    return out


def scaled(values, factor):
    return scale_all(values, factor)


collected = []
for i in range(3000):
    if i < 2000:
        values = [i, i + 1]
    elif i < 2500:
        values = [i + 0.5, 2]
    else:
        values = ["ab", i % 3]
    collected.append(scaled(values, 2))
print(collected[0], collected[1999], collected[2000], collected[2499], collected[2500], collected[-1])


# An exception in the callee, after its trace has run many times: the
# traceback is the interpreter's (the inlined caller's frame included).
def checked_sum(values):
    s = 0
    for v in values:
        if v < 0:
            raise ValueError("negative: %d" % v)
        s += v
    return s


def check(values):
    return checked_sum(values) + 1


def tb_names(tb):
    return [(entry.name, entry.line) for entry in traceback.extract_tb(tb)]


got = 0
for i in range(3000):
    try:
        got += check([i, 1, 2] if i != 2900 else [1, -i])
    except ValueError as e:
        print("ValueError", e, tb_names(e.__traceback__))
print(got)


# The recursion limit: direct calls from inlined frames count those frames.
def rec(k):
    if k == 0:
        return 0
    return rec(k - 1) + 1


def via(k):
    return rec(k)


limit = sys.getrecursionlimit()
sys.setrecursionlimit(100)
failed = []
for i in range(4000):
    k = i % 120
    try:
        via(k)
    except RecursionError:
        failed.append(k)
sys.setrecursionlimit(limit)
print(min(failed), max(failed), len(failed))
