# Functions traced from their entry (hot functions, recursion): the trace
# returns the function's value, or leaves part-way and the interpreter
# finishes the call; exceptions, RecursionError and tracebacks as in CPython.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def scale(x, factor=2):
    return x * factor


def poly(x):
    return 3 * x * x + 2 * x + 1


def checked(x):
    if x == 1999:
        raise ValueError("no 1999")
    return x + 1


print(fib(22))
print(is_even(300), is_odd(301))
print(sum(scale(i) for i in range(3000)), scale(1.5, factor=3))
print(sum(poly(i) for i in range(2000)), poly(0.5), poly(2 ** 40))
total = 0
for i in range(2500):
    try:
        total += checked(i)
    except ValueError as e:
        total -= 1
        message = str(e)
print(total, message)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(10 ** 5)
except RecursionError as e:
    print("RecursionError", e)


def deep_fail(n):
    if n == 0:
        raise KeyError("bottom")
    return deep_fail(n - 1)


for attempt in range(3):
    try:
        deep_fail(3)
    except KeyError:
        lines = traceback.format_exc().splitlines()
print(len(lines), lines[-1])
sys.setrecursionlimit(1000)
