# Calls between function traces (call_direct): recursive functions run
# their callees' traces without frames, and every frame reappears, in
# CPython's order, whenever Python code can see the stack: tracebacks,
# sys._getframe, RecursionError's depth, exceptions from natives, closures.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def partitions(n):
    limit = n

    def ways(left, largest):
        if left == 0:
            return 1
        found = 0
        part = min(left, largest)
        while part > 0:
            found += ways(left - part, part)
            part -= 1
        return found

    return ways(limit, limit)


print([fib(n) for n in range(25)], partitions(20), partitions(30))


# Deep inside a recursion: the stack as Python sees it.
def depth_probe(n, seen):
    if n == 0:
        frame = sys._getframe()
        names = []
        while frame is not None and frame.f_code.co_name == "depth_probe":
            names.append(frame.f_locals["n"])
            frame = frame.f_back
        seen.append(names)
        return 0
    return depth_probe(n - 1, seen) + 1


for _ in range(3000):
    seen = []
    depth_probe(6, seen)
print(seen)


# An exception deep in a recursion: its traceback has every frame.
def fails_at(n, where):
    if n == where:
        return [1, 2][n]  # IndexError from a native
    return fails_at(n + 1, where) + 1


for i in range(3000):
    fails_at(0, 1)
try:
    fails_at(0, 5)
except IndexError as error:
    tb = traceback.extract_tb(error.__traceback__)
    print(type(error).__name__, error, [(f.name, f.line) for f in tb])


# An exception raised by Python code in a frameless callee, caught up the stack.
def guarded(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return guarded(n - 1)
    except ValueError as error:
        if n == 3:
            return f"caught at {n}: {error}"
        raise


for _ in range(2000):
    result = guarded(5)
print(result)


# RecursionError at CPython's depth, from inside the traces.
def down(n):
    return down(n + 1) if n >= 0 else 0


reached = []


def measure(n):
    reached.append(n)
    return measure(n + 1) + 1


for limit in [200, 1000]:
    sys.setrecursionlimit(limit)
    for _ in range(3):
        reached.clear()
        try:
            measure(0)
        except RecursionError as error:
            print(limit, "RecursionError", error, max(reached) > limit - 60, max(reached) < limit)
sys.setrecursionlimit(1000)


# Mutual recursion, floats, and a callee rebound while the traces run.
def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


def halve(x, n):
    return x if n == 0 else halve(x / 2.0, n - 1) + 0.5


for _ in range(2000):
    e, h = even(40), halve(1024.0, 10)
print(e, odd(41), h)

original = fib
calls = []


def noisy(n):
    calls.append(n)
    return original(n)


for _ in range(3):
    print(fib(15))
fib = noisy  # the recursive calls now go through noisy
print(original(6), sorted(set(calls)))


# A recursive function with a cell of its own (needs its frame), and a generator in the recursion.
def with_cell(n):
    acc = [n]

    def add():
        return acc[0] + 1

    return add() if n == 0 else with_cell(n - 1) + add()


def walk(n):
    if n == 0:
        return sum(i for i in range(4))
    return walk(n - 1) + n


for _ in range(2000):
    a, b = with_cell(8), walk(10)
print(a, b)


# Recursive methods (the callee's self in the CALL's self slot) whose deep
# calls leave their traces: the rebuilt callers resume after their CALLs.
def leaf_width(*parts):
    return len(parts)


class Node:
    def __init__(self, children, label):
        self.children = children
        self.label = label

    def width(self):
        if not self.children:
            return leaf_width(self.label, self.label) if self.label % 7 == 0 else 1
        total = 0
        for child in self.children:
            total += child.width()
        return total + 1


def build(depth, label):
    if depth == 0:
        return Node([], label)
    return Node([build(depth - 1, label * 3 + i) for i in range(3)], label)


tree = build(5, 1)
for _ in range(300):
    w = tree.width()
print(w, build(2, 7).width())
