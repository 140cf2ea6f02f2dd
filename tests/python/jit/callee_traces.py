# A trace's call of another function that has a loop of its own (not
# inlined: call_direct, which runs the callee's function trace).
# Everything must look as if the call were made the
# ordinary way: values, the callee's exits, exceptions raised in it and their
# tracebacks, the recursion limit, frames seen from inside the callee, and a
# callee redefined, given another __code__, or whose trace is dropped.
import sys
import traceback


class Node:
    def __init__(self, v):
        self.v = v
        self.items = [v, v + 1]


def total_of(node, k):
    total = 0
    for x in node.items:
        total += x * k
    return total


def scaled(x, f):
    out = 0.0
    for _ in range(2):
        out += x * f
    return out


def run_ints(nodes, n):
    acc = 0
    for i in range(n):
        acc += total_of(nodes[i % len(nodes)], i % 5)
    return acc


nodes = [Node(i) for i in range(7)]
print("ints", [run_ints(nodes, 3000) for _ in range(3)])


def run_floats(n):
    acc = 0.0
    for i in range(n):
        acc += scaled(i * 0.5, 1.25)
    return acc


print("floats", [run_floats(2000) for _ in range(3)])


# Arguments of changing kinds: an int, then floats, then strings (the
# callee's trace leaves; the call site's entry check fails).
def twice(a):
    r = a
    for _ in range(1):
        r = r + a
    return r


def mixed(values):
    out = []
    for v in values:
        out.append(twice(v))
    return out


vals = list(range(500)) + [1.5, 2.5] * 100 + ["ab", "c"] * 50 + list(range(300))
res = mixed(vals)
print("mixed", res[:3], res[500:503], res[700:703], res[-3:], len(res))


# An exception raised in the callee, caught by the caller; the traceback
# names the callee's frame and line.
def checked(d, key):
    for _ in range(1):
        value = d[key]
    return value


def lookups(d, keys):
    found = missing = 0
    tb = None
    for k in keys:
        try:
            found += checked(d, k)
        except KeyError:
            missing += 1
            tb = traceback.extract_tb(sys.exc_info()[2])
    return found, missing, [(f.name, f.line) for f in tb]


d = {i: i * 3 for i in range(0, 400, 2)}
print("raises", lookups(d, list(range(400)) * 3))


# An exception not caught in the caller's loop: it unwinds through both.
def divide_all(xs, by):
    s = 0
    for x in xs:
        s += x // by
    return s


def sums(n):
    t = 0
    for i in range(n):
        t += divide_all([i, i + 1], 3 - i // 1000)
    return t


try:
    sums(5000)
except ZeroDivisionError as e:
    print("uncaught", type(e).__name__, [f.name for f in traceback.extract_tb(e.__traceback__)])


# Frames seen from inside the callee: sys._getframe and f_back.
def who_calls(n):
    names = None
    for _ in range(1):
        if n % 500 == 0:
            f = sys._getframe()
            names = (f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno - FIRST)
    return names


def probe(n):
    seen = []
    for i in range(n):
        r = who_calls(i)
        if r is not None:
            seen.append(r)
    return seen


FIRST = probe.__code__.co_firstlineno
print("frames", probe(2001)[:2], len(probe(2001)))


# Recursion through two functions with loops: the limit is CPython's.
def down_a(n):
    r = 0
    for _ in range(1):
        r = down_b(n - 1) + 1 if n > 0 else 0
    return r


def down_b(n):
    r = 0
    for _ in range(1):
        r = down_a(n - 1) + 1 if n > 0 else 0
    return r


def depths(n):
    return [down_a(k % 40) for k in range(n)]


print("recursion", sum(depths(3000)))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    down_a(1000)
except RecursionError as e:
    print("RecursionError", type(e).__name__)
sys.setrecursionlimit(old)
print("after", sum(depths(500)))


# The callee redefined while the caller's trace runs: the global name is
# rebound between calls, so the caller sees the new function.
def step(x):
    y = x
    for _ in range(1):
        y += 1
    return y


def stepping(n):
    global step
    total = 0
    for i in range(n):
        total += step(i)
        if i == n // 2:
            def step(x):
                y = x
                for _ in range(2):
                    y -= 1
                return y
    return total


print("redefined", stepping(4000))


# The callee's code replaced (__code__): the same function object runs the
# other body from then on.
def body_a(x):
    y = 0
    for _ in range(1):
        y = x + 100
    return y


def body_b(x):
    y = 0
    for _ in range(1):
        y = x - 100
    return y


def swapping(n):
    total = 0
    for i in range(n):
        total += body_a(i)
        if i == n // 2:
            body_a.__code__ = body_b.__code__
    return total


print("code swapped", swapping(4000))


# The callee's trace is invalidated: a class attribute it relies on changes
# while the caller's trace runs.
class Scale:
    factor = 2


def scale_all(items):
    s = 0
    for it in items:
        s += it * Scale.factor
    return s


def scaling(n):
    t = 0
    for i in range(n):
        t += scale_all([i, 1])
        if i % 1000 == 999:
            Scale.factor += 1
    return t


print("invalidated", scaling(5000))


# A generator callee is never linked; a callee with defaults neither.
def with_default(x, y=3):
    s = 0
    for _ in range(1):
        s = x * y
    return s


def defaults(n):
    return sum(with_default(i) + with_default(i, 2) for i in range(n))


print("defaults", defaults(3000))
