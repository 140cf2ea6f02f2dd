# A Python function that cannot be inlined (recursive, or with a loop of its
# own), called from inside inlined frames: the call is made from the trace,
# the inlined frames counted for the recursion limit, so RecursionError
# comes at the same depth as in CPython; exceptions raised by the callee
# show every frame in their traceback.
import sys
import traceback


def rec(n):
    return 0 if n == 0 else 1 + helper(n - 1)


def helper(n):
    return rec(n)


def summed(items):
    total = 0
    for x in items:
        total += x
    return total


def middle(i):
    return summed([i, i + 1, i + 2]) * 2


def outer(n):
    acc = 0
    for i in range(n):
        acc += middle(i) + rec(i % 5)
    return acc


print(outer(3000))

sys.setrecursionlimit(120)


def deepest():
    best = 0
    for n in range(0, 200):
        try:
            rec(n)
            best = n
        except RecursionError:
            pass
    return best


print([deepest() for _ in range(3)])
sys.setrecursionlimit(1000)


def fails(x):
    if x > 2500:
        raise ValueError("too big: %d" % x)
    return x


def checked(i):
    return fails(i) + 1


def drive(n):
    total = 0
    for i in range(n):
        total += checked(i) if i % 3 else rec(1)
    return total


try:
    drive(3000)
except ValueError:
    traceback.print_exc()
